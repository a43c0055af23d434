package cn.zgc.residence.eligibility;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.eligibility.domain.FactKey;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    @Test
    void storesAnAssessmentAndAnswersCreatedWithItsLocation() {
        String partner = Requests.unique("p");
        Response created = Requests.create(partner, Requests.assessment("APP-1", Track.TECHNICAL_TALENT,
                        Applicants.talent70()))
                .statusCode(201)
                .header("Location", containsString("/api/v1/assessments/"))
                .body("total", equalTo(70))
                .body("threshold", equalTo(70))
                .body("eligible", equalTo(true))
                .body("criteriaVersion", equalTo("baseline-2024"))
                .body("partnerId", equalTo(partner))
                .body("prerequisites", hasSize(2))
                .body("factors.find { it.code == 'salary' }.points", equalTo(10))
                .body("factors.find { it.code == 'salary' }.value", equalTo("500000"))
                .body("missingFacts", hasSize(0))
                .extract().response();
        given().auth().oauth2(Tokens.partner(partner))
                .when().get(created.header("Location"))
                .then().statusCode(200)
                .body("id", equalTo(created.path("id")))
                .body("total", equalTo(70))
                .body("facts.education", equalTo("DOCTORATE"))
                .body("recommendation", nullValue());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAssessment() {
        String partner = Requests.unique("p");
        Map<String, Object> body = Requests.assessment("APP-IDEM", Track.TECHNICAL_TALENT, Applicants.talent70());
        String first = given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", "key-1")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/assessments")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", "key-1")
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/assessments")
                .then().statusCode(201).header("Location", endsWith(first)).body("id", equalTo(first));
        given().auth().oauth2(Tokens.partner(partner)).queryParam("applicantRef", "APP-IDEM")
                .when().get("/api/v1/assessments")
                .then().statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        String partner = Requests.unique("p");
        given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", "key-2").contentType(ContentType.JSON)
                .body(Requests.assessment("APP-A", Track.TECHNICAL_TALENT, Applicants.talent70()))
                .when().post("/api/v1/assessments").then().statusCode(201);
        given().auth().oauth2(Tokens.partner(partner)).header("Idempotency-Key", "key-2").contentType(ContentType.JSON)
                .body(Requests.assessment("APP-B", Track.TECHNICAL_TALENT, Applicants.talent70()))
                .when().post("/api/v1/assessments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:idempotency-key-reused"));
    }

    @Test
    void anotherPartnersAssessmentIsNotFoundButTheCommitteeSeesIt() {
        String id = Requests.created(Requests.unique("owner"), "APP-OWN", Track.TECHNICAL_TALENT, Applicants.talent70());
        given().auth().oauth2(Tokens.partner(Requests.unique("other")))
                .when().get("/api/v1/assessments/" + id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.committee())
                .when().get("/api/v1/assessments/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void listsAnApplicantsAssessmentsNewestFirstInPages() {
        String partner = Requests.unique("p");
        String ref = Requests.unique("APP");
        String older = Requests.created(partner, ref, Track.TECHNICAL_TALENT, Applicants.talent70());
        String newer = Requests.created(partner, ref, Track.TECHNICAL_TALENT,
                Applicants.talent70().with(FactKey.AWARDS, 2));
        Requests.created(partner, Requests.unique("APP"), Track.TECHNICAL_TALENT, Applicants.talent70());
        given().auth().oauth2(Tokens.partner(partner)).queryParam("applicantRef", ref).queryParam("size", 1)
                .when().get("/api/v1/assessments")
                .then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items", hasSize(1)).body("items[0].id", equalTo(newer));
        given().auth().oauth2(Tokens.partner(partner)).queryParam("applicantRef", ref).queryParam("size", 1)
                .queryParam("page", 1)
                .when().get("/api/v1/assessments")
                .then().statusCode(200).body("items[0].id", equalTo(older));
        given().auth().oauth2(Tokens.partner(Requests.unique("other"))).queryParam("applicantRef", ref)
                .when().get("/api/v1/assessments")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(Tokens.committee()).queryParam("applicantRef", ref)
                .when().get("/api/v1/assessments")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void rejectsAbsurdValuesNamingEachFieldAndStoresNothing() {
        String partner = Requests.unique("p");
        Applicants absurd = Applicants.talent70().with(FactKey.AGE, 7)
                .with(FactKey.PREVIOUS_YEAR_SALARY_CNY, new BigDecimal("-1"))
                .with(FactKey.SHAREHOLDING_PERCENT, new BigDecimal("150"));
        Requests.create(partner, Requests.assessment("APP-BAD", Track.TECHNICAL_TALENT, absurd))
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:validation"))
                .body("errors.field", hasItems("facts.age", "facts.previousYearSalaryCny", "facts.shareholdingPercent"));
        given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/assessments")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void rejectsAFutureDateForAPastFact() {
        Applicants future = Applicants.talent70();
        Map<String, Object> body = Requests.assessment("APP-F", Track.TECHNICAL_TALENT, future);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) body.get("facts");
        facts.put("zhongguancunEmploymentSince", LocalDate.now().plusYears(1).toString());
        Requests.create(Requests.unique("p"), body)
                .statusCode(400).body("errors.field", hasItem("facts.zhongguancunEmploymentSince"));
    }

    @Test
    void rejectsAnUnknownTrackAndAFutureAssessmentDate() {
        Map<String, Object> body = Requests.assessment("APP-T", Track.TECHNICAL_TALENT, Applicants.talent70());
        body.put("track", "ASTRONAUT");
        Requests.create(Requests.unique("p"), body)
                .statusCode(400).body("errors.field", hasItem("track"));
        body.put("track", "TECHNICAL_TALENT");
        body.put("asOf", LocalDate.now().plusDays(40).toString());
        Requests.create(Requests.unique("p"), body)
                .statusCode(400).body("errors.field", hasItem("asOf"));
    }

    @Test
    void rejectsAnAssessmentWithoutTheTracksRequiredFacts() {
        Requests.create(Requests.unique("p"), Requests.assessment("APP-R", Track.TECHNICAL_TALENT,
                        Applicants.talent70().without(FactKey.EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE)))
                .statusCode(400)
                .body("errors.field", hasItem("facts.employerZhongguancunHighTechInScope"));
    }

    @Test
    void theCommitteeCannotStoreAnAssessment() {
        given().auth().oauth2(Tokens.committee()).contentType(ContentType.JSON)
                .body(Requests.assessment("APP-O", Track.TECHNICAL_TALENT, Applicants.talent70()))
                .when().post("/api/v1/assessments")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void evaluatesAWhatIfWithWhatItTakesAndStoresNothing() {
        String partner = Requests.unique("p");
        given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("track", "TECHNICAL_TALENT",
                        "facts", Applicants.talent70().with(FactKey.FIELD, "OTHER_HIGH_TECH").json()))
                .when().post("/api/v1/assessments/evaluate")
                .then().statusCode(200)
                .body("total", equalTo(65))
                .body("eligible", equalTo(false))
                .body("whatItTakes[0].changes", hasSize(1))
                .body("whatItTakes[0].changes[0].field", equalTo("field"))
                .body("whatItTakes[0].changes[0].to", equalTo("ARTIFICIAL_INTELLIGENCE"))
                .body("whatItTakes[0].pointsAdded", equalTo(5))
                .body("whatItTakes[0].text", containsString("+5"));
        given().auth().oauth2(Tokens.partner(partner)).when().get("/api/v1/assessments")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void answersInChineseWhenTheCallerPrefersIt() {
        given().auth().oauth2(Tokens.partner(Requests.unique("p"))).contentType(ContentType.JSON)
                .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .body(Map.of("track", "TECHNICAL_TALENT", "facts", Applicants.talent70()
                        .with(FactKey.EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE, false).with(FactKey.AWARDS, 0).json()))
                .when().post("/api/v1/assessments/evaluate")
                .then().statusCode(200)
                .body("factors.find { it.code == 'education' }.label", equalTo("学历"))
                .body("prerequisites.find { !it.met }.reason", equalTo("用人单位不是纳入中关村统计范围的高新技术企业"));
        given().auth().oauth2(Tokens.partner(Requests.unique("p"))).contentType(ContentType.JSON)
                .body(Map.of("track", "TECHNICAL_TALENT", "facts", Applicants.talent70().json()))
                .when().post("/api/v1/assessments/evaluate")
                .then().statusCode(200)
                .body("factors.find { it.code == 'education' }.label", equalTo("Education"));
    }

    @Test
    void publishesAssessmentCompletedWithoutPersonalData() {
        String partner = Requests.unique("p");
        String id = Requests.created(partner, "APP-EVT", Track.ENTREPRENEURIAL_TEAM_MEMBER, Applicants.teamMember70());
        List<ConsumerRecord<String, String>> records = EventProbe.awaitRecords(Topics.ELIGIBILITY_ASSESSMENTS, 1,
                r -> id.equals(r.key()));
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals("cn.zgc.eligibility.AssessmentCompleted.v1", EventProbe.header(record, "ce_type").orElseThrow());
        io.restassured.path.json.JsonPath data = new io.restassured.path.json.JsonPath(record.value());
        assertEquals(partner, data.getString("partnerId"));
        assertEquals(70, data.getInt("total"));
        assertEquals(true, data.getBoolean("eligible"));
        assertEquals("baseline-2024", data.getString("criteriaVersion"));
        assertEquals("ENTREPRENEURIAL_TEAM_MEMBER", data.getString("track"));
    }

    @Test
    void aPathThatIsNotAnIdIsNotFound() {
        given().auth().oauth2(Tokens.committee()).when().get("/api/v1/assessments/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json").body("detail", not(containsString("Exception")));
    }
}
