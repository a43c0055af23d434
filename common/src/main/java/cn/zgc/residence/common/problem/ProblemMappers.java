package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure to one problem+json body. Each exception type is mapped here once; nothing else in a
 * service writes an error body. No class name or stack trace leaves the service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.localised(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(ApiException.invalid(errors).problem(), uri);
    }

    /**
     * Quarkus REST maps MismatchedInputException (unknown enum values, impossible dates, wrong types) with its own
     * plain JSON body; this mapper of the exact type takes precedence, so those answers are problem+json too.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        Problem problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            problem = fieldProblem(path(unknown), new Text("unknown field; accepted fields: " + unknown.getKnownPropertyIds(),
                    "未知字段；可接受的字段：" + unknown.getKnownPropertyIds()));
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            problem = fieldProblem(path(invalid), new Text("unknown value; allowed: " + allowed, "未知取值；允许的取值：" + allowed));
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            Text expected = describe(mismatch.getTargetType() == null ? "" : mismatch.getTargetType().getSimpleName());
            problem = fieldProblem(path(mismatch), new Text("wrong type or format; expected " + expected.en(),
                    "类型或格式错误；应为" + expected.zh()));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = fieldProblem(path(mapping), new Text("not a valid value", "不是有效的值"));
        } else {
            problem = Problem.of(ProblemKind.MALFORMED_BODY, new Text("The body is not well-formed JSON", "请求正文不是格式正确的 JSON"));
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(ProblemKind.UNAUTHORIZED,
                        new Text("The request has no valid bearer token", "请求没有有效的持有者令牌")), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemKind.FORBIDDEN,
                new Text("This operation needs another role", "此操作需要其他角色")), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        Text detail = switch (kind) {
            case NOT_FOUND -> new Text("No resource at this path", "此路径下没有资源");
            case METHOD_NOT_ALLOWED -> new Text("This path does not accept this method", "此路径不接受该方法");
            case UNSUPPORTED_MEDIA_TYPE -> new Text("Send application/json", "请发送 application/json");
            case NOT_ACCEPTABLE -> new Text("This resource answers application/json", "此资源以 application/json 应答");
            default -> new Text(kind.title(), kind.title(Language.ZH));
        };
        Problem problem = Problem.of(kind.type(), new Text(kind.title(), kind.title(Language.ZH)),
                status, detail);
        Response response = respond(problem, uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(Problem.of(ProblemKind.SERVICE_UNAVAILABLE,
                            new Text("The service cannot reach its database; try again shortly",
                                    "服务暂时无法连接数据库，请稍后再试")), uri))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        if (isPoolExhausted(e)) {
            // every connection of the pool is in use: the service is busy, not broken, and nothing was written
            LOG.warnf("no free database connection on %s", uri.getPath());
            return Response.fromResponse(respond(Problem.of(ProblemKind.SERVICE_UNAVAILABLE,
                            new Text("The service is busy; try again shortly", "服务繁忙，请稍后再试")), uri))
                    .header(HttpHeaders.RETRY_AFTER, "1")
                    .build();
        }
        if (isBodyCutByTheServer(e)) {
            // a chunked body went past the HTTP server's limit while it was being read: the client's fault, not ours
            LOG.debugf("body over the limit on %s", uri.getPath());
            return respond(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, new Text(
                    "The request body is larger than this route takes", "请求正文超过此路径允许的大小")), uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, uri.getPath());
        return respond(Problem.of(ProblemKind.INTERNAL, new Text("Unexpected failure; reference " + errorId,
                "意外故障；参考编号 " + errorId)), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.withInstance(uri.getPath()))
                .build();
    }

    private static Problem fieldProblem(String field, Text message) {
        return ApiException.invalid(field, message).problem();
    }

    private static Text describe(String type) {
        return switch (type) {
            case "LocalDate" -> new Text("a date like 2026-01-31", "日期，如 2026-01-31");
            case "OffsetDateTime", "ZonedDateTime", "Instant" -> new Text("a timestamp like 2026-01-31T09:00:00+08:00",
                    "时间戳，如 2026-01-31T09:00:00+08:00");
            case "int", "Integer", "long", "Long" -> new Text("an integer", "整数");
            case "BigDecimal", "double", "Double" -> new Text("a number", "数字");
            case "boolean", "Boolean" -> new Text("true or false", "true 或 false");
            case "String" -> new Text("a string", "字符串");
            case "" -> new Text("another type", "其他类型");
            default -> new Text(type, type);
        };
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** A bean-validation path without the method and parameter nodes: {@code create.request.age} becomes {@code age}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(node.getName());
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
        }
        if (sb.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return sb.toString();
    }

    /** The HTTP server's input stream gives up on a body past {@code quarkus.http.limits.max-body-size}. */
    private static boolean isBodyCutByTheServer(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.io.IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection pool gave up waiting for a free connection ({@code quarkus.datasource.jdbc.acquisition-timeout}):
     * an {@link SQLException} without SQL state raised by the pool itself, not by the driver.
     */
    static boolean isPoolExhausted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getStackTrace().length > 0
                    && sql.getStackTrace()[0].getClassName().startsWith("io.agroal.pool.")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
