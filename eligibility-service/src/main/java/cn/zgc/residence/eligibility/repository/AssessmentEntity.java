package cn.zgc.residence.eligibility.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A stored assessment: the input as sent and the result as computed, both JSON. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "applicant_ref", nullable = false)
    public String applicantRef;

    @Column(nullable = false)
    public String track;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "criteria_version", nullable = false)
    public String criteriaVersion;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int threshold;

    @Column(nullable = false)
    public boolean eligible;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String input;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String result;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
