package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.testsupport.OtlpReceiver;
import cn.zgc.residence.testsupport.OtlpReceiver.ReceivedSpan;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.TracingTestResource;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, the gateway continues a client's trace (or starts one) and the service it forwards to receives
 * the traceparent of the gateway's client span: the first hop of a trace that the services continue (common's
 * TraceAcrossKafkaTest follows it through the outbox and Kafka).
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TracingTestResource.class));
        }
    }

    private final OtlpReceiver receiver = OtlpReceiver.get();

    @Test
    void continuesTheClientsTraceAndHandsItToTheService() {
        String traceId = randomHex(16);
        String clientSpanId = randomHex(8);

        String forwarded = given().auth().oauth2(Tokens.partner("p-tracing"))
                .header("traceparent", "00-" + traceId + "-" + clientSpanId + "-01")
                .queryParam("name", "ZHANG-SAN-SECRET")
                .when().get("/api/v1/halls")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.traceparent");

        ReceivedSpan server = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_SERVER);
        ReceivedSpan client = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_CLIENT);
        assertThat(server.service()).isEqualTo("gateway");
        assertThat(server.parentSpanId()).isEqualTo(clientSpanId);
        assertThat(client.parentSpanId()).isEqualTo(server.spanId());
        assertThat(forwarded).isEqualTo("00-" + traceId + "-" + client.spanId() + "-01");
        // query strings stay out of the trace store, on the server span and the client span alike
        assertThat(server.attributes()).containsEntry("url.query", "redacted");
        assertThat(receiver.spansOf(traceId)).flatExtracting(s -> s.attributes().values())
                .noneMatch(value -> value.contains("ZHANG-SAN-SECRET"));
    }

    @Test
    void startsATraceForAClientWithoutOne() {
        String forwarded = given().auth().oauth2(Tokens.partner("p-tracing"))
                .when().get("/api/v1/halls")
                .then().statusCode(200)
                .extract().jsonPath().getString("headers.traceparent");

        assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = forwarded.substring(3, 35);
        ReceivedSpan server = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_SERVER);
        assertThat(server.parentSpanId()).isEmpty();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
