package cn.zgc.residence.eligibility.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The Administrative Committee's letter of recommendation for one eligible assessment. */
@Entity
@Table(name = "recommendation_letter")
public class RecommendationLetterEntity {

    @Id
    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "letter_number", nullable = false, unique = true)
    public String letterNumber;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** Printed in the letter's QR code: the public check answers only to someone who holds the letter. */
    @Column(name = "verification_code", nullable = false)
    public String verificationCode;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    public boolean revoked() {
        return revokedAt != null;
    }
}
