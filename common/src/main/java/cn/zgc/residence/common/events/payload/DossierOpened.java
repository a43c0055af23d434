package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A recommendation letter opened a dossier for its assessment, with the track's checklist. */
public record DossierOpened(UUID dossierId, UUID assessmentId, String partnerId, String applicantRef, String track,
        int requiredItems, OffsetDateTime openedAt, String letterNumber) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
