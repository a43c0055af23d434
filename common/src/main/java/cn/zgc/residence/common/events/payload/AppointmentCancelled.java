package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An appointment was cancelled and its seat released. {@code cause}: PARTNER, IMMIGRATION, NOTICE (a hall notice
 * closed the day or shortened its hours; {@code noticeId} names it), DOSSIER_WITHDRAWN or DOSSIER_RETURNED; the
 * reason is given in English and Chinese.
 */
public record AppointmentCancelled(UUID appointmentId, UUID dossierId, String partnerId, String hallId, String category,
        OffsetDateTime startsAt, OffsetDateTime endsAt, String cause, String reasonEn, String reasonZh, UUID noticeId,
        OffsetDateTime cancelledAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return appointmentId.toString();
    }
}
