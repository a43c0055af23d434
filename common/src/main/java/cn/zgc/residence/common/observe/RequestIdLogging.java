package cn.zgc.residence.common.observe;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the gateway's X-Request-Id in the logging context ({@code requestId}) of every line a request writes; the trace
 * id ({@code traceId}) is put there by OpenTelemetry. The logging context lives in the request's own Vert.x context,
 * so it follows the request onto worker threads and ends with it. An id that is no plain token is left out, so that
 * no client can write into a log line.
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
