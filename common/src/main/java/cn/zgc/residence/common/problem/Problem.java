package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The one error body of the system: RFC 9457 problem details. {@code type} is stable per kind of problem,
 * {@code errors} lists the offending fields of a validation problem. Title and detail are written in English and
 * Chinese; {@link ProblemLanguage} sends the caller's.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @JsonIgnore String titleZh, @JsonIgnore String detailZh) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:zgc:problem:";

    public static Problem of(ProblemKind kind, Text detail) {
        return of(kind.type(), new Text(kind.title(), kind.title(Language.ZH)), kind.status(), detail);
    }

    /** A problem of its own type (not one of the shared kinds), for example a damaged stored file. */
    public static Problem of(String slug, Text title, int status, Text detail) {
        String type = slug.startsWith(TYPE_PREFIX) ? slug : TYPE_PREFIX + slug;
        return new Problem(type, title.en(), status, detail.en(), null, List.of(), title.zh(), detail.zh());
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, titleZh, detailZh);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), titleZh, detailZh);
    }

    /** This problem with its title, detail and field messages in the language; the type and status stay. */
    public Problem in(Language language) {
        if (!language.chinese()) {
            return this;
        }
        return new Problem(type, orElse(titleZh, title), status, orElse(detailZh, detail), instance,
                errors == null ? null : errors.stream().map(error -> error.in(language)).toList(), titleZh, detailZh);
    }

    private static String orElse(String chinese, String english) {
        return chinese == null ? english : chinese;
    }
}
