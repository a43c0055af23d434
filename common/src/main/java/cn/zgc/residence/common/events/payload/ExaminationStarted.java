package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The first-application fee of an accepted dossier is paid: the examination starts. */
public record ExaminationStarted(UUID dossierId, UUID assessmentId, String partnerId, UUID invoiceId,
        OffsetDateTime startedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
