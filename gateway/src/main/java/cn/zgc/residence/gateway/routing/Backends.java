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
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The configured backends: their instances, each instance's circuit breaker, and the pooled HTTP clients that reach
 * them. A backend's {@code url} may list several instances, comma-separated; requests are spread over them in turn
 * (round-robin), passing over an instance whose circuit refuses. The circuit is per instance: one instance that is
 * down or hung opens its own circuit while the others go on serving, and the backend refuses (503) only when every
 * instance's circuit does.
 * Each event-loop thread has its own client, so a request is forwarded on a connection of the event loop that
 * received it: the backend's answer is handled on that thread without a hand-over to another one (a shared pool
 * hands a connection of any event loop to any request, and every hand-over costs a task queue and a wake-up).
 */
@ApplicationScoped
public class Backends {

    /** One address of a backend, with its own circuit. */
    public record Instance(String backend, String host, int port, boolean ssl, CircuitBreaker breaker) {

        /** {@code host:port}, as metrics and readiness name the instance. */
        public String address() {
            return host + ":" + port;
        }
    }

    /** An instance chosen for one request, and the permit its circuit gave. */
    public record Choice(Instance instance, CircuitBreaker.Permit permit) {
    }

    /** A backend: its instances in the configured order, taken in turn, and its slow-call limit. */
    public static final class Backend {

        private final String name;
        private final List<Instance> instances;
        private final Duration slowCall;
        private final AtomicInteger turn = new AtomicInteger();

        public Backend(String name, List<Instance> instances, Duration slowCall) {
            if (instances.isEmpty()) {
                throw new IllegalArgumentException("backend " + name + " has no instance");
            }
            this.name = name;
            this.instances = List.copyOf(instances);
            this.slowCall = slowCall;
        }

        public String name() {
            return name;
        }

        public List<Instance> instances() {
            return instances;
        }

        public Duration slowCall() {
            return slowCall;
        }

        /**
         * The next instance in turn whose circuit lets a request through, with its permit; null when every
         * instance's circuit refuses.
         */
        public Choice choose(long nowNanos) {
            int start = instances.size() == 1 ? 0 : Math.floorMod(turn.getAndIncrement(), instances.size());
            return firstFrom(start, instances.size(), nowNanos);
        }

        /**
         * The instance after {@code failed} (in the configured order, wrapping round) whose circuit lets a request
         * through, the failed one left out; null when none does. For a request whose connection could not be made.
         */
        public Choice chooseAfter(Instance failed, long nowNanos) {
            int index = instances.indexOf(failed);
            return firstFrom(index + 1, instances.size() - 1, nowNanos);
        }

        private Choice firstFrom(int start, int count, long nowNanos) {
            for (int i = 0; i < count; i++) {
                Instance instance = instances.get((start + i) % instances.size());
                CircuitBreaker.Permit permit = instance.breaker().tryAcquire(nowNanos);
                if (permit != null) {
                    return new Choice(instance, permit);
                }
            }
            return null;
        }

        /** Seconds until the first instance's circuit may let a trial through, for {@code Retry-After}. */
        public long retryAfterSeconds(long nowNanos) {
            return instances.stream().mapToLong(instance -> instance.breaker().retryAfterSeconds(nowNanos)).min()
                    .orElse(1);
        }
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
            int threshold = backend.failureThreshold().orElse(config.breaker().failureThreshold());
            long openNanos = backend.openFor().orElse(config.breaker().openFor()).toNanos();
            List<Instance> instances = urls(backend.url()).stream().map(url -> {
                boolean ssl = "https".equalsIgnoreCase(url.getScheme());
                int port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
                return new Instance(name, url.getHost(), port, ssl, new CircuitBreaker(name, threshold, openNanos));
            }).toList();
            backends.put(name, new Backend(name, instances,
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

    /** A backend's {@code url}: one base URL, or several separated by commas (blanks around them ignored). */
    static List<URI> urls(String value) {
        List<String> parts = Arrays.stream(value.split(",")).map(String::trim).filter(url -> !url.isEmpty()).toList();
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a backend's url names no instance: '" + value + "'");
        }
        return parts.stream().map(part -> {
            try {
                URI url = new URI(part);
                if (url.getScheme() != null && url.getHost() != null) {
                    return url;
                }
            } catch (URISyntaxException e) {
                // said below
            }
            throw new IllegalArgumentException("a backend's url needs a scheme and a host, as http://host:port: '"
                    + part + "'");
        }).toList();
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
