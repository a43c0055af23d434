package cn.zgc.residence.gateway.routing;

import cn.zgc.residence.gateway.config.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The configured backends: address, circuit breaker, and the one pooled HTTP client that reaches them. */
@ApplicationScoped
public class Backends {

    /** A backend's address and circuit. */
    public record Backend(String name, String host, int port, boolean ssl, CircuitBreaker breaker) {
    }

    private final Map<String, Backend> byName;
    private final HttpClient client;

    public Backends(GatewayConfig config, Vertx vertx) {
        Map<String, Backend> backends = new LinkedHashMap<>();
        config.backends().forEach((name, backend) -> {
            URI url = URI.create(backend.url());
            boolean ssl = "https".equalsIgnoreCase(url.getScheme());
            int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
            backends.put(name, new Backend(name, url.getHost(), port, ssl, new CircuitBreaker(name,
                    config.breaker().failureThreshold(), config.breaker().openFor().toNanos())));
        });
        this.byName = Collections.unmodifiableMap(backends);
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) config.limits().connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setDecompressionSupported(false),
                new PoolOptions().setHttp1MaxSize(config.limits().poolSize()).setMaxWaitQueueSize(4 * config.limits().poolSize()));
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

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
