package cn.zgc.residence.documents.service;

import cn.zgc.residence.documents.repository.PendingRecommendationEntity;
import java.util.UUID;

/** A pending recommendation taken by one attempt; nobody else takes it until the attempt ends or its claim expires. */
public record ClaimedRecommendation(UUID eventId, UUID assessmentId, String partnerId, String applicantRef,
        String track, String letterNumber, int attempts) {

    static ClaimedRecommendation of(PendingRecommendationEntity p) {
        return new ClaimedRecommendation(p.eventId, p.assessmentId, p.partnerId, p.applicantRef, p.track,
                p.letterNumber, p.attempts);
    }
}
