package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Text;
import java.util.List;

/**
 * A failure that answers the client with a problem: thrown by services, mapped once to problem+json. Every detail
 * and field message is a {@link Text}, in English and Chinese. Plain Java so that domain and service code can throw
 * it without a web framework.
 */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException of(ProblemKind kind, Text detail) {
        return new ApiException(Problem.of(kind, detail));
    }

    /** "{what} {id} does not exist", with {@code what} named in both languages (for example Dossier / 档案). */
    public static ApiException notFound(Text what, Object id) {
        return of(ProblemKind.NOT_FOUND, new Text(what.en() + " " + id + " does not exist",
                what.zh() + " " + id + " 不存在"));
    }

    public static ApiException conflict(Text detail) {
        return of(ProblemKind.CONFLICT, detail);
    }

    public static ApiException unprocessable(Text detail) {
        return of(ProblemKind.UNPROCESSABLE, detail);
    }

    public static ApiException invalid(String field, Text message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        return new ApiException(Problem.of(ProblemKind.VALIDATION, summary(errors)).withErrors(errors));
    }

    private static Text summary(List<FieldError> errors) {
        if (errors.size() == 1) {
            FieldError error = errors.get(0);
            return new Text(error.field() + ": " + error.message(),
                    error.field() + ": " + (error.messageZh() == null ? error.message() : error.messageZh()));
        }
        return new Text(errors.size() + " fields are not valid", errors.size() + " 个字段无效");
    }
}
