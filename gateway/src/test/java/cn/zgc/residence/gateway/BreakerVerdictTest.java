package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.gateway.routing.Backends;
import cn.zgc.residence.gateway.routing.CircuitBreaker;
import cn.zgc.residence.gateway.routing.CircuitBreaker.State;
import cn.zgc.residence.testsupport.Tokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every request that reaches a backend ends in exactly one verdict on the backend's circuit: success, failure, or not
 * counted; each way a request can end is one test here, and each checks the verdicts the backend's counters recorded.
 * A half-open trial that ends without a word about the backend (client gone, body over the limit) frees the trial, so
 * the next request closes the circuit instead of meeting 503 until a restart.
 */
@QuarkusTest
class BreakerVerdictTest {

    @Inject
    Backends backends;

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/")
    URI gateway;

    private double verdicts(String backend, String outcome) {
        Counter counter = registry.find("gateway.breaker.verdicts").tags("backend", backend, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private Map<String, Double> allVerdicts(String backend) {
        return Map.of("success", verdicts(backend, "success"), "failure", verdicts(backend, "failure"),
                "slow", verdicts(backend, "slow"), "not-counted", verdicts(backend, "not-counted"));
    }

    private double total(String backend) {
        return allVerdicts(backend).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private CircuitBreaker breaker(String backend) {
        return backends.named(backend).instances().get(0).breaker(); // one instance: the backend's only circuit
    }

    @Test
    void anAnswerIsASuccess() {
        double before = verdicts("offices", "success");
        double total = total("offices");
        given().auth().oauth2(Tokens.partner("p-verdict-ok")).when().get("/api/v1/halls").then().statusCode(200);
        assertThat(verdicts("offices", "success")).isEqualTo(before + 1);
        assertThat(total("offices")).isEqualTo(total + 1);
    }

    @Test
    void aRefusedConnectionIsAFailure() {
        double total = total("refusing");
        given().auth().oauth2(Tokens.partner("p-verdict-refused")).when().get("/api/v1/refusing/x").then().statusCode(503);
        assertThat(verdicts("refusing", "failure")).isEqualTo(total + 1);
        assertThat(total("refusing")).isEqualTo(total + 1);
    }

    @Test
    void silencePastTheRoutesTimeoutIsAFailure() {
        double failures = verdicts("silent", "failure");
        double total = total("silent");
        given().auth().oauth2(Tokens.partner("p-verdict-timeout")).when().get("/api/v1/silent/slow/x").then().statusCode(504);
        assertThat(verdicts("silent", "failure")).isEqualTo(failures + 1);
        assertThat(total("silent")).isEqualTo(total + 1);
    }

    @Test
    void aClientThatGoesAwayIsNotCounted() throws Exception {
        double notCounted = verdicts("silent", "not-counted");
        double total = total("silent");
        int received = FakeServices.received("silent");
        try (Socket client = rawRequest("/api/v1/silent/slow/gone", "p-verdict-gone")) {
            await().atMost(Duration.ofSeconds(5)).until(() -> FakeServices.received("silent") > received);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> total("silent") > total);
        assertThat(verdicts("silent", "not-counted")).isEqualTo(notCounted + 1);
        assertThat(total("silent")).isEqualTo(total + 1);
    }

    @Test
    void aChunkedBodyOverTheLimitIsNotCounted() throws Exception {
        double notCounted = verdicts("silent", "not-counted");
        double total = total("silent");
        assertThat(chunked("/api/v1/silent/upload", 40 * 1024).statusCode()).isEqualTo(413);
        assertThat(verdicts("silent", "not-counted")).isEqualTo(notCounted + 1);
        assertThat(total("silent")).isEqualTo(total + 1);
    }

    @Test
    void anAbandonedHalfOpenTrialLetsTheNextRequestTryAndCloseTheCircuit() throws Exception {
        CircuitBreaker breaker = openThenStart("trial-gone");
        try (Socket client = rawRequest("/api/v1/trial-gone/slow/abandoned", "p-trial-gone")) {
            await().atMost(Duration.ofSeconds(5)).until(breaker::trialInFlight);
            await().atMost(Duration.ofSeconds(5)).until(() -> FakeServices.received("trial-gone") > 0);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> !breaker.trialInFlight());
        assertThat(breaker.state(System.nanoTime())).as("nothing learnt: still half open").isEqualTo(State.HALF_OPEN);
        assertThat(verdicts("trial-gone", "not-counted")).isEqualTo(1);
        given().auth().oauth2(Tokens.partner("p-trial-gone")).when().get("/api/v1/trial-gone/next").then().statusCode(200);
        assertThat(breaker.state(System.nanoTime())).isEqualTo(State.CLOSED);
        assertThat(allVerdicts("trial-gone")).containsEntry("failure", 1.0).containsEntry("not-counted", 1.0)
                .containsEntry("success", 1.0);
    }

    @Test
    void aHalfOpenTrialWhoseChunkedBodyPassesTheLimitLetsTheNextRequestTry() throws Exception {
        CircuitBreaker breaker = openThenStart("trial-large");
        assertThat(chunked("/api/v1/trial-large/upload", 40 * 1024).statusCode()).isEqualTo(413);
        assertThat(breaker.trialInFlight()).isFalse();
        assertThat(breaker.state(System.nanoTime())).isEqualTo(State.HALF_OPEN);
        given().auth().oauth2(Tokens.partner("p-trial-large")).when().get("/api/v1/trial-large/next").then().statusCode(200);
        assertThat(breaker.state(System.nanoTime())).isEqualTo(State.CLOSED);
        assertThat(allVerdicts("trial-large")).containsEntry("failure", 1.0).containsEntry("not-counted", 1.0)
                .containsEntry("success", 1.0);
    }

    @Test
    void aHungBackendOpensItsCircuitOnSlowCallsWhileTheOthersAnswer() throws Exception {
        CircuitBreaker breaker = breaker("hung");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        // two calls the backend holds for 3 s; the slow-call limit (300 ms) counts each as a failure when it passes
        List<CompletableFuture<HttpResponse<String>>> held = IntStream.range(0, 2)
                .mapToObj(i -> client.sendAsync(get("/api/v1/hung/slow/" + i, "p-hung"), HttpResponse.BodyHandlers.ofString()))
                .toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.state(System.nanoTime()) == State.OPEN);
        long openedAfter = (System.nanoTime() - start) / 1_000_000;
        int quick = 0;
        long slowest = 0;
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = client.send(get("/api/v1/hung/x" + i, "p-hung-" + i), HttpResponse.BodyHandlers.ofString());
            slowest = Math.max(slowest, (System.nanoTime() - t) / 1_000_000);
            if (response.statusCode() == 503 && response.body().contains("unavailable; try again later")) {
                quick++;
            }
        }
        assertThat(quick).as("every request after the circuit opened is answered by the gateway itself").isEqualTo(20);
        given().auth().oauth2(Tokens.partner("p-hung-other")).when().get("/api/v1/halls").then().statusCode(200);
        assertThat(verdicts("hung", "slow")).isEqualTo(2);
        for (CompletableFuture<HttpResponse<String>> call : held) {
            assertThat(call.get().statusCode()).as("the held calls still end with the backend's answer").isEqualTo(200);
        }
        assertThat(breaker.state(System.nanoTime())).as("their late answers are not second verdicts").isEqualTo(State.OPEN);
        assertThat(allVerdicts("hung")).containsEntry("slow", 2.0).containsEntry("success", 0.0);
        System.out.printf("hung backend: circuit open %d ms after two calls were held (slow-call limit 300 ms);"
                + " then %d of 20 requests answered 503 by the gateway, the slowest in %d ms%n", openedAfter, quick, slowest);
    }

    /** Opens the backend's circuit with one refused connection, starts the backend, waits until a trial may go. */
    private CircuitBreaker openThenStart(String backend) {
        CircuitBreaker breaker = breaker(backend);
        given().auth().oauth2(Tokens.partner("p-" + backend)).when().get("/api/v1/" + backend + "/first").then().statusCode(503);
        assertThat(breaker.state(System.nanoTime())).isEqualTo(State.OPEN);
        GatewayTestResource.startTrialService(backend);
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.state(System.nanoTime()) == State.HALF_OPEN);
        return breaker;
    }

    private Socket rawRequest(String path, String partner) throws Exception {
        Socket socket = new Socket(gateway.getHost(), gateway.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nAuthorization: Bearer "
                + Tokens.partner(partner) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private HttpRequest get(String path, String partner) {
        return HttpRequest.newBuilder(gateway.resolve(path)).header("Authorization", "Bearer " + Tokens.partner(partner))
                .timeout(Duration.ofSeconds(15)).build();
    }

    private HttpResponse<String> chunked(String path, int size) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Authorization", "Bearer " + Tokens.partner("p-verdict-chunked"))
                .header("Content-Type", "application/json")
                // an input stream of unknown length is sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[size])))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
