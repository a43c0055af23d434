package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The Administrative Committee issued a recommendation letter for an eligible assessment. */
public record RecommendationIssued(String letterNumber, UUID assessmentId, String partnerId, String applicantRef,
        String track, int total, String criteriaVersion, OffsetDateTime issuedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }
}
