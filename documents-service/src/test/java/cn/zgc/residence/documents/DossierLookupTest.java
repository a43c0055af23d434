package cn.zgc.residence.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** GET /api/v1/dossiers?assessmentId=&applicantRef=: how a partner finds a dossier it did not open itself. */
@QuarkusTest
class DossierLookupTest {

    @Test
    void findsThePartnersOwnDossierByAssessmentByApplicantRefOrBoth() {
        String partner = DossierResourceTest.unique("p-find");
        String applicant = DossierResourceTest.unique("APP-FIND");
        UUID assessment = UUID.randomUUID();
        String id = open(partner, assessment, applicant);
        String token = Tokens.partner(partner);

        given().auth().oauth2(token).queryParam("assessmentId", assessment.toString())
                .when().get("/api/v1/dossiers")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", contains(id))
                .body("[0].assessmentId", equalTo(assessment.toString()))
                .body("[0].applicantRef", equalTo(applicant))
                .body("[0].items", hasSize(9))
                .body("[0].items.status", everyItem(equalTo("MISSING")));
        given().auth().oauth2(token).queryParam("applicantRef", applicant)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("id", contains(id));
        given().auth().oauth2(token).queryParam("assessmentId", assessment.toString()).queryParam("applicantRef", applicant)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("id", contains(id));
    }

    @Test
    void listsEveryDossierOfAnApplicantOldestFirst() {
        String partner = DossierResourceTest.unique("p-two");
        String applicant = DossierResourceTest.unique("APP-TWO");
        String first = open(partner, UUID.randomUUID(), applicant);
        String second = open(partner, UUID.randomUUID(), applicant);
        given().auth().oauth2(Tokens.partner(partner)).queryParam("applicantRef", applicant)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("id", contains(first, second));
    }

    @Test
    void showsAPartnerNothingOfAnotherPartnersDossiers() {
        String owner = DossierResourceTest.unique("p-owner");
        String applicant = DossierResourceTest.unique("APP-OWNED");
        UUID assessment = UUID.randomUUID();
        open(owner, assessment, applicant);
        String stranger = Tokens.partner(DossierResourceTest.unique("p-stranger"));

        given().auth().oauth2(stranger).queryParam("assessmentId", assessment.toString())
                .when().get("/api/v1/dossiers").then().statusCode(200).body("$", empty());
        given().auth().oauth2(stranger).queryParam("applicantRef", applicant)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("$", empty());
    }

    @Test
    void showsAnOfficerEveryPartnersDossiers() {
        String applicant = DossierResourceTest.unique("APP-SHARED");
        UUID assessment = UUID.randomUUID();
        String ofFirst = open(DossierResourceTest.unique("p-first"), assessment, applicant);
        String ofSecond = open(DossierResourceTest.unique("p-second"), UUID.randomUUID(), applicant);

        given().auth().oauth2(Tokens.officer()).queryParam("assessmentId", assessment.toString())
                .when().get("/api/v1/dossiers").then().statusCode(200).body("id", contains(ofFirst));
        given().auth().oauth2(Tokens.officer()).queryParam("applicantRef", applicant)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("id", containsInAnyOrder(ofFirst, ofSecond));
    }

    @Test
    void answersAnEmptyListWhenNoDossierMatches() {
        String partner = DossierResourceTest.unique("p-none");
        String applicant = DossierResourceTest.unique("APP-NONE");
        open(partner, UUID.randomUUID(), applicant);
        String token = Tokens.partner(partner);

        given().auth().oauth2(token).queryParam("assessmentId", UUID.randomUUID().toString())
                .when().get("/api/v1/dossiers").then().statusCode(200).body("$", empty());
        // both filters must match: the applicant's dossier is for another assessment
        given().auth().oauth2(token).queryParam("assessmentId", UUID.randomUUID().toString()).queryParam("applicantRef", applicant)
                .when().get("/api/v1/dossiers").then().statusCode(200).body("$", empty());
    }

    @Test
    void refusesASearchWithoutAnyFilterNamingBothParameters() {
        String token = Tokens.partner(DossierResourceTest.unique("p-nofilter"));
        given().auth().oauth2(token).when().get("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("assessmentId", "applicantRef"));
        given().auth().oauth2(token).queryParam("assessmentId", " ").queryParam("applicantRef", "")
                .when().get("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("assessmentId", "applicantRef"));
    }

    @Test
    void refusesAnAssessmentIdThatIsNotAUuidOrAnOverlongApplicantRef() {
        String token = Tokens.partner(DossierResourceTest.unique("p-badinput"));
        for (String bad : new String[] {"not-a-uuid", "1-1-1-1-1", "0b7f3c1e-2a4d-4e55-9a41-1c2f5f7f0c1g"}) {
            given().auth().oauth2(token).queryParam("assessmentId", bad)
                    .when().get("/api/v1/dossiers")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("assessmentId"));
        }
        given().auth().oauth2(token).queryParam("applicantRef", "A".repeat(65))
                .when().get("/api/v1/dossiers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("applicantRef"));
    }

    @Test
    void refusesACallerWithoutAValidToken() {
        given().queryParam("assessmentId", UUID.randomUUID().toString())
                .when().get("/api/v1/dossiers").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.expired(DossierResourceTest.unique("p-expired"))).queryParam("assessmentId", UUID.randomUUID().toString())
                .when().get("/api/v1/dossiers").then().statusCode(401);
    }

    @Test
    void documentsTheLookupWithItsTagSummaryAndEveryStatus() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/dossiers'.get.tags", contains("Dossiers"))
                .body("paths.'/api/v1/dossiers'.get.summary", startsWith("Find dossiers"))
                .body("paths.'/api/v1/dossiers'.get.parameters.name", hasItems("assessmentId", "applicantRef"))
                .body("paths.'/api/v1/dossiers'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'/api/v1/dossiers'.get.responses.'200'.content.'application/json'.schema.type", equalTo("array"));
    }

    /** Opens a dossier through the API as the partner, for an eligible assessment stubbed on eligibility-service. */
    private static String open(String partner, UUID assessment, String applicantRef) {
        EligibilityStub.assessment(assessment, applicantRef, "TECHNICAL_TALENT", true);
        return given().auth().oauth2(Tokens.partner(partner)).contentType(ContentType.JSON)
                .body(Map.of("assessmentId", assessment, "applicantRef", applicantRef,
                        "facts", Documents.facts("TECHNICAL_TALENT")))
                .when().post("/api/v1/dossiers")
                .then().statusCode(201).extract().path("id");
    }
}
