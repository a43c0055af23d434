package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.repository.AuditRecordRepository;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CriteriaResourceTest {

    @Inject
    AuditRecordRepository audit;

    /** The baseline as GET shows it, with a new id and dates: a valid publication. */
    static Map<String, Object> publication(String id, String from, String to) {
        Map<String, Object> body = given().auth().oauth2(Tokens.committee())
                .when().get("/api/v1/criteria/baseline-2024").then().statusCode(200).extract().as(Map.class);
        body.remove("publishedAt");
        body.remove("publishedBy");
        body.put("id", id);
        body.put("effectiveFrom", from);
        body.put("effectiveTo", to);
        return body;
    }

    static void publish(Map<String, Object> body, int status) {
        given().auth().oauth2(Tokens.committee("committee-criteria")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/criteria").then().statusCode(status);
    }

    @Test
    void showsTheBaselineWithBothTracksEachWorth100() {
        given().auth().oauth2(Tokens.partner(Requests.unique("p")))
                .when().get("/api/v1/criteria")
                .then().statusCode(200).body("id", hasItem("baseline-2024"));
        given().auth().oauth2(Tokens.partner(Requests.unique("p")))
                .when().get("/api/v1/criteria/baseline-2024")
                .then().statusCode(200)
                .body("threshold", equalTo(70))
                .body("effectiveFrom", equalTo("2024-01-01"))
                .body("tracks.TECHNICAL_TALENT.factors", hasSize(10))
                .body("tracks.ENTREPRENEURIAL_TEAM_MEMBER.prerequisites", hasSize(3))
                .body("tracks.TECHNICAL_TALENT.factors[0].bands[0].label.zh", equalTo("本科以下"));
    }

    @Test
    void theCommitteePublishesAValidVersionAndTheActionIsAudited() {
        int year = Requests.freeYear();
        String id = "zgc-" + year;
        given().auth().oauth2(Tokens.committee("committee-criteria")).contentType(ContentType.JSON)
                .body(publication(id, year + "-01-01", year + "-12-31"))
                .when().post("/api/v1/criteria")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/criteria/" + id))
                .body("publishedBy", equalTo("committee-criteria"));
        given().auth().oauth2(Tokens.partner(Requests.unique("p"))).when().get("/api/v1/criteria/" + id)
                .then().statusCode(200).body("effectiveTo", equalTo(year + "-12-31"));
        given().auth().oauth2(Tokens.partner(Requests.unique("p"))).contentType(ContentType.JSON)
                .body(Map.of("track", "TECHNICAL_TALENT", "asOf", year + "-06-01", "facts", Applicants.talent70().json()))
                .when().post("/api/v1/assessments/evaluate")
                .then().statusCode(200).body("criteriaVersion", equalTo(id));
        boolean audited = QuarkusTransaction.requiringNew().call(() -> audit.forSubject("criteria:" + id).stream()
                .anyMatch(r -> r.actor.equals("committee-criteria") && r.action.equals("criteria.published")));
        assertTrue(audited);
    }

    @Test
    void aPublishedVersionCannotBePublishedAgainOrOverlapped() {
        int year = Requests.freeYear();
        publish(publication("zgc-" + year, year + "-01-01", year + "-12-31"), 201);
        publish(publication("zgc-" + year, (year + 1) + "-01-01", (year + 1) + "-12-31"), 409);
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON)
                .body(publication("zgc-" + year + "-mid", year + "-06-01", year + "-06-30"))
                .when().post("/api/v1/criteria")
                .then().statusCode(409).body("detail", containsString("zgc-" + year));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rejectsBandsWithAGapNamingTheField() {
        int year = Requests.freeYear();
        Map<String, Object> body = publication("zgc-gap-" + year, year + "-01-01", year + "-12-31");
        Map<String, Object> tracks = (Map<String, Object>) body.get("tracks");
        Map<String, Object> talent = (Map<String, Object>) tracks.get(Track.TECHNICAL_TALENT.name());
        List<Map<String, Object>> factors = (List<Map<String, Object>>) talent.get("factors");
        List<Map<String, Object>> bands = (List<Map<String, Object>>) factors.get(3).get("bands");
        bands.get(2).put("min", 600000);
        body.put("threshold", 101);
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/criteria")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("tracks.TECHNICAL_TALENT.factors[3].bands[2].min"))
                .body("errors.field", hasItem("threshold"));
        given().auth().oauth2(Tokens.committee()).when().get("/api/v1/criteria/zgc-gap-" + year)
                .then().statusCode(404);
    }

    @Test
    void aPartnerCannotPublish() {
        int year = Requests.freeYear();
        given().auth().oauth2(Tokens.partner(Requests.unique("p"))).contentType(ContentType.JSON)
                .body(publication("zgc-p-" + year, year + "-01-01", null))
                .when().post("/api/v1/criteria")
                .then().statusCode(403);
    }
}
