package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A stored assessment. Other services read this shape (documents-service opens dossiers from it): fields are only
 * ever added, never renamed or removed.
 */
public record AssessmentView(
        UUID id,
        String partnerId,
        String applicantRef,
        Track track,
        LocalDate asOf,
        String criteriaVersion,
        int total,
        int maxTotal,
        int threshold,
        boolean eligible,
        List<PrerequisiteView> prerequisites,
        List<FactorView> factors,
        List<MissingFactView> missingFacts,
        @Schema(description = "The facts as sent") ApplicantFacts facts,
        OffsetDateTime assessedAt,
        @Schema(description = "The recommendation letter, once issued; null before") RecommendationSummary recommendation) {
}
