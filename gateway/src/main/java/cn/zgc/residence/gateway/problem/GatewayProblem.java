package cn.zgc.residence.gateway.problem;

/**
 * The problems the gateway itself answers. Type slugs, titles and statuses are those of the services' common
 * ProblemKind, so that a client sees one vocabulary whoever answered.
 */
public enum GatewayProblem {
    BAD_REQUEST("validation", "The request is not valid", 400),
    UNAUTHORIZED("unauthorized", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "The token does not allow this operation", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", 413),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service temporarily unavailable", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "The upstream service did not answer in time", 504);

    public static final String TYPE_PREFIX = "urn:zgc:problem:";
    public static final String MEDIA_TYPE = "application/problem+json";

    private final String type;
    private final String title;
    private final int status;

    GatewayProblem(String slug, String title, int status) {
        this.type = TYPE_PREFIX + slug;
        this.title = title;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
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
