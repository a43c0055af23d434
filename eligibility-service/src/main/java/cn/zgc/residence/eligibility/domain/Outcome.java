package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The result of an assessment, with texts in both languages so that a stored result can be shown in either and
 * compared whole with a recomputation.
 */
public record Outcome(String criteriaVersion, Track track, LocalDate asOf, List<PrerequisiteOutcome> prerequisites,
        List<FactorScore> factors, int total, int maxTotal, int threshold, boolean eligible,
        List<MissingFact> missingFacts) {

    public boolean prerequisitesMet() {
        return prerequisites.stream().allMatch(PrerequisiteOutcome::met);
    }

    /** A prerequisite and whether the applicant meets it, with the reason. */
    public record PrerequisiteOutcome(String code, Text label, boolean met, Text reason) {
    }

    /** The points a factor earned and the fact that earned them (no fact: 0 points). */
    public record FactorScore(String code, Text label, String field, String value, Text band, int points,
            int maxPoints) {
    }

    /** A scored fact that was not given, and what it could have been worth. */
    public record MissingFact(String field, String factor, Text label, int worthUpTo) {
    }
}
