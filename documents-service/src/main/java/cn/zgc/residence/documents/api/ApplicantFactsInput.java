package cn.zgc.residence.documents.api;

import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.EmployerKind;
import cn.zgc.residence.documents.domain.Track;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The applicant's facts the checklist depends on; booleans left out count as false. */
@Schema(description = "The applicant's facts the checklist depends on", example = """
        {"track": "TECHNICAL_TALENT", "employerKind": "HIGHER_EDUCATION_INSTITUTION", "keyUniversity": true,
         "formerChineseCitizen": false, "wantsChineseNameOnCard": true, "holdsChineseHouseholdRegistration": false,
         "nationality": "DEU", "documentLanguages": ["de", "en"]}""")
public record ApplicantFactsInput(
        @NotNull Track track,
        @NotNull EmployerKind employerKind,
        @Schema(description = "The institution of higher learning is in the 211 Project or Beijing's first batch")
        Boolean keyUniversity,
        Boolean formerChineseCitizen,
        Boolean wantsChineseNameOnCard,
        Boolean holdsChineseHouseholdRegistration,
        @Pattern(regexp = "[A-Z]{3}", message = "{zgc.documents.nationality.pattern}") String nationality,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "{zgc.documents.documentLanguage.pattern}") String> documentLanguages) {

    public ApplicantFacts toDomain() {
        return new ApplicantFacts(track, employerKind, yes(keyUniversity), yes(formerChineseCitizen),
                yes(wantsChineseNameOnCard), yes(holdsChineseHouseholdRegistration), nationality,
                documentLanguages == null ? List.of() : documentLanguages);
    }

    public static ApplicantFactsInput of(ApplicantFacts f) {
        return new ApplicantFactsInput(f.track(), f.employerKind(), f.keyUniversity(), f.formerChineseCitizen(),
                f.wantsChineseNameOnCard(), f.holdsChineseHouseholdRegistration(), f.nationality(),
                f.documentLanguages());
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
