package cn.zgc.residence.common.problem;

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
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
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
            problem = fieldProblem(path(unknown), "unknown field; accepted fields: " + unknown.getKnownPropertyIds());
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            problem = fieldProblem(path(invalid), "unknown value; allowed: " + allowed);
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : mismatch.getTargetType().getSimpleName();
            problem = fieldProblem(path(mismatch), "wrong type or format; expected " + describe(expected));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            problem = fieldProblem(path(mapping), "not a valid value");
        } else {
            problem = Problem.of(ProblemKind.MALFORMED_BODY, "The body is not well-formed JSON");
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(ProblemKind.UNAUTHORIZED,
                        "The request has no valid bearer token"), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(ProblemKind.FORBIDDEN, "This operation needs another role"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = switch (kind) {
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "This path does not accept this method";
            case UNSUPPORTED_MEDIA_TYPE -> "Send application/json";
            case NOT_ACCEPTABLE -> "This resource answers application/json";
            default -> kind.title();
        };
        Problem problem = new Problem(kind.type(), kind.title(), status, detail, null, List.of());
        Response response = respond(problem, uri);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(Problem.of(ProblemKind.SERVICE_UNAVAILABLE,
                            "The service cannot reach its database; try again shortly"), uri))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        if (isBodyCutByTheServer(e)) {
            // a chunked body went past the HTTP server's limit while it was being read: the client's fault, not ours
            LOG.debugf("body over the limit on %s", uri.getPath());
            return respond(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The request body is larger than this route takes"),
                    uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure %s on %s", errorId, uri.getPath());
        return respond(Problem.of(ProblemKind.INTERNAL, "Unexpected failure; reference " + errorId), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.withInstance(uri.getPath()))
                .build();
    }

    private static Problem fieldProblem(String field, String message) {
        return ApiException.invalid(field, message).problem();
    }

    private static String describe(String type) {
        return switch (type) {
            case "LocalDate" -> "a date like 2026-01-31";
            case "OffsetDateTime", "ZonedDateTime", "Instant" -> "a timestamp like 2026-01-31T09:00:00+08:00";
            case "int", "Integer", "long", "Long" -> "an integer";
            case "BigDecimal", "double", "Double" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "a string";
            default -> type;
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
