package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A dossier ended before a decision: the partner withdrew it (cause PARTNER) or its letter was revoked (cause LETTER_REVOKED). */
public record DossierWithdrawn(UUID dossierId, UUID assessmentId, String partnerId, String cause, String reason,
        OffsetDateTime withdrawnAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
