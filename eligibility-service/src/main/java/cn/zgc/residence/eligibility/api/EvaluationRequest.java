package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A what-if: assessed like a stored assessment, but nothing is stored. */
@Schema(description = "A what-if: the track and the facts to score, nothing stored", example = """
        {"track": "TECHNICAL_TALENT", "facts": {"employerZhongguancunHighTechInScope": true,
        "position": "DIRECTOR", "headsRndTeam": false, "education": "DOCTORATE", "age": 35,
        "yearsOfRelevantExperience": 10, "previousYearSalaryCny": 500000, "inventionPatents": 1, "awards": 0,
        "internationalCertificates": 1, "field": "ARTIFICIAL_INTELLIGENCE",
        "zhongguancunEmploymentSince": "2023-06-01", "hskLevel": 0}}""")
public record EvaluationRequest(
        @NotNull Track track,
        @Schema(description = "The date to assess as of; default today in Asia/Shanghai; may be in the future to try a published future version")
        LocalDate asOf,
        @NotNull @Valid ApplicantFacts facts) {
}
