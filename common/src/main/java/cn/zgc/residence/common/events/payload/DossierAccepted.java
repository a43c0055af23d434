package cn.zgc.residence.common.events.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The hall saw each original and accepted the application; every time window counts from the acceptance date. */
public record DossierAccepted(UUID dossierId, UUID assessmentId, String partnerId, String applicantRef,
        String applicationKind, String hallId, LocalDate acceptanceDate,
        OffsetDateTime acceptedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
