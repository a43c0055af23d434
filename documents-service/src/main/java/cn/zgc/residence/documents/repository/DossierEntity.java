package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A dossier as stored; {@code facts} is the checklist facts as JSON; {@code version} is its ETag. */
@Entity
@Table(name = "dossier")
public class DossierEntity {

    @Id
    public UUID id;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "applicant_ref")
    public String applicantRef;

    public String track;

    public String origin;

    @Column(name = "letter_number")
    public String letterNumber;

    @Column(name = "letter_issued_at")
    public OffsetDateTime letterIssuedAt;

    @Column(name = "assessment_total")
    public Integer assessmentTotal;

    @Column(name = "criteria_version")
    public String criteriaVersion;

    public String facts;

    @Column(name = "facts_confirmed")
    public boolean factsConfirmed;

    @Enumerated(EnumType.STRING)
    public DossierState state;

    @Column(name = "application_kind")
    public String applicationKind;

    @Column(name = "acceptance_date")
    public LocalDate acceptanceDate;

    @Column(name = "opened_at")
    public OffsetDateTime openedAt;

    @Column(name = "hall_id")
    public String hallId;

    @Column(name = "appointment_id")
    public UUID appointmentId;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "examination_invoice_id")
    public UUID examinationInvoiceId;

    @Column(name = "examination_started_at")
    public OffsetDateTime examinationStartedAt;

    @Column(name = "decision_reason_en")
    public String decisionReasonEn;

    @Column(name = "decision_reason_zh")
    public String decisionReasonZh;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "card_produced_at")
    public OffsetDateTime cardProducedAt;

    @Column(name = "collected_at")
    public OffsetDateTime collectedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawal_cause")
    public String withdrawalCause;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** Set by every change, so that every change bumps {@link #version} (items and history included). */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
