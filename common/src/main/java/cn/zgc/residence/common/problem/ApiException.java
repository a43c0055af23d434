package cn.zgc.residence.common.problem;

import java.util.List;

/**
 * A failure that answers the client with a problem: thrown by services, mapped once to problem+json.
 * Plain Java so that domain and service code can throw it without a web framework.
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

    public static ApiException of(ProblemKind kind, String detail) {
        return new ApiException(Problem.of(kind, detail));
    }

    public static ApiException notFound(String what, Object id) {
        return of(ProblemKind.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ApiException conflict(String detail) {
        return of(ProblemKind.CONFLICT, detail);
    }

    public static ApiException unprocessable(String detail) {
        return of(ProblemKind.UNPROCESSABLE, detail);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid";
        return new ApiException(Problem.of(ProblemKind.VALIDATION, detail).withErrors(errors));
    }
}
