package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A dossier was opened for an assessment, with its personalised checklist. */
public record DossierOpened(UUID dossierId, UUID assessmentId, String partnerId, String applicantRef, String track,
        int requiredItems, OffsetDateTime openedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
