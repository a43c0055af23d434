package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EdgeAuthTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/live", management = true)
    java.net.URL liveness;

    @Test
    void answersUnauthorizedProblemWithABearerChallengeWithoutAToken() {
        given().when().get("/api/v1/halls")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:zgc:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/halls"));
    }

    @Test
    void answersUnauthorizedForABasicCredential() {
        given().header("Authorization", "Basic dXNlcjpwYXNz")
                .when().get("/api/v1/halls")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"expired", "badSignature", "otherAudience", "garbage"})
    void answersUnauthorizedForATokenThatFailsVerification(String kind) {
        String partner = "p-auth-" + UUID.randomUUID();
        String token = switch (kind) {
            case "expired" -> Tokens.expired(partner);
            case "badSignature" -> Tokens.badSignature(partner);
            case "otherAudience" -> Tokens.otherAudience(partner);
            default -> "not.a.jwt";
        };
        given().auth().oauth2(token)
                .when().get("/api/v1/halls")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("urn:zgc:problem:unauthorized"));
    }

    @ParameterizedTest(name = "{0} {1} is for {2}")
    @CsvSource({
            "POST, /api/v1/criteria, committee",
            "POST, /api/v1/assessments/a-1/recommendation, committee",
            "POST, /api/v1/assessments/a-1/recommendation/revocation, committee",
            "POST, /api/v1/fee-schedules, immigration",
            "POST, /api/v1/halls/chaoyang-center/notices, immigration",
            "POST, /api/v1/halls/chaoyang-center/regular-hours, immigration",
            "POST, /api/v1/invoices, immigration",
            "POST, /api/v1/invoices/i-1/refunds, immigration"})
    void keepsEachRolesOperationsFromTheOtherRoles(String method, String path, String role) {
        String allowed = role.equals("committee") ? Tokens.committee("c-" + UUID.randomUUID())
                : Tokens.immigration("i-" + UUID.randomUUID());
        String other = role.equals("committee") ? Tokens.immigration("i-" + UUID.randomUUID())
                : Tokens.committee("c-" + UUID.randomUUID());
        for (String refused : new String[] {Tokens.partner("p-role-" + UUID.randomUUID()), other}) {
            given().auth().oauth2(refused)
                    .contentType("application/json").body("{}")
                    .when().request(method, path)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:zgc:problem:forbidden"));
        }
        given().auth().oauth2(allowed)
                .contentType("application/json").body("{}")
                .when().request(method, path)
                .then().statusCode(200)
                .body("path", equalTo(path));
    }

    @Test
    void refusesATokenWithOnlyTheRetiredOfficerRole() {
        given().auth().oauth2(Tokens.officer("officer-" + UUID.randomUUID()))
                .when().get("/api/v1/halls")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:forbidden"));
    }

    @Test
    void letsPartnersReadWhatOfficersPublishAndDoTheirOwnWrites() {
        String token = Tokens.partner("p-reader");
        given().auth().oauth2(token).when().get("/api/v1/criteria").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/v1/assessments").then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/v1/invoices/i-1/payments").then().statusCode(200);
    }

    @Test
    void servesPublicDocumentsAndHealthWithoutAToken() {
        given().when().get(liveness).then().statusCode(200);
        given().when().get("/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }
}
