package cn.zgc.residence.eligibility.api;

import java.time.OffsetDateTime;

/** The letter issued for an assessment, as shown on the assessment. */
public record RecommendationSummary(String letterNumber, OffsetDateTime issuedAt) {
}
