package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A what-if result: the same as an assessment, plus what it takes to reach the threshold. */
public record EvaluationView(
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
        @Schema(description = "Below the threshold: the smallest changes of one or two facts that reach it, single changes first")
        List<SuggestionView> whatItTakes) {
}
