package cn.zgc.residence.documents;

import static cn.zgc.residence.documents.Dossiers.BASE;
import static cn.zgc.residence.documents.Dossiers.DOCUMENTS;
import static cn.zgc.residence.documents.Dossiers.HALL;
import static cn.zgc.residence.documents.Dossiers.TODAY;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.immigration;
import static cn.zgc.residence.documents.Dossiers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From the letter to the card: every transition once, each with its one event and its history line. */
@QuarkusTest
class LifecycleFlowTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    /** A simulated outage opens the breaker to offices-service; no test leaves it open for the next. */
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Test
    void takesADossierFromItsLetterToTheCollectedCard() {
        String partner = unique("p-path");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.openReady(partner);
        UUID appointment = OfficesStub.booked(dossier, HALL);
        as(token).body(Map.of("hallId", HALL, "appointmentId", appointment)).post(BASE + dossier + "/submission")
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).body("hallId", equalTo(HALL))
                .body("appointmentId", equalTo(appointment.toString())).body("submittedAt", notNullValue());
        assertThat(OfficesStub.requests(appointment, "Bearer " + token)).as("asked with the partner's own token").isNotEmpty();

        // the hall returns it with a reason for one item; the partner corrects it, and it is READY again
        immigration().body(Map.of("items", List.of(Map.of("code", "PHOTOS", "reasonEn", "The background is not white",
                        "reasonZh", "照片背景不是白色"))))
                .post(BASE + dossier + "/return").then().statusCode(200).body("state", equalTo("RETURNED"))
                .body("items.find { it.code == 'PHOTOS' }.officerVerdict", equalTo("REJECTED"))
                .body("items.find { it.code == 'PHOTOS' }.officerReason.zh", equalTo("照片背景不是白色"));
        as(token).body(DOCUMENTS.acceptable("PHOTOS")).put(BASE + dossier + "/documents/PHOTOS")
                .then().statusCode(200).body("dossierState", equalTo("READY"));
        Dossiers.submit(partner, dossier);

        // the acceptance waits for every original: the hall reviews, then accepts as of its own today
        immigration().post(BASE + dossier + "/acceptance").then().statusCode(422)
                .body("errors.field", hasItems("items.PASSPORT", "items.PHOTOS"))
                .body("errors.message", hasItem(containsString("original has not been seen")));
        Dossiers.confirmAll(dossier);
        immigration().post(BASE + dossier + "/acceptance").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("acceptanceDate", equalTo(TODAY.toString()));

        // fees-service: the paid first-application invoice starts the examination
        UUID invoice = Dossiers.pay(dossier, partner);
        Dossiers.awaitState(dossier, "UNDER_EXAMINATION");
        immigration().get(BASE + dossier).then().body("examinationInvoiceId", equalTo(invoice.toString()));

        immigration().body(Map.of("outcome", "APPROVED", "reasonEn", "Every condition is met", "reasonZh", "符合全部条件"))
                .post(BASE + dossier + "/decision").then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("decisionReason.zh", equalTo("符合全部条件"));
        // a revoked letter no longer ends a decided application
        UUID assessment = UUID.fromString(as(token).get(BASE + dossier).then().extract().path("assessmentId"));
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.LETTER_REVOKED.ceType(),
                "{\"letterNumber\":\"x\",\"assessmentId\":\"" + assessment + "\",\"partnerId\":\"" + partner
                        + "\",\"reason\":\"late\",\"revokedAt\":\"2026-03-05T10:00:00+08:00\"}");
        immigration().post(BASE + dossier + "/card-production").then().statusCode(200).body("state", equalTo("CARD_PRODUCED"));
        immigration().post(BASE + dossier + "/card-collection").then().statusCode(200).body("state", equalTo("COLLECTED"))
                .body("allowedActions", org.hamcrest.Matchers.empty());
        as(token).body(Map.of("reason", "too late")).post(BASE + dossier + "/withdrawal").then().statusCode(409)
                .body("detail", containsString("COLLECTED"));

        List<String> lifecycle = EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1,
                        r -> dossier.equals(r.key()) && Dossiers.eventName(r).equals("CardCollected")).isEmpty()
                ? List.of() : Dossiers.events(dossier).stream().filter(e -> !e.equals("DocumentReviewed")).toList();
        assertThat(lifecycle).containsExactly("DossierOpened", "DossierReady", "DossierSubmitted", "DossierReturned",
                "DossierReopened", "DossierReady", "DossierSubmitted", "DossierAccepted", "ExaminationStarted",
                "DossierDecided", "CardProduced", "CardCollected");
        assertThat(EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS, r -> dossier.equals(r.key())))
                .allSatisfy(r -> assertThat(r.value()).contains(partner));
        String accepted = EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS, r -> dossier.equals(r.key())
                && Dossiers.eventName(r).equals("DossierAccepted")).get(0).value();
        assertThat(accepted).contains("\"applicationKind\":\"FIRST_APPLICATION\"").contains(HALL)
                .contains(TODAY.toString()).doesNotContain("Anna");

        as(token).queryParam("size", "100").get(BASE + dossier + "/history").then().statusCode(200)
                .body("entries.findAll { it.kind == 'TRANSITION' }.action", equalTo(List.of("BECOME_READY", "SUBMIT",
                        "RETURN", "REOPEN", "BECOME_READY", "SUBMIT", "ACCEPT", "START_EXAMINATION", "APPROVE",
                        "PRODUCE_CARD", "COLLECT_CARD")))
                .body("entries.find { it.action == 'RETURN' }.actorRole", equalTo("IMMIGRATION"))
                .body("entries.find { it.action == 'REOPEN' }.actorRole", equalTo("PARTNER"))
                .body("entries.find { it.action == 'REOPEN' }.actorId", equalTo(partner))
                .body("entries.find { it.kind == 'ITEM_REVIEW' && it.itemCode == 'PHOTOS' }.reasonZh", equalTo("照片背景不是白色"))
                .body("entries.find { it.action == 'APPROVE' }.reasonEn", equalTo("Every condition is met"));
        as(Tokens.partner(unique("p-other"))).get(BASE + dossier + "/history").then().statusCode(404);
    }

    @Test
    void refusesASubmissionWhoseAppointmentDoesNotFitOrCannotBeChecked() {
        String partner = unique("p-appt");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.openReady(partner);
        String other = UUID.randomUUID().toString();
        as(token).body(Map.of("hallId", HALL, "appointmentId", OfficesStub.booked(dossier, "beijing-reception-hall")))
                .post(BASE + dossier + "/submission").then().statusCode(422).body("errors.field", hasItem("hallId"));
        as(token).body(Map.of("hallId", HALL, "appointmentId", OfficesStub.appointment(dossier, HALL, "CANCELLED")))
                .post(BASE + dossier + "/submission").then().statusCode(422).body("errors.message", hasItem(containsString("CANCELLED")));
        as(token).body(Map.of("hallId", HALL, "appointmentId", OfficesStub.booked(other, HALL)))
                .post(BASE + dossier + "/submission").then().statusCode(422).body("errors.message", hasItem(containsString("another dossier")));
        as(token).body(Map.of("hallId", HALL, "appointmentId", OfficesStub.absent()))
                .post(BASE + dossier + "/submission").then().statusCode(422);
        UUID down = OfficesStub.unavailable();
        as(token).body(Map.of("hallId", HALL, "appointmentId", down))
                .post(BASE + dossier + "/submission").then().statusCode(503).contentType("application/problem+json");
        assertThat(OfficesStub.requests(down)).hasSizeLessThanOrEqualTo(2);
        as(token).body(Map.of("hallId", HALL)).post(BASE + dossier + "/submission").then().statusCode(400)
                .body("errors.field", hasItem(containsString("appointmentId")));
        as(token).get(BASE + dossier).then().body("state", equalTo("READY")).header("ETag", equalTo("\"" + (9 + DocumentFiles.WITH_FILES.size()) + "\""));
    }

    @Test
    void startsNoExaminationForAPaymentOfADossierThatIsNotAcceptedOrOfAnotherFee() {
        String partner = unique("p-early");
        String dossier = Dossiers.openReady(partner);
        Dossiers.submit(partner, dossier);
        Dossiers.pay(dossier, partner);
        String otherFee = Dossiers.openReady(partner);
        Dossiers.submit(partner, otherFee);
        Dossiers.confirmAll(otherFee);
        Dossiers.accept(otherFee);
        Dossiers.pay(otherFee, partner, "APPROVED");
        Dossiers.pay(otherFee, partner, null);
        // the marker: a later payment (same partition) of an accepted dossier is applied, so the ones before it were too
        String marker = Dossiers.openReady(partner);
        Dossiers.submit(partner, marker);
        Dossiers.confirmAll(marker);
        Dossiers.accept(marker);
        Dossiers.pay(marker, partner);
        Dossiers.awaitState(marker, "UNDER_EXAMINATION");
        assertThat(Dossiers.state(dossier)).isEqualTo("SUBMITTED");
        assertThat(Dossiers.state(otherFee)).isEqualTo("ACCEPTED");
    }

    @Test
    void letsThePartnerWithdrawBeforeADecision() {
        String partner = unique("p-withdraw");
        String dossier = Dossiers.open(partner);
        as(Tokens.partner(partner)).body(Map.of("reason", "The applicant has left the company"))
                .post(BASE + dossier + "/withdrawal").then().statusCode(200).body("state", equalTo("WITHDRAWN"))
                .body("withdrawal.cause", equalTo("PARTNER"));
        as(Tokens.partner(partner)).body(DOCUMENTS.acceptable("PHOTOS")).put(BASE + dossier + "/documents/PHOTOS")
                .then().statusCode(409).body("detail", containsString("WITHDRAWN"));
    }
}
