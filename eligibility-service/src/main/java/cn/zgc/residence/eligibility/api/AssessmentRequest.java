package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An assessment to store: the partner's reference of the applicant, the track, the date and the facts. */
@Schema(description = "An applicant to assess: the partner's reference, the track and the facts the criteria score", example = """
        {"applicantRef": "APP-2026-0042", "track": "TECHNICAL_TALENT",
        "facts": {"employerZhongguancunHighTechInScope": true, "position": "DIRECTOR", "headsRndTeam": false,
        "education": "DOCTORATE", "age": 35, "yearsOfRelevantExperience": 10, "previousYearSalaryCny": 500000,
        "inventionPatents": 1, "awards": 0, "internationalCertificates": 1, "field": "ARTIFICIAL_INTELLIGENCE",
        "zhongguancunEmploymentSince": "2023-06-01", "hskLevel": 0}}""")
public record AssessmentRequest(
        @Schema(description = "The partner's own reference of the applicant (no name or passport number)",
                examples = "APP-2026-0042")
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{zgc.eligibility.applicantRef.pattern}")
        String applicantRef,
        @NotNull Track track,
        @Schema(description = "The date to assess as of; default today in Asia/Shanghai; not in the future")
        LocalDate asOf,
        @NotNull @Valid ApplicantFacts facts) {
}
