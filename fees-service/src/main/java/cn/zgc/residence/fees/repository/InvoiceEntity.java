package cn.zgc.residence.fees.repository;

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

/** An invoice as stored: its priced lines and its money state (gross paid and refunded). */
@Entity
@Table(name = "invoice")
public class InvoiceEntity {

    public enum Origin { DOSSIER_COMPLETED, OFFICER }

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
        return new Settlement(new Money(total), new Money(paid), new Money(refunded));
    }

    public void settle(Settlement settlement) {
        paid = settlement.paid().amount();
        refunded = settlement.refunded().amount();
    }
}
