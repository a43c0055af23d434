package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may do what in eligibility: the committee publishes criteria and issues and revokes letters; partners (their
 * own), the committee and immigration read; partners and the committee evaluate what-ifs; the retired officer role
 * is refused everywhere.
 */
@QuarkusTest
class RolesTest {

    @Test
    void aTokenWithOnlyTheRetiredOfficerRoleIsRefusedEverywhere() {
        Requests.Issued letter = Requests.issued("APP-ROLES");
        String officer = Tokens.officer();
        as(officer).get("/api/v1/criteria").then().statusCode(403);
        as(officer).get("/api/v1/criteria/baseline-2024").then().statusCode(403);
        as(officer).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/criteria").then().statusCode(403);
        as(officer).get("/api/v1/assessments/" + letter.assessmentId()).then().statusCode(403);
        as(officer).get("/api/v1/assessments").then().statusCode(403);
        as(officer).contentType(ContentType.JSON).body(evaluation()).post("/api/v1/assessments/evaluate")
                .then().statusCode(403);
        as(officer).post("/api/v1/assessments/" + letter.assessmentId() + "/recommendation").then().statusCode(403);
        as(officer).get("/api/v1/assessments/" + letter.assessmentId() + "/recommendation").then().statusCode(403);
        as(officer).contentType(ContentType.JSON).body(Map.of("reason", "test"))
                .post("/api/v1/assessments/" + letter.assessmentId() + "/recommendation/revocation")
                .then().statusCode(403);
        as(officer).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void immigrationReadsButNeitherEvaluatesNorIssuesNorPublishes() {
        Requests.Issued letter = Requests.issued("APP-IMM");
        String immigration = Tokens.immigration();
        as(immigration).get("/api/v1/criteria").then().statusCode(200);
        as(immigration).get("/api/v1/assessments/" + letter.assessmentId()).then().statusCode(200);
        as(immigration).get("/api/v1/assessments/" + letter.assessmentId() + "/recommendation").then().statusCode(200);
        as(immigration).contentType(ContentType.JSON).body(evaluation()).post("/api/v1/assessments/evaluate")
                .then().statusCode(403);
        String other = Requests.created(Requests.unique("p"), "APP-IMM2", Track.TECHNICAL_TALENT, Applicants.talent70());
        as(immigration).post("/api/v1/assessments/" + other + "/recommendation").then().statusCode(403);
        as(immigration).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/criteria").then().statusCode(403);
        as(immigration).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void partnersAndTheCommitteeEvaluateWhatIfs() {
        as(Tokens.committee()).contentType(ContentType.JSON).body(evaluation()).post("/api/v1/assessments/evaluate")
                .then().statusCode(200);
        as(Tokens.partner(Requests.unique("p"))).contentType(ContentType.JSON).body(evaluation())
                .post("/api/v1/assessments/evaluate").then().statusCode(200);
    }

    @Test
    void aPartnerNeitherRevokesNorReadsTheAudit() {
        Requests.Issued letter = Requests.issued("APP-PREV");
        as(Tokens.partner(letter.partner())).contentType(ContentType.JSON).body(Map.of("reason", "mine"))
                .post("/api/v1/assessments/" + letter.assessmentId() + "/recommendation/revocation")
                .then().statusCode(403);
        as(Tokens.partner(letter.partner())).get("/api/v1/audit").then().statusCode(403);
    }

    private static Map<String, Object> evaluation() {
        return Map.of("track", Track.TECHNICAL_TALENT.name(), "facts", Applicants.talent70().json());
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).when();
    }
}
