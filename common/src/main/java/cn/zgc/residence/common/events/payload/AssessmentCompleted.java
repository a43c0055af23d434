package cn.zgc.residence.common.events.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A points assessment was stored. */
public record AssessmentCompleted(UUID assessmentId, String partnerId, String applicantRef, String track,
        int total, int threshold, boolean eligible, String criteriaVersion, LocalDate asOf,
        OffsetDateTime completedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }
}
