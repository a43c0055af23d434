package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recommendation letter of the Administrative Committee of Zhongguancun Science Park, as the register keeps it. */
public record RecommendationView(String letterNumber, UUID assessmentId, String partnerId, String applicantRef,
        Track track, int total, String criteriaVersion, OffsetDateTime issuedAt, String issuedBy,
        @Schema(description = "VALID, or REVOKED once the committee revoked it (never UNKNOWN here)")
        LetterStatus status,
        @Schema(description = "The public check's address, as the letter's QR code carries it (with the code)")
        String verificationUrl,
        @Schema(description = "When the committee revoked the letter; absent while it is valid")
        OffsetDateTime revokedAt,
        @Schema(description = "Who revoked it (the token's subject); absent while it is valid")
        String revokedBy,
        @Schema(description = "The committee's reason; absent while it is valid")
        String revocationReason) {
}
