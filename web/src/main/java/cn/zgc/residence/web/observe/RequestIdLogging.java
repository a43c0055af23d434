package cn.zgc.residence.web.observe;

import cn.zgc.residence.common.observe.RequestIds;
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

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        if (RequestIds.plainToken(id)) {
            MDC.put(MDC_KEY, id);
        }
    }

    /** The request id of the page request being served, or null. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
