package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A what-if: assessed like a stored assessment, but nothing is stored. */
public record EvaluationRequest(
        @NotNull Track track,
        @Schema(description = "The date to assess as of; default today in Asia/Shanghai; may be in the future to try a published future version")
        LocalDate asOf,
        @NotNull @Valid ApplicantFacts facts) {
}
