package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The applicant collected the card. */
public record CardCollected(UUID dossierId, UUID assessmentId, String partnerId,
        OffsetDateTime collectedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
