package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResilienceTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    @Test
    void answersGatewayTimeoutProblemWhenTheServiceStaysSilentPastTheRoutesTimeout() {
        long start = System.nanoTime();
        given().auth().oauth2(Tokens.partner("p-slow"))
                .when().get("/api/v1/slow/report")
                .then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:gateway-timeout"))
                .body("instance", equalTo("/api/v1/slow/report"));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_500);
    }

    @Test
    void answersServiceUnavailableQuicklyAndOpensTheCircuitOfADownService() {
        String token = Tokens.partner("p-dead");
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            Response response = given().auth().oauth2(token).when().get("/api/v1/dead/things");
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo("urn:zgc:problem:service-unavailable");
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_500);
        }
        given().auth().oauth2(token)
                .when().get("/api/v1/dead/things")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", equalTo("The dead service is unavailable; try again later"));
        given().when().get(readiness)
                .then().statusCode(200)
                .body("checks[0].data.'circuit.dead'", equalTo("OPEN"));
    }

    @Test
    void keepsOtherServicesServingWhileOneIsDown() {
        given().auth().oauth2(Tokens.partner("p-dead-other")).when().get("/api/v1/dead").then().statusCode(503);
        given().auth().oauth2(Tokens.partner("p-dead-other")).when().get("/api/v1/notices").then().statusCode(200);
    }
}
