package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Every required item of a dossier is accepted by the rules: the partner can submit it. */
public record DossierReady(UUID dossierId, UUID assessmentId, String partnerId,
        OffsetDateTime readyAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
