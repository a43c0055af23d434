package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An appointment moved to another slot (possibly at another hall); the previous seat is released. */
public record AppointmentRescheduled(UUID appointmentId, UUID dossierId, String partnerId, String category,
        String previousHallId, OffsetDateTime previousStartsAt, OffsetDateTime previousEndsAt, String hallId,
        OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime rescheduledAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return appointmentId.toString();
    }
}
