package cn.zgc.residence.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The circuits as metrics: {@code gateway_circuit_open{backend,instance}} (1 while open or half open), the verdicts
 * ({@code gateway_breaker_verdicts_total{backend,outcome}}: success, failure, slow, not-counted) and the requests an
 * open circuit answered itself ({@code gateway_breaker_refused_total{backend}}). The alerts read them.
 */
@ApplicationScoped
public class BreakerMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public BreakerMetrics(MeterRegistry registry, Backends backends) {
        this.registry = registry;
        backends.all().values().forEach(backend -> backend.instances().forEach(instance ->
                Gauge.builder("gateway.circuit.open", instance.breaker(),
                                breaker -> breaker.state(System.nanoTime()) == CircuitBreaker.State.CLOSED ? 0 : 1)
                        .tag("backend", backend.name())
                        .tag("instance", instance.address())
                        .description("1 while the circuit of the backend's instance is open or half open")
                        .register(registry)));
    }

    void verdict(String backend, String outcome) {
        counters.computeIfAbsent(backend + "|" + outcome, k -> Counter.builder("gateway.breaker.verdicts")
                .tag("backend", backend).tag("outcome", outcome)
                .description("Requests forwarded to a backend, by the verdict they gave its circuit")
                .register(registry)).increment();
    }

    void refused(String backend) {
        counters.computeIfAbsent(backend + "|refused", k -> Counter.builder("gateway.breaker.refused")
                .tag("backend", backend)
                .description("Requests an open circuit answered with 503 without calling the backend")
                .register(registry)).increment();
    }
}
