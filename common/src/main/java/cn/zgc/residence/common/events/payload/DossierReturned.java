package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The hall returned a dossier with reasons for the named items; the partner corrects them. */
public record DossierReturned(UUID dossierId, UUID assessmentId, String partnerId, List<String> itemCodes,
        OffsetDateTime returnedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
