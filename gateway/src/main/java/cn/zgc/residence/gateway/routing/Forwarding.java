package cn.zgc.residence.gateway.routing;

import cn.zgc.residence.gateway.edge.BodyLimit;
import cn.zgc.residence.gateway.edge.RequestTracking;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import cn.zgc.residence.gateway.routing.Backends.Backend;
import cn.zgc.residence.gateway.routing.Backends.Choice;
import cn.zgc.residence.gateway.routing.Backends.Instance;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * What the gateway adds to vertx-http-proxy on one route: the choice of the backend's instance (in turn, passing
 * over those whose circuit refuses) and its circuit breaker, X-Forwarded-* headers, hop-by-hop headers dropped both
 * ways, the chunked body limit, and problem+json (503/504/413) instead of the proxy's bare 502 when the backend
 * cannot be reached or stays silent. It is also the proxy's origin: the connection goes to the chosen instance, and
 * when no connection to it can be made (nothing was sent), to the next instance whose circuit lets it through.
 */
final class Forwarding implements ProxyInterceptor, OriginRequestProvider {

    private static final String TOO_LARGE = "zgc.too-large";
    private static final String ATTEMPT = "zgc.attempt";
    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";
    private static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");

    private final Backend backend;
    private final Backends backends;
    private final long timeoutMillis;
    private final BodyLimit bodyLimit;
    private final Vertx vertx;
    private final long slowCallMillis;
    private final BreakerMetrics metrics;

    Forwarding(Backend backend, Backends backends, long timeoutMillis, BodyLimit bodyLimit, Vertx vertx,
            BreakerMetrics metrics) {
        this.backend = backend;
        this.backends = backends;
        this.timeoutMillis = timeoutMillis;
        this.bodyLimit = bodyLimit;
        this.vertx = vertx;
        this.slowCallMillis = backend.slowCall().toMillis();
        this.metrics = metrics;
    }

    /** The instance a request goes to and its permit; changes only when a connection to the first could not be made. */
    private static final class Attempt {
        private volatile Choice choice;

        private Attempt(Choice choice) {
            this.choice = choice;
        }

        private CircuitBreaker.Permit permit() {
            return choice.permit();
        }
    }

    /**
     * The connection to the chosen instance. A connection that cannot be made (refused, or not made within the
     * connect timeout) is that instance's failure, and the request goes to the next instance whose circuit lets it
     * through: nothing of it was sent yet, so even a POST may go elsewhere. Other failures are left to the interceptor.
     */
    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        Attempt attempt = context.get(ATTEMPT, Attempt.class);
        return connect(attempt, 1);
    }

    private Future<HttpClientRequest> connect(Attempt attempt, int tries) {
        Instance instance = attempt.choice.instance();
        return backends.client().request(new RequestOptions()
                .setServer(SocketAddress.inetSocketAddress(instance.port(), instance.host()))
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                // no byte from the backend for this long fails the request: the route's timeout
                .setIdleTimeout(timeoutMillis)).recover(failure -> {
                    if (!(failure instanceof ConnectException) || tries >= backend.instances().size()) {
                        return Future.failedFuture(failure);
                    }
                    long now = System.nanoTime();
                    Choice next = backend.chooseAfter(instance, now);
                    if (next == null) {
                        return Future.failedFuture(failure);
                    }
                    verdict(attempt.permit().failure(now), "failure");
                    attempt.choice = next;
                    return connect(attempt, tries + 1);
                });
    }

    /**
     * Every request let through ends in exactly one verdict on its permit: success (the backend answered),
     * failure (no connection, no answer within the route's timeout, or still no answer after the slow-call limit:
     * given when the limit passes, while the call goes on), or not counted (the client went away, or its chunked
     * body passed the limit). The verdicts each way of ending gives are listed in ForwardingTest.
     */
    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        long now = System.nanoTime();
        Choice choice = backend.choose(now);
        if (choice == null) {
            metrics.refused(backend.name());
            return Future.succeededFuture(problem(request, GatewayProblem.SERVICE_UNAVAILABLE,
                    new Text("The " + backend.name() + " service is unavailable; try again later",
                            backend.name() + " 服务暂时不可用，请稍后再试"),
                    backend.retryAfterSeconds(now)));
        }
        Attempt attempt = new Attempt(choice);
        context.set(ATTEMPT, attempt);
        HttpServerResponse clientSide = request.proxiedRequest().response();
        // the client's connection closing before a verdict: nothing learnt about the backend (the proxy uses the
        // response's exception handler; the close handler is free)
        clientSide.closeHandler(closed -> verdict(attempt.permit().notCounted(), "not-counted"));
        long slowTimer = slowCallMillis > 0
                ? vertx.setTimer(slowCallMillis, id -> verdict(attempt.permit().failure(System.nanoTime()), "slow"))
                : -1;
        MultiMap headers = request.headers();
        long maxBodyBytes = bodyLimit.limitFor(request.getMethod(), request.proxiedRequest().path());
        boolean chunked = isChunked(headers);
        dropHopByHop(headers);
        addForwarded(headers, request.proxiedRequest());
        if (Span.current().getSpanContext().isValid()) {
            // tracing is on: the HTTP client adds the traceparent (and tracestate) of the gateway's client span, so the
            // client's own must go, or the service would get two and continue the client's span, skipping the gateway
            headers.remove(TRACEPARENT);
            headers.remove(TRACESTATE);
        }
        if (chunked && request.getBody() != null) {
            request.setBody(Body.body(new LimitedBody(request.getBody().stream(), maxBodyBytes,
                    () -> context.set(TOO_LARGE, Boolean.TRUE)), -1));
        }
        return context.sendRequest().compose(response -> {
            cancel(slowTimer);
            verdict(attempt.permit().success(), "success");
            return Future.succeededFuture(response);
        }, failure -> {
            cancel(slowTimer);
            if (context.get(TOO_LARGE, Boolean.class) != null) {
                verdict(attempt.permit().notCounted(), "not-counted");
                clientSide.putHeader(HttpHeaders.CONNECTION, "close");
                return Future.succeededFuture(problem(request, GatewayProblem.PAYLOAD_TOO_LARGE,
                        BodyLimit.tooLarge(maxBodyBytes), 0));
            }
            if (clientSide.closed()) {
                // the client went away mid-request (a load generator stopping, a portal timing out): not the backend's fault
                verdict(attempt.permit().notCounted(), "not-counted");
                return Future.failedFuture(failure);
            }
            verdict(attempt.permit().failure(System.nanoTime()), "failure");
            if (failure instanceof TimeoutException && !String.valueOf(failure.getMessage()).contains("connection")) {
                return Future.succeededFuture(problem(request, GatewayProblem.GATEWAY_TIMEOUT,
                        new Text("The " + backend.name() + " service did not answer in time",
                                backend.name() + " 服务未及时应答"), 0));
            }
            return Future.succeededFuture(problem(request, GatewayProblem.SERVICE_UNAVAILABLE,
                    new Text("The " + backend.name() + " service cannot be reached",
                            "无法连接 " + backend.name() + " 服务"), 1));
        });
    }

    private void verdict(boolean given, String outcome) {
        if (given) {
            metrics.verdict(backend.name(), outcome);
        }
    }

    private void cancel(long timer) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        dropHopByHop(headers);
        // the gateway already set these on the response: its request id, and CORS decided at the edge
        headers.remove(RequestTracking.HEADER);
        headers.remove("access-control-allow-origin");
        headers.remove("access-control-allow-credentials");
        headers.remove("access-control-expose-headers");
        // the proxy would parse the service's Date only to format it again; like nginx, the gateway sends its own
        headers.remove(HttpHeaders.DATE);
        return context.sendResponse();
    }

    private static ProxyResponse problem(ProxyRequest request, GatewayProblem problem, Text detail, long retryAfter) {
        ProxyResponse response = request.release().response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .setBody(Body.body(ProblemWriter.body(problem, detail, request.proxiedRequest().path(),
                        ProblemWriter.language(request.proxiedRequest()))));
        if (retryAfter > 0) {
            response.putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        return response;
    }

    private static boolean isChunked(MultiMap headers) {
        String encoding = headers.get(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /** Removes the standard hop-by-hop headers and every header the Connection header names. */
    static void dropHopByHop(MultiMap headers) {
        String connection = headers.get(HttpHeaders.CONNECTION);
        if (connection != null) {
            for (String name : connection.split(",")) {
                String trimmed = name.trim();
                if (!trimmed.isEmpty()) {
                    headers.remove(trimmed);
                }
            }
        }
        for (String name : HOP_BY_HOP) {
            headers.remove(name);
        }
    }

    private static void addForwarded(MultiMap headers, HttpServerRequest incoming) {
        SocketAddress remote = incoming.remoteAddress();
        if (remote != null && remote.hostAddress() != null) {
            String prior = headers.get("x-forwarded-for");
            headers.set("x-forwarded-for", prior == null ? remote.hostAddress() : prior + ", " + remote.hostAddress());
        }
        if (!headers.contains("x-forwarded-proto")) {
            headers.set("x-forwarded-proto", incoming.scheme() == null ? "http" : incoming.scheme());
        }
        if (!headers.contains("x-forwarded-host") && incoming.authority() != null) {
            headers.set("x-forwarded-host", incoming.authority().toString());
        }
    }
}
