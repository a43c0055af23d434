package cn.zgc.residence.gateway.problem;

import cn.zgc.residence.common.i18n.Language;

/**
 * The problems the gateway itself answers. Type slugs, titles (in English and Chinese) and statuses are those of the
 * services' common ProblemKind, so that a client sees one vocabulary whoever answered.
 */
public enum GatewayProblem {
    BAD_REQUEST("validation", "The request is not valid", "请求无效", 400),
    UNAUTHORIZED("unauthorized", "A valid bearer token is required", "需要有效的持有者令牌", 401),
    FORBIDDEN("forbidden", "The token does not allow this operation", "该令牌不允许此操作", 403),
    NOT_FOUND("not-found", "Not found", "未找到", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", "不允许该方法", 405),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", "请求正文过大", 413),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", "请求过多", 429),
    INTERNAL("internal", "Internal error", "内部错误", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service temporarily unavailable", "服务暂时不可用", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "The upstream service did not answer in time", "上游服务未及时应答", 504);

    public static final String TYPE_PREFIX = "urn:zgc:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final String titleZh;
    private final int status;

    GatewayProblem(String slug, String title, String titleZh, int status) {
        this.type = TYPE_PREFIX + slug;
        this.title = title;
        this.titleZh = titleZh;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String title(Language language) {
        return language.pick(title, titleZh);
    }

    public int status() {
        return status;
    }

    /** The problem for a status the gateway did not produce on purpose (a failed route, for example). */
    public static GatewayProblem forStatus(int status) {
        for (GatewayProblem problem : values()) {
            if (problem.status == status) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
