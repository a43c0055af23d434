package cn.zgc.residence.documents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** RecommendationIssued in, dossier opened, DossierCompleted out, on the real broker. */
@QuarkusTest
class RecommendationFlowTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    /** A simulated outage opens the breaker to eligibility-service; no test leaves it open for the next. */
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private static final String SERVICE_TOKEN = "Bearer documents-service-test-token";

    @Test
    void opensADossierFromARecommendationAndCompletesIt() {
        String partner = DossierResourceTest.unique("p-flow");
        UUID assessment = UUID.randomUUID();
        EligibilityStub.assessment(assessment, "APP-FLOW", "TECHNICAL_TALENT", true);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), letter(assessment, partner));

        String dossierId = openedDossier(assessment);
        assertThat(EligibilityStub.requests(assessment, SERVICE_TOKEN)).as("asked with the service's token").isNotEmpty();
        // the worker and the scheduler (every 500 ms here) never both take the letter
        await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3))
                .until(() -> EligibilityStub.requests(assessment).size() == 1);
        String token = Tokens.partner(partner);
        given().auth().oauth2(token).when().get("/api/v1/dossiers/" + dossierId)
                .then().statusCode(200)
                .body("origin", equalTo("RECOMMENDATION"))
                .body("letterNumber", equalTo("ZGC-2026-000123"))
                .body("factsConfirmed", equalTo(false))
                .body("items", hasSize(9));
        given().auth().oauth2(Tokens.partner(DossierResourceTest.unique("p-stranger")))
                .when().get("/api/v1/dossiers/" + dossierId).then().statusCode(404);

        for (String code : Documents.BASE_LIST) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Documents.acceptable(code))
                    .when().put("/api/v1/dossiers/" + dossierId + "/documents/" + code)
                    .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(java.util.Map.of("acceptanceDate", Documents.TODAY.toString()))
                .when().post("/api/v1/dossiers/" + dossierId + "/submission")
                .then().statusCode(200).body("status", equalTo("COMPLETE"));
        List<ConsumerRecord<String, String>> completed = EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1,
                r -> r.key().equals(dossierId) && isType(r, EventType.DOSSIER_COMPLETED));
        assertThat(completed.get(0).value()).contains("FIRST_APPLICATION").contains(partner);
    }

    @Test
    void opensOneDossierWhenTheSameEventIsDeliveredTwice() {
        String partner = DossierResourceTest.unique("p-twice");
        UUID assessment = UUID.randomUUID();
        EligibilityStub.assessment(assessment, "APP-TWICE", "ENTREPRENEURIAL_TEAM_MEMBER", true);
        String eventId = UUID.randomUUID().toString();
        String data = letter(assessment, partner);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), data, eventId);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), data, eventId);
        openedDossier(assessment);
        // a later event for the same assessment, with a new id, finds the dossier already open
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), data);
        String marker = DossierResourceTest.unique("marker");
        UUID markerAssessment = UUID.randomUUID();
        EligibilityStub.assessment(markerAssessment, marker, "TECHNICAL_TALENT", true);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, markerAssessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), letter(markerAssessment, partner));
        openedDossier(markerAssessment);
        assertThat(EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS,
                r -> isType(r, EventType.DOSSIER_OPENED) && r.value().contains(assessment.toString()))).hasSize(1);
    }

    @Test
    void asksEligibilityOnceAndOpensOneDossierPerLetterWhenManyArriveTogether() {
        String partner = DossierResourceTest.unique("p-burst");
        List<UUID> assessments = java.util.stream.Stream.generate(UUID::randomUUID).limit(40).toList();
        for (UUID assessment : assessments) {
            EligibilityStub.assessment(assessment, "APP-BURST", "TECHNICAL_TALENT", true);
        }
        for (UUID assessment : assessments) {
            EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                    EventType.RECOMMENDATION_ISSUED.ceType(), letter(assessment, partner));
        }
        String token = Tokens.partner(partner);
        await().atMost(Duration.ofSeconds(20)).until(() -> assessments.stream().allMatch(a ->
                given().auth().oauth2(token).queryParam("assessmentId", a.toString()).when().get("/api/v1/dossiers")
                        .then().statusCode(200).extract().jsonPath().getList("$").size() == 1));
        for (UUID assessment : assessments) {
            assertThat(EligibilityStub.requests(assessment)).as("eligibility asked once for " + assessment).hasSize(1);
        }
        assertThat(EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, assessments.size(),
                r -> isType(r, EventType.DOSSIER_OPENED) && r.value().contains(partner))).hasSize(assessments.size());
    }

    @Test
    void retriesARecommendationWhileEligibilityServiceIsDown() {
        String partner = DossierResourceTest.unique("p-retry");
        UUID assessment = UUID.randomUUID();
        EligibilityStub.unavailable(assessment);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(),
                EventType.RECOMMENDATION_ISSUED.ceType(), letter(assessment, partner));
        await().atMost(Duration.ofSeconds(20)).until(() -> EligibilityStub.requests(assessment).size() >= 3);
        assertThat(EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS, r -> r.value().contains(assessment.toString()))).isEmpty();
        EligibilityStub.assessment(assessment, "APP-RETRY", "TECHNICAL_TALENT", true);
        openedDossier(assessment);
    }

    @Test
    void sendsAnUnreadableEventToTheDeadLetterTopic() {
        String marker = UUID.randomUUID().toString();
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, marker, EventType.RECOMMENDATION_ISSUED.ceType(),
                "{\"letterNumber\": \"" + marker + "\"}");
        EventProbe.awaitRecords(Topics.ELIGIBILITY_RECOMMENDATIONS + Topics.DEAD_LETTER_SUFFIX, 1,
                r -> marker.equals(r.key()));
    }

    static String openedDossier(UUID assessment) {
        return EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1,
                r -> isType(r, EventType.DOSSIER_OPENED) && r.value().contains(assessment.toString())).get(0).key();
    }

    static boolean isType(ConsumerRecord<String, String> record, EventType type) {
        return EventProbe.header(record, "ce_type").orElse("").equals(type.ceType());
    }

    static String letter(UUID assessment, String partner) {
        return """
                {"letterNumber": "ZGC-2026-000123", "assessmentId": "%s", "partnerId": "%s",
                 "applicantRef": "APP-%s", "track": "TECHNICAL_TALENT", "total": 78,
                 "criteriaVersion": "baseline-2026", "issuedAt": "2026-03-01T10:00:00+08:00"}"""
                .formatted(assessment, partner, assessment.toString().substring(0, 8));
    }
}
