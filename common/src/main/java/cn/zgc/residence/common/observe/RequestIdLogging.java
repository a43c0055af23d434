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

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (RequestIds.plainToken(id)) {
            MDC.put(MDC_KEY, id);
        }
    }
}
