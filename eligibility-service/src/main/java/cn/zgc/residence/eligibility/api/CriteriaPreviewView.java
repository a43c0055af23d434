package cn.zgc.residence.eligibility.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a draft criteria version would do to the stored assessments, computed and not stored: each assessment's
 * facts are scored with the draft's track criteria as of the assessment's own date, so that only the criteria
 * differ. The counts cover every stored assessment; {@code entries} is one page of them, newest first.
 */
public record CriteriaPreviewView(
        @Schema(description = "The draft's id (not published)") String draftId,
        int draftThreshold,
        @Schema(description = "Stored assessments compared") long assessments,
        @Schema(description = "Those whose total would change") long totalChanges,
        @Schema(description = "Those whose verdict would change") long verdictChanges,
        @Schema(description = "Not eligible today, eligible under the draft") long becomeEligible,
        @Schema(description = "Eligible today, not eligible under the draft") long becomeIneligible,
        @Schema(description = "Lacking a fact the draft requires: no new total") long notScorable,
        List<Entry> entries, int page, int size,
        @Schema(description = "Entries in all pages (only the changing ones with changedOnly)") long totalEntries) {

    /** One stored assessment: the stored total and verdict beside the draft's. */
    public record Entry(UUID assessmentId, String partnerId, String applicantRef, String track, LocalDate asOf,
            String criteriaVersion, int oldTotal, int oldThreshold, boolean oldEligible,
            @Schema(description = "Absent when a fact the draft requires is missing") Integer newTotal,
            @Schema(description = "Absent when a fact the draft requires is missing") Boolean newEligible,
            boolean totalChanges, boolean verdictChanges,
            @Schema(description = "The facts the draft requires that this assessment did not give") List<String> missingFacts) {
    }
}
