package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.journey.RunningSet.App;
import cn.zgc.residence.testsupport.OtlpReceiver;
import cn.zgc.residence.testsupport.OtlpReceiver.ReceivedSpan;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One step of the journey as one trace across the processes: a portal sends the committee's letter with a sampled
 * traceparent; the gateway, eligibility-service (its request, the outbox row, the Kafka producer) and
 * documents-service (the Kafka consumer and the dossier the letter opens) each send their spans to the test JVM's
 * OTLP receiver under that trace id, each span the child of the one before. Everything else the set did, in this
 * test or the tests before it in this JVM, was recorded nowhere: the processes start no trace of their own
 * (RunningSet).
 */
class TraceIT {

    private static final String TOPIC = "eligibility.recommendations";

    private static RunningSet set;
    private static Journey journey;
    private final OtlpReceiver receiver = OtlpReceiver.get();

    @BeforeAll
    static void start() {
        set = RunningSet.get();
        journey = new Journey(set.gatewayUrl());
    }

    @Test
    void aLetterIsOneTraceFromTheGatewayThroughEligibilityAndKafkaToTheDossierItOpens() {
        String partner = "P-" + UUID.randomUUID().toString().substring(0, 8);
        // untraced, as every request of the other tests: nothing of it may reach the receiver
        String assessmentId = journey.partner(partner).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Journey.eligibleAssessment("APP-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/assessments")
                .then().statusCode(201).body("eligible", equalTo(true))
                .extract().path("id");

        String traceId = randomHex(16);
        String portalSpanId = randomHex(8);
        journey.committee().header("traceparent", "00-" + traceId + "-" + portalSpanId + "-01")
                .post("/api/v1/assessments/" + assessmentId + "/recommendation")
                .then().statusCode(201);

        // the gateway: its server span continues the portal's, its client span calls eligibility-service
        ReceivedSpan gateway = receiver.awaitSpan(traceId, s -> s.service().equals("gateway")
                && s.kind() == SpanKind.SPAN_KIND_SERVER);
        ReceivedSpan forwarded = receiver.awaitSpan(traceId, s -> s.service().equals("gateway")
                && s.kind() == SpanKind.SPAN_KIND_CLIENT);
        // eligibility-service: the request, then the Kafka producer span of the event its outbox kept
        ReceivedSpan issued = receiver.awaitSpan(traceId, s -> s.service().equals("eligibility-service")
                && s.kind() == SpanKind.SPAN_KIND_SERVER);
        ReceivedSpan produced = receiver.awaitSpan(traceId, s -> s.service().equals("eligibility-service")
                && s.kind() == SpanKind.SPAN_KIND_PRODUCER && s.attributes().containsValue(TOPIC));
        // documents-service: the record received, and the letter's effect (the dossier opened) in the consumer's span
        ReceivedSpan received = receiver.awaitSpan(traceId, s -> s.service().equals("documents-service")
                && s.kind() == SpanKind.SPAN_KIND_CONSUMER && s.attributes().containsValue(TOPIC));
        ReceivedSpan opened = receiver.awaitSpan(traceId, s -> s.service().equals("documents-service")
                && s.name().startsWith("documents-service.recommendations apply "));

        // each the child of the one before (on failure, the trace's spans are listed)
        String trace = describe(receiver.spansOf(traceId));
        assertThat(gateway.parentSpanId()).as(trace).isEqualTo(portalSpanId);
        assertThat(forwarded.parentSpanId()).as(trace).isEqualTo(gateway.spanId());
        assertThat(issued.parentSpanId()).as(trace).isEqualTo(forwarded.spanId());
        assertThat(produced.parentSpanId()).as(trace).isEqualTo(issued.spanId());
        assertThat(received.parentSpanId()).as(trace).isEqualTo(produced.spanId());
        assertThat(opened.parentSpanId()).as(trace).isEqualTo(produced.spanId());
        assertThat(opened.name()).endsWith(".RecommendationIssued.v1");

        // the outbox row kept the request's traceparent, which the relay continued
        assertThat(set.count(App.ELIGIBILITY, "SELECT count(*) FROM outbox_event WHERE event_key = '" + assessmentId
                + "' AND ce_type = 'cn.zgc.eligibility.RecommendationIssued.v1' AND traceparent = '00-" + traceId + "-"
                + issued.spanId() + "-01'")).isEqualTo(1);
        // the consumer's effect: the letter opened the partner's dossier
        await("dossier opened").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    List<Map<String, Object>> found = journey.partner(partner).queryParam("assessmentId", assessmentId)
                            .get("/api/v1/dossiers").then().statusCode(200).extract().path("dossiers");
                    return found != null && !found.isEmpty();
                });

        // nothing else was recorded: not the untraced assessment, not the tests before this one in this JVM
        assertThat(receiver.spans()).extracting(ReceivedSpan::traceId).containsOnly(traceId);
    }

    private static String describe(List<ReceivedSpan> spans) {
        StringBuilder text = new StringBuilder("spans of the trace (service kind name id <- parent):");
        for (ReceivedSpan span : spans) {
            text.append("\n  ").append(span.service()).append(' ').append(span.kind()).append(' ').append(span.name())
                    .append(' ').append(span.spanId()).append(" <- ").append(span.parentSpanId());
        }
        return text.toString();
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
