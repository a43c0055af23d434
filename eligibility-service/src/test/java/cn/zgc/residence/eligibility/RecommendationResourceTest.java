package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.eligibility.domain.FactKey;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.repository.AuditRecordRepository;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecommendationResourceTest {

    @Inject
    AuditRecordRepository audit;

    @Test
    void theCommitteeIssuesOneLetterForAnEligibleAssessment() {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-L", Track.TECHNICAL_TALENT, Applicants.talent70());
        String number = given().auth().oauth2(Tokens.committee("committee-letters"))
                .when().post("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/assessments/" + id + "/recommendation"))
                .body("letterNumber", matchesPattern("ZGC-" + LocalDate.now().getYear() + "-\\d{6}"))
                .body("issuedBy", equalTo("committee-letters"))
                .extract().path("letterNumber");
        given().auth().oauth2(Tokens.committee())
                .when().post("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.partner(partner))
                .when().get("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(200).body("letterNumber", equalTo(number));
        given().auth().oauth2(Tokens.partner(partner))
                .when().get("/api/v1/assessments/" + id)
                .then().statusCode(200).body("recommendation.letterNumber", equalTo(number));
        given().auth().oauth2(Tokens.partner(Requests.unique("other")))
                .when().get("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(404);
        boolean audited = QuarkusTransaction.requiringNew().call(() -> audit.forSubject("assessment:" + id).stream()
                .anyMatch(r -> r.actor.equals("committee-letters") && r.action.equals("recommendation.issued")
                        && r.detail.contains(number)));
        assertTrue(audited);
    }

    @Test
    void noLetterForAnAssessmentBelowTheThreshold() {
        String id = Requests.created(Requests.unique("p"), "APP-69", Track.TECHNICAL_TALENT,
                Applicants.talent70().with(FactKey.FIELD, "OTHER_HIGH_TECH").with(FactKey.AWARDS, 1));
        given().auth().oauth2(Tokens.committee())
                .when().post("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(Tokens.committee())
                .when().get("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(404);
    }

    @Test
    void aPartnerCannotIssueALetter() {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-PL", Track.TECHNICAL_TALENT, Applicants.talent70());
        given().auth().oauth2(Tokens.partner(partner))
                .when().post("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(403);
    }

    @Test
    void publishesRecommendationIssuedForDocumentsService() {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-EV", Track.ENTREPRENEURIAL_TEAM_MEMBER, Applicants.teamMember70());
        String number = given().auth().oauth2(Tokens.committee())
                .when().post("/api/v1/assessments/" + id + "/recommendation")
                .then().statusCode(201).extract().path("letterNumber");
        ConsumerRecord<String, String> record = EventProbe.awaitRecords(Topics.ELIGIBILITY_RECOMMENDATIONS, 1,
                r -> id.equals(r.key())).get(0);
        assertEquals("cn.zgc.eligibility.RecommendationIssued.v1", EventProbe.header(record, "ce_type").orElseThrow());
        JsonPath data = new JsonPath(record.value());
        assertEquals(number, data.getString("letterNumber"));
        assertEquals(id, data.getString("assessmentId"));
        assertEquals(partner, data.getString("partnerId"));
        assertEquals("APP-EV", data.getString("applicantRef"));
        assertEquals("ENTREPRENEURIAL_TEAM_MEMBER", data.getString("track"));
    }
}
