package cn.zgc.residence.eligibility.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One officer action: who (the token's subject) did what to which subject, and when. */
public record AuditRecordView(long id, String actor,
        @Schema(examples = "recommendation.revoked",
                description = "criteria.published, criteria.ended, recommendation.issued or recommendation.revoked")
        String action,
        @Schema(examples = "assessment:0b9c6a4e-3f7e-4d55-9d7e-8f8a2f1f3c11",
                description = "assessment:<id> or criteria:<id>")
        String subject,
        String detail, OffsetDateTime at) {
}
