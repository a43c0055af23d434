package cn.zgc.residence.offices.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A booked (or cancelled) visit of a dossier's applicant at a hall. */
@Entity
@Table(name = "appointment")
public class AppointmentEntity {

    public static final String BOOKED = "BOOKED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false)
    public UUID dossierId;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(name = "hall_id", nullable = false)
    public String hallId;

    @Column(nullable = false)
    public String category;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public OffsetDateTime endsAt;

    @Column(nullable = false)
    public String status;

    /** Raised on every reschedule: the iCalendar SEQUENCE of the invitation. */
    @Column(nullable = false)
    public int sequence;

    @Column(name = "booked_at", nullable = false)
    public OffsetDateTime bookedAt;

    @Column(name = "booked_by", nullable = false)
    public String bookedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancel_cause")
    public String cancelCause;

    @Column(name = "cancel_reason_en")
    public String cancelReasonEn;

    @Column(name = "cancel_reason_zh")
    public String cancelReasonZh;

    @Column(name = "cancel_notice_id")
    public UUID cancelNoticeId;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    public boolean isBooked() {
        return BOOKED.equals(status);
    }
}
