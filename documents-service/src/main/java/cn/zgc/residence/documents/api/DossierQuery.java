package cn.zgc.residence.documents.api;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** The filters of GET /api/v1/dossiers: at least one of them, each checked, before anything is read. */
public record DossierQuery(Optional<UUID> assessmentId, Optional<String> applicantRef) {

    /** UUID.fromString also takes short forms such as 1-1-1-1-1; an id is asked for in its canonical form. */
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final int MAX_APPLICANT_REF = 64;

    /** Reads the raw query parameters; a blank one counts as absent. Throws a 400 naming each bad parameter. */
    public static DossierQuery of(String assessmentId, String applicantRef) {
        Optional<String> assessment = present(assessmentId);
        Optional<String> applicant = present(applicantRef);
        List<FieldError> errors = new ArrayList<>();
        if (assessment.isEmpty() && applicant.isEmpty()) {
            errors.add(new FieldError("assessmentId", "give assessmentId or applicantRef (or both)"));
            errors.add(new FieldError("applicantRef", "give assessmentId or applicantRef (or both)"));
        }
        if (assessment.isPresent() && !CANONICAL_UUID.matcher(assessment.get()).matches()) {
            errors.add(new FieldError("assessmentId", "not a UUID"));
        }
        if (applicant.isPresent() && applicant.get().length() > MAX_APPLICANT_REF) {
            errors.add(new FieldError("applicantRef", "at most " + MAX_APPLICANT_REF + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new DossierQuery(assessment.map(UUID::fromString), applicant);
    }

    private static Optional<String> present(String parameter) {
        return Optional.ofNullable(parameter).map(String::strip).filter(v -> !v.isEmpty());
    }
}
