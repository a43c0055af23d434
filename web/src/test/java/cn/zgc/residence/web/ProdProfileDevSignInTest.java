package cn.zgc.residence.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the prod profile the development sign-in does not exist, even when a setting tries to switch it on: the
 * route answers 404 and the sign-in page offers only the organisation's provider.
 */
@QuarkusTest
@TestProfile(ProdProfileDevSignInTest.ProdLike.class)
class ProdProfileDevSignInTest {

    public static class ProdLike implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "web.dev-sign-in.enabled", "true",
                    "web.dev-sign-in.key-location", "/nonexistent/private.pem",
                    "quarkus.http.test-port", "0",
                    // no provider answers in the test: the tenant is set up on the first request that needs it
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:9/realms/none",
                    "quarkus.oidc.credentials.secret", "not-a-secret-only-a-test-value");
        }
    }

    @Test
    void devSignInAnswers404InTheProdProfile() {
        given().redirects().follow(false).when().get("/web/sign-in/dev").then().statusCode(404);
    }

    @Test
    void devSignInPostAnswers404InTheProdProfile() {
        io.restassured.response.Response form = given().when().get("/web/sign-in");
        given().redirects().follow(false).cookies(form.getCookies()).contentType("application/x-www-form-urlencoded")
                // no form here carries a token: the double-submit pair is the cookie's value sent back as the field
                .formParam("csrf", String.valueOf(form.getCookie("zgc_csrf")))
                .formParam("role", "immigration")
                .when().post("/web/sign-in/dev").then().statusCode(404);
    }

    @Test
    void theSignInPageOffersOnlyTheProvider() {
        given().when().get("/web/sign-in").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/web/sign-in/oidc"))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/web/sign-in/dev")));
    }
}
