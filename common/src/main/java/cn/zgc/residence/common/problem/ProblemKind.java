package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Language;
import java.util.Optional;

/**
 * The kinds of problem every service can answer, each with its stable type URI, its title in English and Chinese
 * and its HTTP status.
 */
public enum ProblemKind {
    VALIDATION("validation", "The request is not valid", "请求无效", 400),
    MALFORMED_BODY("malformed-body", "The request body cannot be read", "无法读取请求正文", 400),
    UNAUTHORIZED("unauthorized", "A valid bearer token is required", "需要有效的持有者令牌", 401),
    FORBIDDEN("forbidden", "The token does not allow this operation", "该令牌不允许此操作", 403),
    NOT_FOUND("not-found", "Not found", "未找到", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", "不允许该方法", 405),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", "没有可接受的表示形式", 406),
    CONFLICT("conflict", "The request conflicts with the current state", "请求与当前状态冲突", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since the version named in If-Match", "资源在 If-Match 所指版本之后已被更改", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", "请求正文过大", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", "不支持的媒体类型", 415),
    UNPROCESSABLE("unprocessable", "The request cannot be processed", "无法处理该请求", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "The Idempotency-Key was used with another request", "该 Idempotency-Key 已用于另一个请求", 422),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", "请求过多", 429),
    INTERNAL("internal", "Internal error", "内部错误", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service temporarily unavailable", "服务暂时不可用", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "The upstream service did not answer in time", "上游服务未及时应答", 504);

    private final String slug;
    private final String title;
    private final String titleZh;
    private final int status;

    ProblemKind(String slug, String title, String titleZh, int status) {
        this.slug = slug;
        this.title = title;
        this.titleZh = titleZh;
        this.status = status;
    }

    public String type() {
        return Problem.TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public String title(Language language) {
        return language.pick(title, titleZh);
    }

    /** The kind whose type URI this is, if any. */
    public static Optional<ProblemKind> ofType(String type) {
        for (ProblemKind kind : values()) {
            if (kind.type().equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public int status() {
        return status;
    }

    /** The generic kind for a status that has no more specific kind. */
    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status && kind != MALFORMED_BODY && kind != IDEMPOTENCY_KEY_REUSED) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
