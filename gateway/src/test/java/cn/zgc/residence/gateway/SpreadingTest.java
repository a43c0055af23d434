package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.zgc.residence.testsupport.Tokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A backend whose url lists several instances: requests are spread over them in turn; an instance that cannot be
 * reached opens its own circuit while the others go on serving, and nothing of a request sent to it is lost.
 */
@QuarkusTest
class SpreadingTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Inject
    MeterRegistry registry;

    private static String serviceOf(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.jsonPath().getString("service");
    }

    @Test
    void takesTheInstancesInTurn() {
        int beforeA = FakeServices.received("pair-a");
        int beforeB = FakeServices.received("pair-b");
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // a partner of its own per request: the test's rate limit is 10 a partner
            answered.add(serviceOf(given().auth().oauth2(Tokens.partner("p-spread-" + i))
                    .when().get("/api/v1/pair/items/" + i)));
        }
        for (int i = 1; i < answered.size(); i++) {
            assertThat(answered.get(i)).as("answer %d after %s", i, answered.get(i - 1)).isNotEqualTo(answered.get(i - 1));
        }
        assertThat(FakeServices.received("pair-a") - beforeA).isEqualTo(5);
        assertThat(FakeServices.received("pair-b") - beforeB).isEqualTo(5);
    }

    @Test
    void aBodyArrivesWholeAtWhicheverInstanceTakesIt() {
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(Tokens.partner("p-spread-body-" + i))
                    .contentType("application/json").body("{\"applicantRef\":\"A-" + i + "\"}")
                    .when().post("/api/v1/pair/items")
                    .then().statusCode(200)
                    .body("method", equalTo("POST"))
                    .body("path", equalTo("/api/v1/pair/items"))
                    .body("bodyLength", equalTo(("{\"applicantRef\":\"A-" + i + "\"}").length()));
        }
    }

    @Test
    void anInstanceThatRefusesConnectionsIsPassedOverAndEveryRequestIsServed() {
        double failuresBefore = verdicts("half", "failure");
        int served = FakeServices.received("half-live");
        for (int i = 0; i < 8; i++) {
            // a POST too: nothing was sent to the refusing instance, so it goes to the next one
            given().auth().oauth2(Tokens.partner("p-half-" + i))
                    .contentType("application/json").body("{\"n\":" + i + "}")
                    .when().post("/api/v1/half/things")
                    .then().statusCode(200)
                    .body("service", equalTo("half-live"))
                    .body("bodyLength", equalTo(("{\"n\":" + i + "}").length()));
        }
        assertThat(FakeServices.received("half-live") - served).isEqualTo(8);
        // each refused connection was a failure of that instance: after the threshold (3) its circuit is open
        assertThat(verdicts("half", "failure") - failuresBefore).isEqualTo(3);
        given().when().get(readiness)
                .then().statusCode(200)
                .body("checks[0].data.'circuit.half@127.0.0.1:" + GatewayTestResource.HALF_DEAD_PORT + "'", equalTo("OPEN"))
                .body("checks[0].data.'circuit.half@127.0.0.1:" + GatewayTestResource.HALF_LIVE_PORT + "'", equalTo("CLOSED"));
    }

    @Test
    void refusesOnlyWhenEveryInstancesCircuitIsOpen() {
        // threshold 3 per instance; a refused connection is tried on the other instance, so each of the first
        // requests is a failure of both: after three both circuits are open and the gateway answers at once
        for (int i = 0; i < 6; i++) {
            Response response = given().auth().oauth2(Tokens.partner("p-both-dead-" + i)).when().get("/api/v1/both-dead/x");
            assertThat(response.statusCode()).isEqualTo(503);
        }
        given().auth().oauth2(Tokens.partner("p-both-dead-last"))
                .when().get("/api/v1/both-dead/x")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", equalTo("The both-dead service is unavailable; try again later"));
        assertThat(registry.find("gateway.circuit.open").tag("backend", "both-dead").gauges())
                .hasSize(2).allSatisfy(gauge -> assertThat(gauge.value()).isEqualTo(1.0));
    }

    private double verdicts(String backend, String outcome) {
        Counter counter = registry.find("gateway.breaker.verdicts").tags("backend", backend, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
