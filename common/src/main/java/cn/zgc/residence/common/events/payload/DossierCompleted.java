package cn.zgc.residence.common.events.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Every required item of a dossier was accepted as of the acceptance date. No longer published: the dossier's
 * lifecycle replaced it with {@link DossierAccepted} (a hall accepted the application, on its own date). Kept so that
 * consumers still read, and acknowledge, the records already on the topic.
 */
public record DossierCompleted(UUID dossierId, UUID assessmentId, String partnerId, String applicantRef,
        String applicationKind, LocalDate acceptanceDate, OffsetDateTime completedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
