package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class RoutingTest {

    /** Health is served on the management interface (its root is /q), not on the API port. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
            "/api/v1/criteria, eligibility",
            "/api/v1/assessments/a-1, eligibility",
            "/api/v1/document-types, documents",
            "/api/v1/checklists/c-1/items, documents",
            "/api/v1/dossiers, documents",
            "/api/v1/fee-schedules/current, fees",
            "/api/v1/quotes, fees",
            "/api/v1/invoices/i-1, fees",
            "/api/v1/halls, offices",
            "/api/v1/notices/n-1, offices"})
    void forwardsEachPrefixToItsServiceWithThePathUnchanged(String path, String service) {
        given().auth().oauth2(Tokens.partner("p-routing"))
                .when().get(path + "?from=2026-01-01")
                .then().statusCode(200)
                .body("service", equalTo(service))
                .body("path", equalTo(path))
                .body("query", equalTo("from=2026-01-01"));
    }

    @Test
    void servesThePagesWithoutABearerTokenAndThePathUnchanged() {
        given().when().get("/web/partner/assessments/new?lang=zh")
                .then().statusCode(200)
                .body("service", equalTo("web"))
                .body("path", equalTo("/web/partner/assessments/new"))
                .body("query", equalTo("lang=zh"));
        given().contentType("application/x-www-form-urlencoded").formParam("csrf", "x")
                .when().post("/web/sign-out")
                .then().statusCode(200)
                .body("service", equalTo("web"));
    }

    @Test
    void doesNotTakeAPrefixForAnotherWordThatStartsWithIt() {
        given().auth().oauth2(Tokens.partner("p-prefix"))
                .when().get("/api/v1/hallsofame")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:not-found"))
                .body("instance", equalTo("/api/v1/hallsofame"));
    }

    @Test
    void passesForwardedHeadersAndTraceContextAndDropsHopByHopHeaders() {
        given().auth().oauth2(Tokens.partner("p-headers"))
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .header("Connection", "keep-alive, X-Hop-Secret")
                .header("X-Hop-Secret", "not for the backend")
                .header("Keep-Alive", "timeout=5")
                .when().get("/api/v1/halls")
                .then().statusCode(200)
                .body("headers.traceparent", equalTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .body("headers.x-forwarded-for", equalTo("127.0.0.1"))
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.x-forwarded-host", containsString("localhost"))
                .body("headers.x-hop-secret", nullValue())
                .body("headers.keep-alive", nullValue())
                .body("headers.authorization", notNullValue());
    }

    @Test
    void passesTheClientsRequestIdOnAndReturnsIt() {
        given().auth().oauth2(Tokens.partner("p-reqid"))
                .header("X-Request-Id", "portal-42.a")
                .when().get("/api/v1/quotes")
                .then().statusCode(200)
                .header("X-Request-Id", "portal-42.a")
                .body("headers.x-request-id", equalTo("portal-42.a"));
    }

    @Test
    void createsARequestIdWhenNoneOrAnUnsafeOneIsGiven() {
        String created = given().auth().oauth2(Tokens.partner("p-reqid2"))
                .header("X-Request-Id", "bad id\twith spaces")
                .when().get("/api/v1/quotes")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract().header("X-Request-Id");
        given().auth().oauth2(Tokens.partner("p-reqid2"))
                .when().get("/api/v1/quotes")
                .then().statusCode(200)
                .header("X-Request-Id", not(equalTo(created)))
                .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void answersNotFoundProblemOutsideTheRouteTable() {
        given().when().get("/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:not-found"))
                .header("X-Request-Id", notNullValue());
        given().auth().oauth2(Tokens.partner("p-unknown"))
                .when().get("/api/v1/unknown")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Not found"))
                .body("status", equalTo(404));
    }

    @Test
    void forwardsABodyAndItsMethod() {
        given().auth().oauth2(Tokens.partner("p-body"))
                .contentType("application/json")
                .body("{\"applicantRef\":\"A-1\"}")
                .when().post("/api/v1/assessments")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(22));
    }

    @Test
    void isReadyWhileABackendIsDown() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void servesTheEventsDocument() {
        given().when().get("/asyncapi.yaml")
                .then().statusCode(200)
                .contentType(containsString("yaml"))
                .body(containsString("asyncapi"));
    }
}
