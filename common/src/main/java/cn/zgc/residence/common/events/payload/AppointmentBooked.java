package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A partner booked a visit at a hall for a dossier: one seat of the slot from {@code startsAt} to {@code endsAt}. */
public record AppointmentBooked(UUID appointmentId, UUID dossierId, String partnerId, String hallId, String category,
        OffsetDateTime startsAt, OffsetDateTime endsAt, OffsetDateTime bookedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return appointmentId.toString();
    }
}
