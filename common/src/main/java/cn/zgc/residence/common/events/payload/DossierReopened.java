package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A dossier is OPEN again: an item was rejected after the dossier was READY, or the partner resumed a RETURNED dossier. */
public record DossierReopened(UUID dossierId, UUID assessmentId, String partnerId, String fromState,
        OffsetDateTime reopenedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
