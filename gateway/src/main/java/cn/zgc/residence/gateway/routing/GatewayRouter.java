package cn.zgc.residence.gateway.routing;

import cn.zgc.residence.gateway.config.GatewayConfig;
import cn.zgc.residence.gateway.edge.AccessLog;
import cn.zgc.residence.gateway.edge.BodyLimit;
import cn.zgc.residence.gateway.edge.EdgeAuth;
import cn.zgc.residence.gateway.edge.RoleRules;
import cn.zgc.residence.gateway.edge.RateLimit;
import cn.zgc.residence.gateway.edge.RequestTracking;
import cn.zgc.residence.gateway.edge.TokenBuckets;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.gateway.openapi.DocumentRoutes;
import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import cn.zgc.residence.gateway.routing.Backends.Backend;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Installs the gateway on the HTTP router, in this order: request id and access log, problem+json for every
 * failure, CORS, then for {@code /api/v1}: body limit, edge auth, rate limit; for the public routes outside it
 * (the letter check): a rate limit per client address; then the route table's proxies.
 * Everything runs on the event loop; only the first verification of a token goes to a worker.
 */
@ApplicationScoped
public class GatewayRouter {

    private static final Logger LOG = Logger.getLogger(GatewayRouter.class);
    private static final String API_PREFIX = "/api/v1";
    private static final String API = API_PREFIX + "/*";
    private static final int FIRST = -300;

    private final GatewayConfig config;
    private final Backends backends;
    private final JWTParser parser;
    private final Vertx vertx;
    private final DocumentRoutes documents;
    private final AccessLog accessLog;
    private final BreakerMetrics breakerMetrics;

    public GatewayRouter(GatewayConfig config, Backends backends, JWTParser parser, Vertx vertx, DocumentRoutes documents,
            AccessLog accessLog, BreakerMetrics breakerMetrics) {
        this.accessLog = accessLog;
        this.breakerMetrics = breakerMetrics;
        this.config = config;
        this.backends = backends;
        this.parser = parser;
        this.vertx = vertx;
        this.documents = documents;
    }

    void install(@Observes Router router) {
        router.route().order(FIRST).handler(new RequestTracking(accessLog, config.routes().values().stream()
                .map(route -> withoutTrailingSlash(route.prefix())).toList()));
        router.route().order(FIRST + 1).failureHandler(ctx -> ProblemWriter.send(ctx,
                GatewayProblem.forStatus(ctx.statusCode() < 400 ? 500 : ctx.statusCode()), null));
        List<String> origins = config.cors().origins().orElse(List.of()).stream()
                .map(String::trim).filter(origin -> !origin.isEmpty()).toList();
        if (!origins.isEmpty()) {
            router.route().order(FIRST + 2).handler(CorsHandler.create()
                    .addOrigins(origins)
                    .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                            HttpMethod.DELETE, HttpMethod.OPTIONS))
                    .allowedHeaders(Set.of("Authorization", "Content-Type", "Accept", "Idempotency-Key",
                            RequestTracking.HEADER, "traceparent", "tracestate"))
                    .exposedHeaders(Set.of("Location", "Retry-After", "WWW-Authenticate", RequestTracking.HEADER))
                    .maxAgeSeconds(config.cors().maxAgeSeconds()));
        }

        BodyLimit bodyLimit = new BodyLimit(config.limits().maxBodySize().asLongValue(),
                config.limits().uploadMaxBodySize().asLongValue(), config.limits().uploadPaths());
        router.route(API).order(FIRST + 3).handler(bodyLimit);
        router.route(API).order(FIRST + 4).handler(new EdgeAuth(parser, vertx,
                new RoleRules(config.auth().roleRules()), config.auth().cacheSize()));
        if (config.rateLimit().enabled()) {
            router.route(API).order(FIRST + 5).handler(new RateLimit(
                    new TokenBuckets(config.rateLimit().perSecond(), config.rateLimit().burst())));
        }
        // routes outside /api/v1 are public (no token): limited per client address instead of per partner
        RateLimit anonymous = config.rateLimit().enabled() ? RateLimit.perClientAddress(new TokenBuckets(
                config.rateLimit().anonymous().perSecond(), config.rateLimit().anonymous().burst(),
                config.rateLimit().anonymous().maxClients())) : null;
        config.routes().forEach((name, route) -> {
            Backend backend = backends.named(route.backend());
            long timeout = route.timeout().orElse(config.limits().timeout()).toMillis();
            ProxyHandler proxy = ProxyHandler.create(proxy(backend, timeout, bodyLimit));
            String prefix = withoutTrailingSlash(route.prefix());
            if (anonymous != null && !prefix.startsWith(API_PREFIX)) {
                RateLimit limit = route.perClientPerSecond().map(perSecond -> RateLimit.perClientAddress(
                        new TokenBuckets(perSecond, (int) Math.ceil(perSecond * 10),
                                config.rateLimit().anonymous().maxClients()))).orElse(anonymous);
                // one route for the prefix and what lies below it, so that no request is counted twice
                router.routeWithRegex(Pattern.quote(prefix) + "(/.*)?").order(FIRST + 5).handler(limit);
            }
            router.route(prefix).order(FIRST + 6).handler(proxy);
            router.route(prefix + "/*").order(FIRST + 6).handler(proxy);
            LOG.infof("route %s: %s -> %s (timeout %d ms, slow call %d ms)", name, prefix,
                    backend.instances().stream().map(Backends.Instance::address).toList(), timeout,
                    backend.slowCall().toMillis());
        });
        router.route(API).order(FIRST + 7).handler(ctx ->
                ProblemWriter.send(ctx, GatewayProblem.NOT_FOUND, new Text("No service owns this path", "没有服务负责此路径")));
        documents.install(router, FIRST + 8);
        router.errorHandler(404, ctx -> ProblemWriter.send(ctx, GatewayProblem.NOT_FOUND,
                new Text("Nothing is served at this path", "此路径下没有内容")));
        router.errorHandler(405, ctx -> ProblemWriter.send(ctx, GatewayProblem.METHOD_NOT_ALLOWED, null));
    }

    private static String withoutTrailingSlash(String prefix) {
        return prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    private HttpProxy proxy(Backend backend, long timeoutMillis, BodyLimit bodyLimit) {
        HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), backends.client());
        Forwarding forwarding = new Forwarding(backend, backends, timeoutMillis, bodyLimit, vertx, breakerMetrics);
        proxy.origin(forwarding);
        proxy.addInterceptor(forwarding);
        return proxy;
    }
}
