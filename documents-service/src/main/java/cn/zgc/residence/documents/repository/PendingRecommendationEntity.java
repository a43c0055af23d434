package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A RecommendationIssued received but whose dossier is not opened yet. */
@Entity
@Table(name = "pending_recommendation")
public class PendingRecommendationEntity {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "partner_id")
    public String partnerId;

    @Column(name = "applicant_ref")
    public String applicantRef;

    public String track;

    @Column(name = "letter_number")
    public String letterNumber;

    /** PENDING until opened (the row is then deleted) or REFUSED for good. */
    public String status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
