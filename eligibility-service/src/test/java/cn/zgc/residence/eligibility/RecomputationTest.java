package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zgc.residence.eligibility.domain.Outcome;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.repository.AssessmentEntity;
import cn.zgc.residence.eligibility.repository.AssessmentRepository;
import cn.zgc.residence.eligibility.api.AssessmentRequest;
import cn.zgc.residence.eligibility.service.Assessor;
import cn.zgc.residence.testsupport.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RecomputationTest {

    @Inject
    AssessmentRepository assessments;
    @Inject
    Assessor assessor;
    @Inject
    ObjectMapper json;

    @Test
    @SuppressWarnings("unchecked")
    void aStoredAssessmentRecomputedWithItsVersionAndDateIsIdenticalAfterANewerVersion() throws Exception {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-RC", Track.TECHNICAL_TALENT, Applicants.talent70());
        String before = given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/assessments/" + id)
                .then().statusCode(200).extract().asString();

        int year = Requests.freeYear();
        Map<String, Object> newer = CriteriaResourceTest.publication("zgc-rc-" + year, year + "-01-01", null);
        newer.put("threshold", 90);
        List<Map<String, Object>> factors = (List<Map<String, Object>>) ((Map<String, Object>)
                ((Map<String, Object>) newer.get("tracks")).get("TECHNICAL_TALENT")).get("factors");
        ((List<Map<String, Object>>) factors.get(3).get("bands")).get(1).put("points", 2);
        ((List<Map<String, Object>>) factors.get(3).get("bands")).get(2).put("points", 4);
        CriteriaResourceTest.publish(newer, 201);

        AssessmentEntity stored = QuarkusTransaction.requiringNew().call(() -> assessments.findById(UUID.fromString(id)));
        Outcome original = json.readValue(stored.result, Outcome.class);
        Outcome again = assessor.recompute(assessor.version(stored.criteriaVersion), Track.valueOf(stored.track),
                stored.asOf, json.readValue(stored.input, AssessmentRequest.class).facts());
        assertEquals(original, again);
        assertEquals(given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/assessments/" + id)
                .then().statusCode(200).extract().asString(), before);

        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("track", "TECHNICAL_TALENT", "asOf", year + "-03-01", "facts", Applicants.talent70().json()))
                .when().post("/api/v1/assessments/evaluate")
                .then().statusCode(200)
                .body("criteriaVersion", org.hamcrest.Matchers.equalTo("zgc-rc-" + year))
                .body("eligible", org.hamcrest.Matchers.equalTo(false));
    }
}
