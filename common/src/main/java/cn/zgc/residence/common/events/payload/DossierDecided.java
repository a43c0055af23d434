package cn.zgc.residence.common.events.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The Exit-Entry Administration decided an application: APPROVED or REFUSED, with reasons. */
public record DossierDecided(UUID dossierId, UUID assessmentId, String partnerId, String applicantRef, String outcome,
        LocalDate acceptanceDate, OffsetDateTime decidedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
