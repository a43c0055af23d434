package cn.zgc.residence.common.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.OtlpReceiver;
import cn.zgc.residence.testsupport.OtlpReceiver.ReceivedSpan;
import cn.zgc.residence.testsupport.TracingTestResource;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The one place outside the journey where tracing is on: a request that arrives with the gateway's traceparent
 * records an event; the trace continues through the outbox, the Kafka record and the consumer's effect, and the
 * spans reach an OTLP receiver under one trace id.
 */
@QuarkusTest
@TestProfile(TraceAcrossKafkaTest.TracingOn.class)
class TraceAcrossKafkaTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TracingTestResource.class));
        }
    }

    private final OtlpReceiver receiver = OtlpReceiver.get();

    @Test
    void oneTraceRunsFromTheRequestThroughTheOutboxAndKafkaToTheConsumersEffect() {
        String traceId = randomHex(16);
        String gatewaySpanId = randomHex(8);
        String requestId = "req-" + UUID.randomUUID();
        String version = "traced-" + UUID.randomUUID();

        JsonPath context = given()
                .header("traceparent", "00-" + traceId + "-" + gatewaySpanId + "-01")
                .header("X-Request-Id", requestId)
                .queryParam("applicantRef", "APPLICANT-SECRET-7")
                .when().post("/probe/schedules/{version}", version)
                .then().statusCode(200).extract().jsonPath();
        assertThat(context.getString("requestId")).isEqualTo(requestId);
        assertThat(context.getString("traceId")).isEqualTo(traceId);

        ReceivedSpan server = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_SERVER);
        ReceivedSpan producer = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_PRODUCER);
        ReceivedSpan consumer = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_CONSUMER);
        ReceivedSpan effect = receiver.awaitSpan(traceId,
                s -> s.name().equals(ScheduleProbeConsumer.CONSUMER + " apply " + EventType.FEE_SCHEDULE_CHANGED.ceType()));

        assertThat(server.parentSpanId()).isEqualTo(gatewaySpanId);
        assertThat(producer.parentSpanId()).isEqualTo(server.spanId());
        assertThat(consumer.parentSpanId()).isEqualTo(producer.spanId());
        assertThat(effect.parentSpanId()).isEqualTo(producer.spanId());
        assertThat(List.of(server, producer, consumer, effect)).extracting(ReceivedSpan::service)
                .containsOnly("event-platform-test");
        // a query string (a search by an applicant's reference) never reaches the trace store
        assertThat(server.attributes()).containsEntry("url.query", "redacted");
        assertThat(receiver.spansOf(traceId)).flatExtracting(s -> s.attributes().values())
                .noneMatch(value -> value.contains("APPLICANT-SECRET-7"));

        ConsumerRecord<String, String> record =
                EventProbe.awaitRecords(Topics.FEES_SCHEDULES, 1, r -> version.equals(r.key())).get(0);
        assertThat(EventProbe.header(record, "traceparent"))
                .contains("00-" + traceId + "-" + producer.spanId() + "-01");
        String traceparent = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("eventKey", version).firstResult().traceparent);
        assertThat(traceparent).isEqualTo("00-" + traceId + "-" + server.spanId() + "-01");
        // the effect ran, its log lines under the same trace id
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ProbeNote.count("label", "consumed " + version + " trace " + traceId)) == 1);
    }

    @Test
    void aRequestIdThatIsNoPlainTokenStaysOutOfTheLogs() {
        JsonPath context = given()
                .header("X-Request-Id", "forged\" level=ERROR")
                .when().post("/probe/schedules/{version}", "untraced-" + UUID.randomUUID())
                .then().statusCode(200).extract().jsonPath();
        assertThat(context.getString("requestId")).isNull();
        // no traceparent came with it: the service starts a trace of its own
        assertThat(context.getString("traceId")).hasSize(32);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
