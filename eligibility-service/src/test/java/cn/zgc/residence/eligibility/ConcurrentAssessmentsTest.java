package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Stored assessments sent at the same time: each is stored once, with one event; retries with one key store one. */
@QuarkusTest
class ConcurrentAssessmentsTest {

    private static final int REQUESTS = 24;

    @Test
    void concurrentAssessmentsAreEachStoredOnceWithOneEvent() throws Exception {
        String partner = Requests.unique("p");
        List<Response> responses = concurrently(i -> given().auth().oauth2(Tokens.partner(partner))
                .contentType(ContentType.JSON)
                .body(Requests.assessment("APP-C" + i, Track.TECHNICAL_TALENT, Applicants.talent70()))
                .when().post("/api/v1/assessments"));
        responses.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        Set<String> ids = responses.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
        assertEquals(REQUESTS, ids.size());
        for (int i = 0; i < REQUESTS; i++) {
            given().auth().oauth2(Tokens.partner(partner)).queryParam("applicantRef", "APP-C" + i)
                    .when().get("/api/v1/assessments").then().statusCode(200).body("totalItems", equalTo(1));
        }
        List<ConsumerRecord<String, String>> events = EventProbe.awaitRecords(Topics.ELIGIBILITY_ASSESSMENTS, REQUESTS,
                r -> ids.contains(r.key()));
        assertEquals(REQUESTS, events.size(), "one AssessmentCompleted per assessment");
        assertEquals(ids, events.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyStoreOneAssessment() throws Exception {
        String partner = Requests.unique("p");
        Map<String, Object> body = Requests.assessment("APP-RETRY", Track.TECHNICAL_TALENT, Applicants.talent70());
        List<Response> responses = concurrently(i -> given().auth().oauth2(Tokens.partner(partner))
                .header("Idempotency-Key", "retry-1").contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/assessments"));
        responses.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));
        Set<String> ids = responses.stream().map(r -> r.<String>path("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every retry answers the one stored assessment");
        assertEquals(REQUESTS - 1, responses.stream()
                .filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
        given().auth().oauth2(Tokens.partner(partner)).queryParam("applicantRef", "APP-RETRY")
                .when().get("/api/v1/assessments").then().statusCode(200).body("totalItems", equalTo(1));
        String id = ids.iterator().next();
        EventProbe.awaitRecords(Topics.ELIGIBILITY_ASSESSMENTS, 1, r -> id.equals(r.key()));
        assertEquals(1, EventProbe.readAll(Topics.ELIGIBILITY_ASSESSMENTS, r -> id.equals(r.key())).size());
    }

    /** Sends REQUESTS requests at once from as many threads. */
    private static List<Response> concurrently(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.apply(n);
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
