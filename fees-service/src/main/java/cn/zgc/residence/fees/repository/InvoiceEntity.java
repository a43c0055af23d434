package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.ChargeStep;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.Settlement;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An invoice as stored: its priced lines and its money state (gross paid and refunded, pending payments). */
@Entity
@Table(name = "invoice")
public class InvoiceEntity {

    /** DOSSIER: issued by a step of the dossier's lifecycle (see triggerStep); OFFICER: issued by immigration. */
    public enum Origin { DOSSIER, OFFICER }

    public enum Status { ISSUED, PAID, REFUNDED }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "applicant_ref")
    public String applicantRef;

    @Column(name = "application_kind")
    public String applicationKind;

    /** The lifecycle step whose charge rules issued the invoice; null for an officer's invoice. */
    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_step")
    public ChargeStep triggerStep;

    @Column(name = "schedule_version", nullable = false)
    public String scheduleVersion;

    @Column(name = "priced_on", nullable = false)
    public LocalDate pricedOn;

    @Column(nullable = false)
    public String currency;

    @Column(nullable = false)
    public BigDecimal total;

    @Column(nullable = false)
    public BigDecimal paid;

    @Column(nullable = false)
    public BigDecimal refunded;

    /** Declared payments waiting for the hall's confirmation. */
    @Column(nullable = false)
    public BigDecimal pending;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "paid_at")
    public OffsetDateTime paidAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "line_no")
    public List<InvoiceLineEmbeddable> lines = new ArrayList<>();

    public Settlement settlement() {
        return new Settlement(new Money(total), new Money(paid), new Money(refunded), new Money(pending));
    }

    public void settle(Settlement settlement) {
        paid = settlement.paid().amount();
        refunded = settlement.refunded().amount();
        pending = settlement.pending().amount();
    }
}
