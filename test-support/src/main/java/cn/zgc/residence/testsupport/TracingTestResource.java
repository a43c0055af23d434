package cn.zgc.residence.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Switches tracing on for the one test profile that checks traces (everywhere else the OpenTelemetry SDK stays
 * disabled) and sends the spans to the JVM's {@link OtlpReceiver} over OTLP/HTTP, exported at once rather than in
 * the default five-second batches.
 */
public class TracingTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.otel.sdk.disabled", "false",
                "mp.messaging.connector.smallrye-kafka.tracing-enabled", "true",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint", OtlpReceiver.get().endpoint(),
                "quarkus.otel.bsp.schedule.delay", "50ms");
    }

    @Override
    public void stop() {
        // the receiver lives as long as the JVM, like the broker
    }
}
