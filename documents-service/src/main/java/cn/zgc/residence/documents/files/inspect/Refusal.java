package cn.zgc.residence.documents.files.inspect;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import java.util.List;

/**
 * A file refused before anything is stored: each answer a 4xx problem naming the reason code as its field error (a
 * code, the same in every language; the detail says it in the caller's).
 */
public final class Refusal {

    private Refusal() {
    }

    public static ApiException of(ProblemKind kind, String code, Text detail) {
        return new ApiException(Problem.of(kind, detail).withErrors(List.of(reasonCode(code))));
    }

    public static ApiException unprocessable(String code, Text detail) {
        return of(ProblemKind.UNPROCESSABLE, code, detail);
    }

    public static ApiException unsupported(String code, Text detail) {
        return of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, code, detail);
    }

    public static ApiException tooLarge(String code, Text detail) {
        return of(ProblemKind.PAYLOAD_TOO_LARGE, code, detail);
    }

    /** The field error {@code file} whose message is the reason code. */
    public static FieldError reasonCode(String code) {
        return new FieldError("file", new Text(code, code));
    }
}
