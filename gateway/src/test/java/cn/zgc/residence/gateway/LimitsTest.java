package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LimitsTest {

    @TestHTTPResource("/api/v1/dossiers")
    URI dossiers;

    @Test
    void answersTooManyRequestsWithRetryAfterOnceAPartnersBurstIsSpent() {
        String token = Tokens.partner("p-burst");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            statuses.add(given().auth().oauth2(token).when().get("/api/v1/halls").statusCode());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(200);
        assertThat(statuses).contains(429);
        given().auth().oauth2(token)
                .when().get("/api/v1/halls")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:zgc:problem:too-many-requests"));
        // another partner has its own bucket
        given().auth().oauth2(Tokens.partner("p-burst-other")).when().get("/api/v1/halls").then().statusCode(200);
    }

    @Test
    void answersPayloadTooLargeForADeclaredBodyOverTheLimit() {
        given().auth().oauth2(Tokens.partner("p-large"))
                .contentType("application/json")
                .body("{\"x\":\"" + "a".repeat(17 * 1024) + "\"}")
                .when().post("/api/v1/dossiers")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:payload-too-large"));
    }

    @Test
    void aFileUploadHasItsOwnLargerLimit() {
        String upload = "/api/v1/dossiers/" + java.util.UUID.randomUUID() + "/items/PASSPORT/files";
        byte[] thirtyTwoKilobytes = new byte[32 * 1024];
        // over the default limit (16K in tests) but within the upload limit (64K): forwarded, POST and PUT
        given().auth().oauth2(Tokens.partner("p-upload")).contentType("application/pdf").body(thirtyTwoKilobytes)
                .when().post(upload)
                .then().statusCode(200).body("bodyLength", equalTo(32 * 1024));
        given().auth().oauth2(Tokens.partner("p-upload")).contentType("application/pdf").body(thirtyTwoKilobytes)
                .when().put(upload + "/" + java.util.UUID.randomUUID())
                .then().statusCode(200).body("bodyLength", equalTo(32 * 1024));
        // over the upload limit
        given().auth().oauth2(Tokens.partner("p-upload")).contentType("application/pdf").body(new byte[65 * 1024])
                .when().post(upload)
                .then().statusCode(413).contentType("application/problem+json");
        // the same size elsewhere under /dossiers keeps the default limit
        given().auth().oauth2(Tokens.partner("p-upload")).contentType("application/json").body(thirtyTwoKilobytes)
                .when().put("/api/v1/dossiers/" + java.util.UUID.randomUUID() + "/facts")
                .then().statusCode(413);
    }

    @Test
    void aChunkedUploadOverItsLimitIsCut() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(dossiers.resolve("/api/v1/dossiers/" + java.util.UUID.randomUUID()
                        + "/items/PASSPORT/files"))
                .header("Authorization", "Bearer " + Tokens.partner("p-upload-chunked"))
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[80 * 1024])))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:zgc:problem:payload-too-large");
    }

    @Test
    void answersPayloadTooLargeForAChunkedBodyOverTheLimit() throws Exception {
        HttpResponse<String> response = chunked(Tokens.partner("p-large-chunked"), 40 * 1024);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:zgc:problem:payload-too-large");
    }

    @Test
    void streamsAChunkedBodyUnderTheLimit() throws Exception {
        HttpResponse<String> response = chunked(Tokens.partner("p-small-chunked"), 4 * 1024);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"bodyLength\":4096");
    }

    private HttpResponse<String> chunked(String token, int size) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(dossiers)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                // an input stream of unknown length is sent chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[size])))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAPreflightFromAConfiguredPortal() {
        given().header("Origin", GatewayTestResource.PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .when().options("/api/v1/assessments")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", GatewayTestResource.PORTAL);
        given().header("Origin", GatewayTestResource.PORTAL)
                .auth().oauth2(Tokens.partner("p-cors"))
                .when().get("/api/v1/halls")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", GatewayTestResource.PORTAL)
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("X-Request-Id"));
    }

    @Test
    void refusesAnOriginThatIsNotConfigured() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/assessments")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:forbidden"));
    }
}
