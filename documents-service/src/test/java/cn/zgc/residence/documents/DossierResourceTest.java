package cn.zgc.residence.documents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierResourceTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    /** A simulated outage opens the breaker to eligibility-service; no test leaves it open for the next. */
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void opensADossierForAnEligibleAssessmentWithEveryItemMissing() {
        String partner = unique("p-open");
        UUID assessment = UUID.randomUUID();
        EligibilityStub.assessment(assessment, "APP-1", "TECHNICAL_TALENT", true);
        String token = Tokens.partner(partner);
        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", assessment, "applicantRef", "APP-1", "facts", Documents.facts("TECHNICAL_TALENT")))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("status", equalTo("OPEN"))
                .body("items", hasSize(9))
                .body("items.status", everyItem(equalTo("MISSING")))
                .body("factsConfirmed", equalTo(true))
                .extract().header("Location");
        assertThat(EligibilityStub.requests(assessment, "Bearer " + token)).as("the partner's token is forwarded").hasSize(1);
        given().auth().oauth2(token).when().get(location).then().statusCode(200).body("applicantRef", equalTo("APP-1"));
        given().auth().oauth2(Tokens.partner(unique("p-other"))).when().get(location).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.officer()).when().get(location).then().statusCode(200);
        EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1, r -> r.value().contains(assessment.toString())
                && EventProbe.header(r, "ce_type").orElse("").equals(EventType.DOSSIER_OPENED.ceType()));
    }

    @Test
    void refusesAnAssessmentThatIsNotEligibleOrAlreadyHasADossier() {
        String token = Tokens.partner(unique("p-refuse"));
        UUID notEligible = UUID.randomUUID();
        EligibilityStub.assessment(notEligible, "APP-2", "TECHNICAL_TALENT", false);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", notEligible, "applicantRef", "APP-2", "facts", Documents.facts("TECHNICAL_TALENT")))
                .when().post("/api/v1/dossiers").then().statusCode(422);
        UUID twice = UUID.randomUUID();
        EligibilityStub.assessment(twice, "APP-3", "TECHNICAL_TALENT", true);
        var body = Map.of("assessmentId", twice, "applicantRef", "APP-3", "facts", Documents.facts("TECHNICAL_TALENT"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/dossiers").then().statusCode(409);
    }

    @Test
    void answersServiceUnavailableWhileEligibilityServiceIsDown() {
        UUID assessment = UUID.randomUUID();
        EligibilityStub.unavailable(assessment);
        given().auth().oauth2(Tokens.partner(unique("p-down"))).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", assessment, "applicantRef", "APP-4", "facts", Documents.facts("TECHNICAL_TALENT")))
                .when().post("/api/v1/dossiers")
                .then().statusCode(503).contentType("application/problem+json");
        // one call and two retries at most; fewer when the breaker is already open
        assertThat(EligibilityStub.requests(assessment)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void acceptsOrRejectsEachDocumentWithEveryReason() {
        String token = Tokens.partner(unique("p-review"));
        String dossier = open(token, "TECHNICAL_TALENT");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Documents.acceptable("MEDICAL_CERTIFICATE"))
                .when().put(dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("reasons", hasSize(0));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Documents.medical(Documents.TODAY.minusMonths(6).minusDays(1)))
                .when().put(dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("reasons.code", contains("MEDICAL_CERTIFICATE_TOO_OLD"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Documents.acceptable("EMPLOYMENT_CERTIFICATE"))
                .when().put(dossier + "/documents/EMPLOYMENT_CERTIFICATE").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Documents.workPermit("Senior Engineer"))
                .when().put(dossier + "/documents/WORK_PERMIT")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("reasons.code", contains("WORK_PERMIT_MISMATCH:position"));
        given().auth().oauth2(token).header("Accept-Language", "zh").when().get(dossier).then().statusCode(200)
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.status", equalTo("REJECTED"))
                .body("items.find { it.code == 'WORK_PERMIT' }.reasons[0].message", equalTo("职务与任职证明不一致"))
                .body("items.find { it.code == 'PHOTOS' }.status", equalTo("MISSING"));
        EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1, r -> r.key().equals(id(dossier))
                && r.value().contains("WORK_PERMIT_MISMATCH:position"));
    }

    @Test
    void refusesUnknownCodesAndImpossibleDatesStoringNothing() {
        String token = Tokens.partner(unique("p-bad"));
        String dossier = open(token, "TECHNICAL_TALENT");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("issuedOn", "2026-01-01"))
                .when().put(dossier + "/documents/BIRTH_CERTIFICATE")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Documents.medical(Documents.TODAY.plusDays(1)))
                .when().put(dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(400).body("errors.field", contains("issuedOn"));
        var permit = new java.util.HashMap<>(Documents.acceptable("PASSPORT"));
        permit.put("validUntil", Documents.TODAY.minusYears(6).toString());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(permit)
                .when().put(dossier + "/documents/PASSPORT")
                .then().statusCode(400).body("errors.field", contains("validUntil"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("turned18In", "2005-09", "entries", List.of(Map.of("from", "2010-07", "to", "2010-05", "activity", "x"))))
                .when().put(dossier + "/documents/RESUME")
                .then().statusCode(400).body("errors.field", contains("entries[0].to"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("issuer", "A_FRIEND", "issuedOn", "2026-01-01"))
                .when().put(dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(400).body("errors.field", contains("issuer"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("kind", "NATURALIZATION_PAPER"))
                .when().put(dossier + "/documents/FORMER_CITIZENSHIP_PROOF")
                .then().statusCode(422);
        given().auth().oauth2(token).when().get(dossier).then().statusCode(200)
                .body("items.status", everyItem(equalTo("MISSING")));
    }

    @Test
    void completesWhenEveryItemIsAcceptedAsOfTheAcceptanceDate() {
        String token = Tokens.partner(unique("p-complete"));
        UUID assessment = UUID.randomUUID();
        String dossier = open(token, "ENTREPRENEURIAL_TEAM_MEMBER", assessment);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("acceptanceDate", Documents.TODAY.toString()))
                .when().post(dossier + "/submission")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(9))
                .body("errors.field", hasItems("items.PHOTOS", "items.RESUME"));
        for (String code : Documents.BASE_LIST) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Documents.acceptable(code))
                    .when().put(dossier + "/documents/" + code)
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("acceptanceDate", Documents.TODAY.plusMonths(5).plusDays(1).toString()))
                .when().post(dossier + "/submission")
                .then().statusCode(422)
                .body("errors.field", hasItems("items.MEDICAL_CERTIFICATE", "items.PHOTOS", "items.TAX_CERTIFICATES"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("acceptanceDate", Documents.TODAY.minusDays(20).toString()))
                .when().post(dossier + "/submission")
                .then().statusCode(400).body("errors[0].field", equalTo("acceptanceDate"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("acceptanceDate", Documents.TODAY.toString()))
                .when().post(dossier + "/submission")
                .then().statusCode(200).body("status", equalTo("COMPLETE"))
                .body("applicationKind", equalTo("FIRST_APPLICATION"))
                .body("items.status", everyItem(equalTo("ACCEPTED")));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("acceptanceDate", Documents.TODAY.toString()))
                .when().post(dossier + "/submission").then().statusCode(409);
        var completed = EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1, r -> r.key().equals(id(dossier))
                && EventProbe.header(r, "ce_type").orElse("").equals(EventType.DOSSIER_COMPLETED.ceType()));
        assertThat(completed.get(0).value()).contains("\"applicationKind\":\"FIRST_APPLICATION\"")
                .contains(assessment.toString()).doesNotContain("Anna");
    }

    @Test
    void blocksSubmissionWhileAHouseholdRegistrationIsNotCancelled() {
        String token = Tokens.partner(unique("p-hukou"));
        String dossier = open(token, "TECHNICAL_TALENT");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("track", "TECHNICAL_TALENT", "employerKind", "PUBLIC_INSTITUTION",
                        "formerChineseCitizen", true, "holdsChineseHouseholdRegistration", true))
                .when().put(dossier + "/facts")
                .then().statusCode(200)
                .body("items.code", hasItems("PUBLIC_INSTITUTION_CERTIFICATE", "FORMER_CITIZENSHIP_PROOF"))
                .body("blocking.code", contains("HOUSEHOLD_REGISTRATION"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("acceptanceDate", Documents.TODAY.toString()))
                .when().post(dossier + "/submission")
                .then().statusCode(422)
                .body("errors.field", hasItem("facts.HOLDS_HOUSEHOLD_REGISTRATION"));
    }

    static String open(String token, String track) {
        return open(token, track, UUID.randomUUID());
    }

    static String open(String token, String track, UUID assessment) {
        EligibilityStub.assessment(assessment, "APP-" + assessment, track, true);
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", assessment, "applicantRef", "APP-" + assessment.toString().substring(0, 8),
                        "facts", Documents.facts(track)))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().header("Location");
    }

    static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
