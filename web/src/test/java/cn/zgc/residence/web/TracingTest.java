package cn.zgc.residence.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.testsupport.OtlpReceiver;
import cn.zgc.residence.testsupport.OtlpReceiver.ReceivedSpan;
import cn.zgc.residence.testsupport.TracingTestResource;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, a page continues the gateway's trace: its server span is the child of the gateway's span, its call
 * to the API is a client span of the page's, and the API call carries that span's traceparent and the gateway's
 * request id (which the page keeps in its logging context), so that the gateway and the services continue the same
 * trace and log the same id. Query strings stay out of the trace store.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
class TracingTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DevKey.class), new TestResourceEntry(TracingTestResource.class),
                    new TestResourceEntry(FakeGateway.class));
        }
    }

    private final OtlpReceiver receiver = OtlpReceiver.get();

    @Test
    void aPageContinuesTheGatewaysTraceAndHandsItAndTheRequestIdToTheApi() {
        String session = Sessions.signIn("partner", "P-TRACE");
        String traceId = randomHex(16);
        String gatewaySpanId = randomHex(8);
        String requestId = "req-" + UUID.randomUUID();

        given().cookie("zgc_session", session)
                .header("traceparent", "00-" + traceId + "-" + gatewaySpanId + "-01")
                .header("X-Request-Id", requestId)
                .queryParam("applicant", "WANG-WU-SECRET")
                .when().get("/web/halls")
                .then().statusCode(200);

        ReceivedSpan server = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_SERVER);
        ReceivedSpan client = receiver.awaitSpan(traceId, s -> s.kind() == SpanKind.SPAN_KIND_CLIENT);
        assertThat(server.service()).isEqualTo("web");
        assertThat(server.parentSpanId()).isEqualTo(gatewaySpanId);
        assertThat(client.parentSpanId()).isEqualTo(server.spanId());
        assertThat(FakeGateway.received("traceparent")).isEqualTo("00-" + traceId + "-" + client.spanId() + "-01");
        assertThat(FakeGateway.received("X-Request-Id")).isEqualTo(requestId);
        assertThat(server.attributes()).containsEntry("url.query", "redacted");
        assertThat(receiver.spansOf(traceId)).flatExtracting(s -> s.attributes().values())
                .noneMatch(value -> value.contains("WANG-WU-SECRET"));
    }

    @Test
    void aRequestIdThatIsNoPlainTokenIsNotPassedOn() {
        given().cookie("zgc_session", Sessions.signIn("partner", "P-TRACE"))
                .header("X-Request-Id", "forged\" level=ERROR")
                .when().get("/web/halls")
                .then().statusCode(200);
        assertThat(FakeGateway.received("X-Request-Id")).isEqualTo("null");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
