package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public check: no token, VALID / REVOKED / UNKNOWN, never personal data. */
@QuarkusTest
class LetterVerificationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void theQrCodesAddressAnswersValidWithoutAToken() {
        Requests.Issued letter = Requests.issued("APP-VER");
        URI url = URI.create(letter.verificationUrl());
        assertTrue(url.getPath().equals("/verify/letters/" + letter.letterNumber()), url.toString());
        String body = given().when().get(url.getPath() + "?" + url.getRawQuery())
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("status", equalTo("VALID"))
                .body("issuedOn", equalTo(TODAY.toString()))
                .body("track", equalTo("TECHNICAL_TALENT"))
                .body("$", not(hasKey("revokedOn")))
                .extract().asString();
        assertNoPersonalData(body, letter);
    }

    @Test
    void aBrowserGetsTheSameAnswerAsABilingualPage() {
        Requests.Issued letter = Requests.issued("APP-VER-H");
        URI url = URI.create(letter.verificationUrl());
        String page = given().header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .when().get(url.getPath() + "?" + url.getRawQuery())
                .then().statusCode(200).contentType(ContentType.HTML)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .extract().asString();
        assertTrue(page.contains("data-status=\"VALID\"") && page.contains("有效") && page.contains("Valid")
                && page.contains(TODAY.toString()), page);
        assertNoPersonalData(page, letter);
        String unknown = given().header("Accept", "text/html").queryParam("code", "WRONG")
                .when().get("/verify/letters/" + letter.letterNumber())
                .then().statusCode(200).extract().asString();
        assertTrue(unknown.contains("data-status=\"UNKNOWN\"") && !unknown.contains(TODAY.toString()), unknown);
    }

    @Test
    void aRevocationShowsAtOnce() {
        Requests.Issued letter = Requests.issued("APP-VER-R");
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Revoked for the test."))
                .when().post("/api/v1/assessments/" + letter.assessmentId() + "/recommendation/revocation")
                .then().statusCode(200);
        URI url = URI.create(letter.verificationUrl());
        String body = given().when().get(url.getPath() + "?" + url.getRawQuery())
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo(TODAY.toString()))
                .body("issuedOn", equalTo(TODAY.toString()))
                .extract().asString();
        assertNoPersonalData(body, letter);
        assertTrue(!body.contains("Revoked for the test."), "the reason stays in the register: " + body);
    }

    @Test
    void aWrongCodeAnswersExactlyAsANumberNeverIssued() {
        Requests.Issued letter = Requests.issued("APP-VER-W");
        String wrong = given().queryParam("code", "AAAAAAAAAAAAAAAAAAAAAAAAAA")
                .when().get("/verify/letters/" + letter.letterNumber())
                .then().statusCode(200).body("status", equalTo("UNKNOWN")).extract().asString();
        String missingCode = given().when().get("/verify/letters/" + letter.letterNumber())
                .then().statusCode(200).extract().asString();
        String unknown = given().queryParam("code", "AAAAAAAAAAAAAAAAAAAAAAAAAA")
                .when().get("/verify/letters/ZGC-1999-999999")
                .then().statusCode(200).extract().asString();
        assertTrue(wrong.equals(unknown) && wrong.equals(missingCode),
                String.join(" / ", List.of(wrong, missingCode, unknown)));
        // input that is no letter number or code at all is refused with a problem, whatever letters exist
        given().queryParam("code", "x".repeat(300)).when().get("/verify/letters/" + "y".repeat(300))
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("code", "AAAA").when().get("/verify/letters/ZGC-2026-1' OR '1'='1")
                .then().statusCode(400).contentType("application/problem+json");
        assertTrue(new JsonPath(wrong).getMap("$").size() == 1, wrong);
    }

    @Test
    void theOpenApiDocumentListsTheCheckAsPublic() {
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> check = openapi.getMap("paths.'/verify/letters/{number}'.get");
        assertTrue(check != null && check.containsKey("security"), String.valueOf(check));
        assertTrue(((List<?>) check.get("security")).isEmpty(), "security: [] " + check.get("security"));
        Map<String, Object> letter = openapi.getMap("paths.'/api/v1/assessments/{id}/recommendation'.get");
        assertTrue(!((List<?>) letter.get("security")).isEmpty(), String.valueOf(letter.get("security")));
    }

    private static void assertNoPersonalData(String body, Requests.Issued letter) {
        assertTrue(!body.contains(letter.partner()) && !body.contains("APP-VER") && !body.contains("applicantRef")
                && !body.contains("partnerId") && !body.contains(letter.assessmentId()), body);
    }
}
