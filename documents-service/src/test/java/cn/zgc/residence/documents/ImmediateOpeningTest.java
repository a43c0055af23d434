package cn.zgc.residence.documents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.documents.repository.DossierRepository;
import cn.zgc.residence.documents.repository.PendingRecommendationEntity;
import cn.zgc.residence.documents.repository.PendingRecommendationRepository;
import cn.zgc.residence.documents.service.ClaimedRecommendation;
import cn.zgc.residence.documents.service.PendingRecommendations;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * With the scheduler's round at one minute (and its first round a minute after start), whatever opens within a few
 * seconds was opened by the worker right after the consumer's commit.
 */
@QuarkusTest
@TestProfile(ImmediateOpeningTest.SchedulerEveryMinute.class)
class ImmediateOpeningTest {

    public static class SchedulerEveryMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zgc.documents.pending.retry-every", "1m", "%test.zgc.documents.pending.retry-every", "1m");
        }
    }

    @Inject
    PendingRecommendations pending;

    @Inject
    PendingRecommendationRepository repository;

    @Inject
    DossierRepository dossiers;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Test
    void opensTheDossierOfALetterWellWithinTheSchedulersInterval() {
        String partner = DossierResourceTest.unique("p-fast");
        String token = Tokens.partner(partner);
        List<UUID> assessments = Stream.generate(UUID::randomUUID).limit(20).toList();
        assessments.forEach(a -> EligibilityStub.assessment(a, "APP-FAST", "TECHNICAL_TALENT", true));
        for (UUID assessment : assessments) {
            long sent = System.nanoTime();
            EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                    EventType.RECOMMENDATION_ISSUED.ceType(), RecommendationFlowTest.letter(assessment, partner));
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20)).until(() ->
                    given().auth().oauth2(token).queryParam("assessmentId", assessment.toString())
                            .when().get("/api/v1/dossiers").then().statusCode(200)
                            .extract().jsonPath().getList("$").size() == 1);
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("letter to dossier").isLessThan(Duration.ofSeconds(3));
        }
        assertThat(assessments).allSatisfy(a -> assertThat(EligibilityStub.requests(a)).hasSize(1));
    }

    /**
     * The goal is p99 <= 200 ms at 100 letters per second. Here the broker, eligibility-service's stub, the service and
     * the load all share the build machine's two cores with other builds, so the bound only says "well within the
     * scheduler's 5 s"; the figures are printed for the record.
     */
    @Test
    void opensDossiersAtOneHundredLettersPerSecondWellWithinTheSchedulersInterval() throws Exception {
        // a first round warms the just-started application up (its classes are new to the JIT after the restart)
        sendAtOneHundredPerSecond(DossierResourceTest.unique("p-warm"), 200);
        String partner = DossierResourceTest.unique("p-rate");
        Map<UUID, Long> sentAt = sendAtOneHundredPerSecond(partner, 300);
        long[] latencies = openedAt(partner).entrySet().stream()
                .mapToLong(e -> e.getValue().toInstant().toEpochMilli() - sentAt.get(e.getKey()))
                .sorted().toArray();
        long p50 = latencies[latencies.length / 2];
        long p99 = latencies[(int) Math.ceil(latencies.length * 0.99) - 1];
        System.out.printf("letter to dossier at 100/s, %d letters: p50 %d ms, p99 %d ms, max %d ms%n",
                latencies.length, p50, p99, latencies[latencies.length - 1]);
        assertThat(p99).as("p99 in ms").isLessThan(2000);
    }

    /** Sends one letter every 10 ms and waits until every dossier is open; answers when each letter was sent. */
    private Map<UUID, Long> sendAtOneHundredPerSecond(String partner, int letters) throws InterruptedException {
        List<UUID> assessments = Stream.generate(UUID::randomUUID).limit(letters).toList();
        assessments.forEach(a -> EligibilityStub.assessment(a, "APP-RATE", "TECHNICAL_TALENT", true));
        Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.partitionsFor(Topics.ELIGIBILITY_RECOMMENDATIONS);
            AtomicInteger next = new AtomicInteger();
            CountDownLatch allSent = new CountDownLatch(1);
            pace.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= assessments.size()) {
                    allSent.countDown();
                    return;
                }
                UUID assessment = assessments.get(i);
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ELIGIBILITY_RECOMMENDATIONS,
                        assessment.toString(), RecommendationFlowTest.letter(assessment, partner));
                record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                        .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                        .add("ce_type", EventType.RECOMMENDATION_ISSUED.ceType().getBytes(StandardCharsets.UTF_8))
                        .add("ce_source", "/zgc/test".getBytes(StandardCharsets.UTF_8))
                        .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
                sentAt.put(assessment, System.currentTimeMillis());
                producer.send(record);
            }, 0, 10, TimeUnit.MILLISECONDS);
            assertThat(allSent.await(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            pace.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> openedAt(partner).size() == letters);
        return sentAt;
    }

    private Map<UUID, OffsetDateTime> openedAt(String partner) {
        return QuarkusTransaction.requiringNew().call(() -> dossiers.list("partnerId", partner).stream()
                .collect(Collectors.toMap(d -> d.assessmentId, d -> d.openedAt)));
    }

    @Test
    void leavesALetterToTheSchedulersBackoffWhileEligibilityServiceIsDown() {
        UUID assessment = UUID.randomUUID();
        EligibilityStub.unavailable(assessment);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), RecommendationFlowTest.letter(assessment,
                        DossierResourceTest.unique("p-later")));
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingFor(assessment).map(p -> p.attempts == 1).orElse(false));
        PendingRecommendationEntity waiting = pendingFor(assessment).orElseThrow();
        assertThat(waiting.status).isEqualTo("PENDING");
        assertThat(waiting.nextAttemptAt).as("next try at the scheduler's first backoff step")
                .isAfter(OffsetDateTime.now(Outbox.ZONE).plusSeconds(30));
        assertThat(EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS, r -> r.value().contains(assessment.toString()))).isEmpty();
        // eligibility-service comes back, so that the scheduler's later attempt succeeds instead of failing another
        // test's calls; and the 503s may have opened the breaker
        EligibilityStub.assessment(assessment, "APP-LATER", "TECHNICAL_TALENT", true);
        breakers.resetAll();
    }

    @Test
    void letsOnlyOneOfManyConcurrentAttemptsClaimALetter() throws Exception {
        UUID eventId = UUID.randomUUID();
        // written directly, not through the consumer, so that no worker is told about it
        QuarkusTransaction.requiringNew().run(() -> {
            PendingRecommendationEntity p = new PendingRecommendationEntity();
            p.eventId = eventId;
            p.assessmentId = UUID.randomUUID();
            p.partnerId = DossierResourceTest.unique("p-race");
            p.applicantRef = "APP-RACE";
            p.track = "TECHNICAL_TALENT";
            p.letterNumber = "ZGC-2026-RACE";
            p.status = "PENDING";
            p.receivedAt = OffsetDateTime.now(Outbox.ZONE);
            p.nextAttemptAt = p.receivedAt;
            repository.persist(p);
        });
        int contenders = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(contenders);
        try {
            List<Future<Optional<ClaimedRecommendation>>> claims = new ArrayList<>();
            for (int i = 0; i < contenders; i++) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return pending.claim(eventId, Duration.ofSeconds(30));
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<ClaimedRecommendation>> claim : claims) {
                won += claim.get().isPresent() ? 1 : 0;
            }
            assertThat(won).as("attempts that took the letter").isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
        assertThat(pending.claim(eventId, Duration.ofSeconds(30))).as("still taken by the first attempt").isEmpty();
    }

    private Optional<PendingRecommendationEntity> pendingFor(UUID assessment) {
        return QuarkusTransaction.requiringNew().call(() ->
                repository.find("assessmentId", assessment).firstResultOptional());
    }
}
