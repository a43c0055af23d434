package cn.zgc.residence.gateway.routing;

import cn.zgc.residence.gateway.config.GatewayConfig;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured backends: address, circuit breaker, and the pooled HTTP clients that reach them.
 * Each event-loop thread has its own client, so a request is forwarded on a connection of the event loop that
 * received it: the backend's answer is handled on that thread without a hand-over to another one (a shared pool
 * hands a connection of any event loop to any request, and every hand-over costs a task queue and a wake-up).
 */
@ApplicationScoped
public class Backends {

    /** A backend's address and circuit. */
    public record Backend(String name, String host, int port, boolean ssl, CircuitBreaker breaker, Duration slowCall) {
    }

    private final Map<String, Backend> byName;
    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final HttpClient shared;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();

    public Backends(GatewayConfig config, Vertx vertx) {
        Map<String, Backend> backends = new LinkedHashMap<>();
        config.backends().forEach((name, backend) -> {
            URI url = URI.create(backend.url());
            boolean ssl = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            CircuitBreaker breaker = new CircuitBreaker(name,
                    backend.failureThreshold().orElse(config.breaker().failureThreshold()),
                    backend.openFor().orElse(config.breaker().openFor()).toNanos());
            backends.put(name, new Backend(name, url.getHost(), port, ssl, breaker,
                    backend.slowCall().orElse(config.breaker().slowCall())));
        });
        this.byName = Collections.unmodifiableMap(backends);
        this.vertx = vertx;
        this.options = new HttpClientOptions()
                .setConnectTimeout((int) config.limits().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setDecompressionSupported(false);
        // the pool size is per backend and event loop; eventLoopSize 0: connections live on the caller's event loop
        this.pool = new PoolOptions().setHttp1MaxSize(config.limits().poolSize())
                .setMaxWaitQueueSize(4 * config.limits().poolSize());
        this.shared = vertx.createHttpClient(options, pool);
    }

    public Map<String, Backend> all() {
        return byName;
    }

    public Backend named(String name) {
        Backend backend = byName.get(name);
        if (backend == null) {
            throw new IllegalStateException("route names backend '" + name + "', which gateway.backends does not define");
        }
        return backend;
    }

    /** The client of the calling event-loop thread; off the event loop, one shared client. */
    public HttpClient client() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        Thread thread = Thread.currentThread();
        HttpClient client = perEventLoop.get(thread);
        return client != null ? client : perEventLoop.computeIfAbsent(thread, t -> vertx.createHttpClient(options, pool));
    }

    @PreDestroy
    void close() {
        perEventLoop.values().forEach(HttpClient::close);
        shared.close();
    }
}
