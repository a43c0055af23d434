package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    @Test
    void theCommitteeReadsAnAssessmentsAuditNewestFirstInPages() {
        Requests.Issued letter = Requests.issued("APP-AUD");
        given().auth().oauth2(Tokens.committee("committee-audit")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Issued in error."))
                .when().post("/api/v1/assessments/" + letter.assessmentId() + "/recommendation/revocation")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.committee()).queryParam("assessmentId", letter.assessmentId())
                .queryParam("size", 1)
                .when().get("/api/v1/audit")
                .then().statusCode(200)
                .body("totalItems", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].action", equalTo("recommendation.revoked"))
                .body("items[0].actor", equalTo("committee-audit"))
                .body("items[0].subject", equalTo("assessment:" + letter.assessmentId()))
                .body("items[0].detail", startsWith("letter " + letter.letterNumber() + " revoked"));
        given().auth().oauth2(Tokens.committee()).queryParam("assessmentId", letter.assessmentId())
                .queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/audit")
                .then().statusCode(200).body("items[0].action", equalTo("recommendation.issued"));
    }

    @Test
    void theWholeAuditIsNewestFirst() {
        Requests.issued("APP-AUD-ALL");
        List<String> times = given().auth().oauth2(Tokens.committee()).queryParam("size", 100)
                .when().get("/api/v1/audit").then().statusCode(200).extract().path("items.at");
        assertFalse(times.isEmpty());
        List<OffsetDateTime> parsed = times.stream().map(OffsetDateTime::parse).toList();
        for (int i = 1; i < parsed.size(); i++) {
            assertFalse(parsed.get(i).isAfter(parsed.get(i - 1)), "newest first");
        }
    }

    @Test
    void badPagingOrAnAssessmentIdThatIsNoUuidIs400() {
        given().auth().oauth2(Tokens.committee()).queryParam("assessmentId", "nope")
                .when().get("/api/v1/audit").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.committee()).queryParam("size", 101)
                .when().get("/api/v1/audit").then().statusCode(400);
    }
}
