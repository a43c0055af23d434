package cn.zgc.residence.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Gives every request an id (the client's X-Request-Id when it is a plain token, a new one otherwise), passes it on
 * and returns it, and writes one access-log line when the response ends. Never logs bodies, tokens or query strings.
 */
public final class RequestTracking {

    public static final String HEADER = "X-Request-Id";
    private static final Logger ACCESS = Logger.getLogger("cn.zgc.residence.gateway.access");
    private static final int MAX_ID_LENGTH = 128;

    private RequestTracking() {
    }

    public static void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        HttpServerRequest request = ctx.request();
        String id = request.getHeader(HEADER);
        if (!acceptable(id)) {
            id = UUID.randomUUID().toString();
            // the proxy copies the request headers, so the backend receives the id the client gets back
            request.headers().set(HEADER, id);
        }
        ctx.response().putHeader(HEADER, id);
        if (ACCESS.isInfoEnabled()) {
            String requestId = id;
            ctx.addEndHandler(done -> {
                Caller caller = ctx.get(Caller.KEY);
                String partner = caller == null ? "-" : caller.partnerId() != null ? caller.partnerId()
                        : caller.officer() ? "officer:" + caller.subject() : "-";
                long micros = (System.nanoTime() - start) / 1_000;
                ACCESS.infof("method=%s path=%s status=%d durationMs=%d.%03d partner=%s requestId=%s",
                        request.method().name(), request.path(), ctx.response().getStatusCode(),
                        micros / 1000, micros % 1000, partner, requestId);
            });
        }
        ctx.next();
    }

    /** A client's id is kept only when it cannot corrupt a log line or a header. */
    static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
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
