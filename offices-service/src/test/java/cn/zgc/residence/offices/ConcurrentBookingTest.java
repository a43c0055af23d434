package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Capacity is enforced by the database: many bookings racing for one slot never overbook it. */
@QuarkusTest
@ExtendWith(TestClock.AtBookingsNow.class)
class ConcurrentBookingTest {

    private static final Logger LOG = Logger.getLogger(ConcurrentBookingTest.class);
    private static final String HALL = "tongzhou-center";
    private static final String CATEGORY = "RESIDENCE_PERMIT_EMPLOYMENT";
    private static final int ATTEMPTS = 200;

    @TestHTTPResource("/api/v1/appointments")
    URI appointments;

    @Test
    void twoHundredParallelBookingsOfAThreeSeatSlotGiveExactlyThreeBookingsAndClearConflicts() throws Exception {
        LocalDate day = LocalDate.of(2026, 3, 11);
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body("""
                        {"category": "%s", "effectiveFrom": "%s", "reason": "Three windows",
                         "bands": [{"starts": "00:00", "slotMinutes": 30, "capacity": 3}]}""".formatted(CATEGORY, day))
                .when().post("/api/v1/halls/" + HALL + "/capacity")
                .then().statusCode(201);
        OffsetDateTime startsAt = Bookings.at(day, "09:00");
        List<UUID> dossiers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            dossiers.add(DocumentsStub.dossier(UUID.randomUUID(), "p-rush", "state", "READY", CATEGORY));
        }
        String token = Tokens.partner("p-rush");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(48);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (UUID dossier : dossiers) {
                answers.add(pool.submit(() -> {
                    HttpRequest request = HttpRequest.newBuilder(appointments)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(Bookings.body(dossier, HALL, startsAt)))
                            .build();
                    start.await();
                    long began = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                            response.headers().firstValue("Retry-After").orElse(""), response.body(),
                            (System.nanoTime() - began) / 1_000_000.0);
                }));
            }
            start.countDown();
            List<Answer> results = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            Map<Integer, Long> byStatus = results.stream()
                    .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
            // exactly the capacity is booked; every other booking is told the slot is full, or, when the host is
            // too busy to give it a database connection within the pool's wait, to try again (503 with Retry-After)
            assertThat(byStatus.get(201)).isEqualTo(3L);
            assertThat(byStatus.keySet()).isSubsetOf(201, 409, 503);
            assertThat(byStatus.getOrDefault(409, 0L)).isGreaterThan(0L);
            assertThat(results).filteredOn(a -> a.status() == 409)
                    .allSatisfy(a -> {
                        assertThat(a.contentType()).startsWith("application/problem+json");
                        assertThat(a.body()).contains("urn:zgc:problem:conflict").contains("fully booked");
                    });
            assertThat(results).filteredOn(a -> a.status() == 503)
                    .allSatisfy(a -> {
                        assertThat(a.contentType()).startsWith("application/problem+json");
                        assertThat(a.retryAfter()).isEqualTo("1");
                    });
            List<Double> latencies = new ArrayList<>(results.stream().map(Answer::millis).toList());
            Collections.sort(latencies);
            LOG.infof("200 parallel bookings of one 3-seat slot: %s; p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                    byStatus, latencies.get(99), latencies.get(197), latencies.get(199));
        } finally {
            pool.shutdownNow();
        }

        given().auth().oauth2(Tokens.immigration()).queryParam("category", CATEGORY)
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/halls/" + HALL + "/slots")
                .then().statusCode(200)
                .body("slots[0].startsAt", equalTo("2026-03-11T09:00:00+08:00"))
                .body("slots[0].capacity", equalTo(3))
                .body("slots[0].booked", equalTo(3))
                .body("slots[0].available", equalTo(0));
        List<String> statuses = given().auth().oauth2(Tokens.immigration()).queryParam("hallId", HALL)
                .queryParam("from", day.toString()).when().get("/api/v1/appointments")
                .then().statusCode(200).extract().path("status");
        assertThat(statuses).containsExactly("BOOKED", "BOOKED", "BOOKED");
    }

    private record Answer(int status, String contentType, String retryAfter, String body, double millis) {
    }
}
