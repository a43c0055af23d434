package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.common.observe.RequestIds;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (the client's X-Request-Id when it is a plain token, a new one otherwise), passes it on
 * and returns it, and writes one access-log line ({@link AccessLog}) when the response ends. Never logs bodies, tokens or query strings.
 * The id is put in the logging context ({@code requestId}) of the request's lines; OpenTelemetry puts the trace id
 * there ({@code traceId}) while tracing is on, and the access line carries it too.
 * Also names an API request's path for the HTTP metrics by its route ({@code /api/v1/halls/**}), so that every
 * dossier or invoice id does not become a metric of its own.
 */
public final class RequestTracking implements Handler<RoutingContext> {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String API = "/api/v1/";
    /** The context key where Quarkus' HTTP server metrics take a request's path template from. */
    private static final String METRICS_PATH = "UrlPathTemplate";
    private static final String UNROUTED = API + "*";

    private final AccessLog accessLog;
    private final List<String> prefixes;
    private final List<String> templates;

    /** @param routePrefixes the route table's prefixes, without a trailing slash */
    public RequestTracking(AccessLog accessLog, Collection<String> routePrefixes) {
        this.accessLog = accessLog;
        this.prefixes = List.copyOf(routePrefixes);
        this.templates = prefixes.stream().map(prefix -> prefix + "/**").toList();
    }

    @Override
    public void handle(RoutingContext ctx) {
        long start = System.nanoTime();
        HttpServerRequest request = ctx.request();
        String path = ctx.normalizedPath();
        if (path != null && path.startsWith(API)) {
            Vertx.currentContext().putLocal(METRICS_PATH, metricsPath(path));
        }
        String id = request.getHeader(HEADER);
        if (!RequestIds.plainToken(id)) {
            id = newId();
            // the proxy copies the request headers, so the backend receives the id the client gets back
            request.headers().set(HEADER, id);
        }
        ctx.response().putHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        if (accessLog.enabled()) {
            String requestId = id;
            SpanContext span = Span.current().getSpanContext();
            String traceId = span.isValid() ? span.getTraceId() : null;
            ctx.addEndHandler(done -> {
                Caller caller = ctx.get(Caller.KEY);
                String partner = caller == null ? "-" : caller.logName();
                accessLog.log(request.method().name(), request.path(), ctx.response().getStatusCode(),
                        (System.nanoTime() - start) / 1_000, partner, requestId, traceId);
            });
        }
        ctx.next();
    }

    /** The route's prefix for a path under /api/v1, or one name for all paths no route owns. */
    String metricsPath(String path) {
        for (int i = 0; i < prefixes.size(); i++) {
            String prefix = prefixes.get(i);
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return templates.get(i);
            }
        }
        return UNROUTED;
    }

    /**
     * A random (version 4) UUID from the thread's generator: an id must be unique, not unguessable, and
     * {@link UUID#randomUUID()} takes the lock of one shared SecureRandom on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xC000_0000_0000_0000L)) | 0x8000_0000_0000_0000L;
        return new UUID(most, least).toString();
    }
}
