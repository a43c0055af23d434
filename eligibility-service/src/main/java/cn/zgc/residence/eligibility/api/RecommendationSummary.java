package cn.zgc.residence.eligibility.api;

import java.time.OffsetDateTime;

/** The letter issued for an assessment, as shown on the assessment; {@code revokedAt} is null while it is valid. */
public record RecommendationSummary(String letterNumber, OffsetDateTime issuedAt, OffsetDateTime revokedAt) {
}
