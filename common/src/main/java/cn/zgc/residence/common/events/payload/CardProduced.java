package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The permanent-residence card of an approved application was produced. */
public record CardProduced(UUID dossierId, UUID assessmentId, String partnerId,
        OffsetDateTime producedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
