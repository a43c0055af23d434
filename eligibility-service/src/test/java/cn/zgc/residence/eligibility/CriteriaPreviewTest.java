package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CriteriaPreviewTest {

    private static JsonPath dryRun(Map<String, Object> draft, String query) {
        return given().auth().oauth2(Tokens.committee("committee-preview")).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/criteria/dry-run" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long storedAssessments() {
        return given().auth().oauth2(Tokens.committee()).queryParam("size", 1).when().get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    @Test
    void aHigherThresholdShowsTheApplicantAt70NoLongerEligibleAndStoresNothing() {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-PREVIEW", Track.TECHNICAL_TALENT, Applicants.talent70());
        String before = given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/assessments/" + id)
                .then().statusCode(200).extract().asString();
        long stored = storedAssessments();
        int year = Requests.freeYear();
        Map<String, Object> draft = CriteriaResourceTest.publication("zgc-preview-" + year, year + "-01-01", null);
        draft.put("threshold", 75);

        JsonPath preview = dryRun(draft, "?changedOnly=true&size=200");
        assertThat(preview.getLong("assessments")).isEqualTo(stored);
        assertThat(preview.getLong("verdictChanges")).isPositive();
        assertThat(preview.getLong("becomeIneligible")).isPositive();
        assertThat(preview.getLong("becomeEligible")).isZero();
        assertThat(preview.getLong("totalChanges")).isZero();
        assertThat(preview.getInt("draftThreshold")).isEqualTo(75);
        Map<String, Object> mine = preview.<Map<String, Object>>getList("entries").stream()
                .filter(e -> id.equals(e.get("assessmentId"))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("oldTotal", 70).containsEntry("newTotal", 70)
                .containsEntry("oldEligible", true).containsEntry("newEligible", false)
                .containsEntry("verdictChanges", true).containsEntry("totalChanges", false)
                .containsEntry("criteriaVersion", "baseline-2024");

        // nothing stored: no version, the assessment as it was, as many assessments
        given().auth().oauth2(Tokens.committee()).when().get("/api/v1/criteria/zgc-preview-" + year)
                .then().statusCode(404);
        assertThat(given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/assessments/" + id)
                .then().statusCode(200).extract().asString()).isEqualTo(before);
        assertThat(storedAssessments()).isEqualTo(stored);
    }

    @Test
    @SuppressWarnings("unchecked")
    void fewerPointsForAgeChangeTotalsAndTheBaselineItselfChangesNothing() {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-PREVIEW-2", Track.TECHNICAL_TALENT, Applicants.talent70());
        int year = Requests.freeYear();

        Map<String, Object> same = CriteriaResourceTest.publication("zgc-same-" + year, year + "-01-01", null);
        JsonPath unchanged = dryRun(same, "");
        assertThat(unchanged.getLong("assessments")).isPositive();
        assertThat(unchanged.getLong("totalChanges")).isZero();
        assertThat(unchanged.getLong("verdictChanges")).isZero();
        assertThat(unchanged.getLong("notScorable")).isZero();
        assertThat(unchanged.getList("entries")).hasSizeLessThanOrEqualTo(50);
        assertThat(unchanged.getInt("size")).isEqualTo(50);

        Map<String, Object> richer = CriteriaResourceTest.publication("zgc-richer-" + year, year + "-01-01", null);
        List<Map<String, Object>> factors = (List<Map<String, Object>>) ((Map<String, Object>)
                ((Map<String, Object>) richer.get("tracks")).get("TECHNICAL_TALENT")).get("factors");
        Map<String, Object> age = factors.stream().filter(f -> "AGE".equals(f.get("fact"))).findFirst().orElseThrow();
        List<Map<String, Object>> bands = (List<Map<String, Object>>) age.get("bands");
        bands.forEach(b -> b.put("points", Math.max(0, ((Number) b.get("points")).intValue() - 2)));
        // the two points go to the top band of Chinese (HSK), which this applicant does not reach: still 100 in all
        Map<String, Object> hsk = factors.stream().filter(f -> "HSK_LEVEL".equals(f.get("fact"))).findFirst().orElseThrow();
        ((List<Map<String, Object>>) hsk.get("bands")).stream()
                .max(java.util.Comparator.comparingInt(b -> ((Number) b.get("points")).intValue()))
                .ifPresent(b -> b.put("points", ((Number) b.get("points")).intValue() + 2));
        JsonPath changed = dryRun(richer, "?changedOnly=true&size=200");
        assertThat(changed.getLong("totalChanges")).isPositive();
        assertThat(changed.getLong("totalEntries")).isGreaterThanOrEqualTo(changed.getLong("totalChanges"));
        Map<String, Object> mine = changed.<Map<String, Object>>getList("entries").stream()
                .filter(e -> id.equals(e.get("assessmentId"))).findFirst().orElseThrow();
        assertThat(mine).containsEntry("oldTotal", 70).containsEntry("newTotal", 68)
                .containsEntry("newEligible", false).containsEntry("totalChanges", true);
    }

    @Test
    void onlyTheCommitteeMayAndABadDraftOrPageIsA400() {
        int year = Requests.freeYear();
        Map<String, Object> draft = CriteriaResourceTest.publication("zgc-bad-" + year, year + "-01-01", null);
        given().auth().oauth2(Tokens.partner(Requests.unique("p"))).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/criteria/dry-run").then().statusCode(403);
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/criteria/dry-run").then().statusCode(403);
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/criteria/dry-run?changedOnly=perhaps").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("changedOnly"));
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/criteria/dry-run?size=0").then().statusCode(400)
                .contentType("application/problem+json");
        draft.put("threshold", 101);
        draft.put("effectiveFrom", "2001-01-01");
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/criteria/dry-run").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("threshold")).body("errors.field", hasItem("effectiveFrom"));
        given().auth().oauth2(Tokens.committee()).when().get("/api/v1/criteria/zgc-bad-" + year)
                .then().statusCode(404).body("status", equalTo(404));
    }
}
