package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Language;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error body of the system: RFC 9457 problem details. {@code type} is stable per kind of problem,
 * {@code errors} lists the offending fields of a validation problem.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:zgc:problem:";

    public static Problem of(ProblemKind kind, String detail) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, null, List.of());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    /** This problem with its title in the language; the type, status and detail stay. */
    public Problem in(Language language) {
        return ProblemKind.ofType(type).map(kind -> new Problem(type, kind.title(language), status, detail, instance,
                errors)).orElse(this);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }
}
