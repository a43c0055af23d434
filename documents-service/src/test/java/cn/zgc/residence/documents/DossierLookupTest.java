package cn.zgc.residence.documents;

import static cn.zgc.residence.documents.Dossiers.TODAY;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.immigration;
import static cn.zgc.residence.documents.Dossiers.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GET /api/v1/dossiers: one paged shape for the partner's look-up (by assessment or applicantRef, its own only) and the
 * officers' worklist (by state, hall and submission days, every partner's).
 */
@QuarkusTest
class DossierLookupTest {

    private static final String LIST = "/api/v1/dossiers";

    @Test
    void findsThePartnersOwnDossierByAssessmentByApplicantRefOrBoth() {
        String partner = unique("p-find");
        String applicant = unique("APP-FIND");
        UUID assessment = UUID.randomUUID();
        String id = Dossiers.open(partner, assessment, applicant, "TECHNICAL_TALENT");
        String token = Tokens.partner(partner);
        as(token).queryParam("assessmentId", assessment.toString()).get(LIST)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("dossiers.id", contains(id))
                .body("dossiers[0].assessmentId", equalTo(assessment.toString()))
                .body("dossiers[0].applicantRef", equalTo(applicant))
                .body("dossiers[0].state", equalTo("OPEN"))
                .body("dossiers[0].letterNumber", startsWith("ZGC-2026-"))
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(20));
        as(token).queryParam("applicantRef", applicant).get(LIST).then().statusCode(200).body("dossiers.id", contains(id));
        as(token).queryParam("assessmentId", assessment.toString()).queryParam("applicantRef", applicant).get(LIST)
                .then().statusCode(200).body("dossiers.id", contains(id));
        // both filters must match
        as(token).queryParam("assessmentId", UUID.randomUUID().toString()).queryParam("applicantRef", applicant).get(LIST)
                .then().statusCode(200).body("dossiers", empty()).body("total", equalTo(0));
    }

    @Test
    void showsAPartnerNothingOfAnotherPartnersDossiersAndImmigrationEveryPartners() {
        String applicant = unique("APP-SHARED");
        UUID assessment = UUID.randomUUID();
        String ofFirst = Dossiers.open(unique("p-first"), assessment, applicant, "TECHNICAL_TALENT");
        String ofSecond = Dossiers.open(unique("p-second"), UUID.randomUUID(), applicant, "TECHNICAL_TALENT");
        as(Tokens.partner(unique("p-stranger"))).queryParam("applicantRef", applicant).get(LIST)
                .then().statusCode(200).body("dossiers", empty()).body("total", equalTo(0));
        immigration().queryParam("applicantRef", applicant).get(LIST)
                .then().statusCode(200).body("dossiers.id", containsInAnyOrder(ofFirst, ofSecond)).body("total", equalTo(2));
    }

    @Test
    void givesOfficersAWorklistByStateHallAndSubmissionDayPagedAndSorted() {
        String partner = unique("p-work");
        String applicant = unique("APP-WORK");
        String first = Dossiers.open(partner, UUID.randomUUID(), applicant, "TECHNICAL_TALENT");
        String second = Dossiers.open(partner, UUID.randomUUID(), applicant, "TECHNICAL_TALENT");
        String notSubmitted = Dossiers.open(partner, UUID.randomUUID(), applicant, "TECHNICAL_TALENT");
        for (String d : new String[] {first, second}) {
            Dossiers.makeReady(partner, d);
            Dossiers.submit(partner, d);
        }
        String today = TODAY.toString();
        immigration().queryParam("state", "SUBMITTED").queryParam("applicantRef", applicant).queryParam("hallId", Dossiers.HALL)
                .queryParam("submittedFrom", today).queryParam("submittedTo", today).queryParam("sort", "submittedAt")
                .get(LIST).then().statusCode(200).body("dossiers.id", contains(first, second)).body("total", equalTo(2))
                .body("dossiers.state", everyItem(equalTo("SUBMITTED")));
        immigration().queryParam("state", "SUBMITTED").queryParam("applicantRef", applicant).queryParam("sort", "-submittedAt")
                .queryParam("size", "1").queryParam("page", "1")
                .get(LIST).then().statusCode(200).body("dossiers.id", contains(first)).body("total", equalTo(2))
                .body("size", equalTo(1)).body("page", equalTo(1));
        immigration().queryParam("state", "SUBMITTED").queryParam("submittedTo", TODAY.minusDays(1).toString())
                .queryParam("applicantRef", applicant).get(LIST).then().statusCode(200).body("total", equalTo(0));
        immigration().queryParam("state", "OPEN").queryParam("applicantRef", applicant).get(LIST)
                .then().statusCode(200).body("dossiers.id", contains(notSubmitted));
        immigration().queryParam("state", "SUBMITTED").get(LIST).then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2)).body("dossiers", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(20)));
    }

    @Test
    void refusesBadParametersNamingEachOne() {
        String token = Tokens.partner(unique("p-badinput"));
        for (String bad : new String[] {"not-a-uuid", "1-1-1-1-1", "0b7f3c1e-2a4d-4e55-9a41-1c2f5f7f0c1g"}) {
            as(token).queryParam("assessmentId", bad).get(LIST)
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("assessmentId"));
        }
        as(token).queryParam("applicantRef", "A".repeat(65)).get(LIST)
                .then().statusCode(400).body("errors.field", contains("applicantRef"));
        immigration().queryParam("state", "COMPLETE").queryParam("submittedFrom", "yesterday").queryParam("size", "0")
                .queryParam("page", "-1").queryParam("sort", "name").get(LIST)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("state", "submittedFrom", "size", "page", "sort"));
        immigration().queryParam("submittedFrom", "2026-03-10").queryParam("submittedTo", "2026-03-01").get(LIST)
                .then().statusCode(400).body("errors.field", contains("submittedTo"));
    }

    @Test
    void refusesACallerWithoutAValidToken() {
        given().queryParam("assessmentId", UUID.randomUUID().toString()).get(LIST)
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.expired(unique("p-expired"))).get(LIST).then().statusCode(401);
    }

    @Test
    void documentsTheListWithItsTagSummaryAndEveryStatus() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/dossiers'.get.tags", contains("Dossiers"))
                .body("paths.'/api/v1/dossiers'.get.summary", startsWith("List dossiers"))
                .body("paths.'/api/v1/dossiers'.get.parameters.name",
                        hasItems("assessmentId", "applicantRef", "state", "hallId", "submittedFrom", "submittedTo", "page", "size", "sort"))
                .body("paths.'/api/v1/dossiers'.get.responses.keySet()", hasItems("200", "400", "401", "403"))
                .body("paths.'/api/v1/dossiers'.post", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void documentsEveryStatusOfTheHallsMoves() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String move : new String[] {"acceptance", "return", "decision", "card-production", "card-collection",
                "items/{code}/review"}) {
            assertThat(document.getMap("paths.'/api/v1/dossiers/{id}/" + move + "'.post.responses").keySet())
                    .as(move).contains("200", "400", "401", "403", "404", "409", "412");
        }
        assertThat(document.getMap("paths.'/api/v1/dossiers/{id}/acceptance'.post.responses").keySet()).contains("422");
        assertThat(document.getMap("paths.'/api/v1/dossiers/{id}/submission'.post.responses").keySet())
                .contains("200", "409", "412", "422", "503");
    }
}
