package cn.zgc.residence.documents;

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
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    void opensTheDossiersOfLettersWithoutWaitingForTheScheduler() {
        String partner = DossierResourceTest.unique("p-fast");
        List<UUID> assessments = Stream.generate(UUID::randomUUID).limit(20).toList();
        assessments.forEach(a -> EligibilityStub.assessment(a, "APP-FAST", "TECHNICAL_TALENT", true));
        for (UUID assessment : assessments) {
            EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                    EventType.RECOMMENDATION_ISSUED.ceType(), RecommendationFlowTest.letter(assessment, partner));
        }
        // the scheduler's first round is a minute after start: what opens before it was opened after the commit
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> openedAt(partner).keySet().containsAll(assessments));
        assertThat(assessments).allSatisfy(a -> assertThat(EligibilityStub.requests(a)).hasSize(1));
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
