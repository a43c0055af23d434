package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A recommendation letter of the Administrative Committee of Zhongguancun Science Park. */
public record RecommendationView(String letterNumber, UUID assessmentId, String partnerId, String applicantRef,
        Track track, int total, String criteriaVersion, OffsetDateTime issuedAt, String issuedBy) {
}
