package cn.zgc.residence.web.observe;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the gateway's X-Request-Id in the logging context ({@code requestId}) of every line a page request writes, as
 * the services do (common's RequestIdLogging); the trace id ({@code traceId}) is put there by OpenTelemetry. The page's
 * calls to the API pass the id on (ApiHeaders, FileTransfer), so the gateway and the services log the same id. An id
 * that is no plain token is left out, so that no client can write into a log line.
 */
public class RequestIdLogging {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final int MAX_LENGTH = 128;

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (plainToken(id)) {
            MDC.put(MDC_KEY, id);
        }
    }

    /** The request id of the page request being served, or null. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /** The gateway's rule for a client's id: letters, digits and {@code - _ . :}, at most 128 characters. */
    static boolean plainToken(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
