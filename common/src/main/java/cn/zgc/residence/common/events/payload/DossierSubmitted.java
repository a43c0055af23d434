package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The partner submitted a dossier to a hall that takes its category, for a booked appointment. */
public record DossierSubmitted(UUID dossierId, UUID assessmentId, String partnerId, String hallId, UUID appointmentId,
        OffsetDateTime submittedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
