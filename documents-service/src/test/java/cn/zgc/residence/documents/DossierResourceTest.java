package cn.zgc.residence.documents;

import static cn.zgc.residence.documents.Dossiers.BASE;
import static cn.zgc.residence.documents.Dossiers.DOCUMENTS;
import static cn.zgc.residence.documents.Dossiers.TODAY;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The partner's part before submission: facts, documents reviewed by the rules, READY and back to OPEN. */
@QuarkusTest
class DossierResourceTest {

    @Test
    void reviewsEachDocumentWithTheRulesVerdictAndEveryReason() {
        String partner = unique("p-review");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.open(partner);
        // a photocopy's scan first: its file proves the A4 form
        Dossiers.upload(partner, dossier, "MEDICAL_CERTIFICATE", Dossiers.FILES.acceptable("MEDICAL_CERTIFICATE"));
        as(token).body(DOCUMENTS.acceptable("MEDICAL_CERTIFICATE")).put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("rulesVerdict", equalTo("SATISFIED")).body("reasons", hasSize(0))
                .body("dossierState", equalTo("OPEN"));
        as(token).body(DOCUMENTS.medicalCertificate(TODAY.minusMonths(6).minusDays(1)))
                .put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("rulesVerdict", equalTo("NOT_SATISFIED"))
                .body("reasons.code", contains("MEDICAL_CERTIFICATE_TOO_OLD"));
        as(token).body(DOCUMENTS.acceptable("EMPLOYMENT_CERTIFICATE")).put(BASE + dossier + "/documents/EMPLOYMENT_CERTIFICATE")
                .then().statusCode(200);
        Dossiers.upload(partner, dossier, "WORK_PERMIT", Dossiers.FILES.acceptable("WORK_PERMIT"));
        as(token).body(DOCUMENTS.workPermit("Senior Engineer")).put(BASE + dossier + "/documents/WORK_PERMIT")
                .then().statusCode(200).body("rulesVerdict", equalTo("NOT_SATISFIED"))
                .body("reasons.code", contains("WORK_PERMIT_MISMATCH:position"));
        as(token).header("Accept-Language", "zh").get(BASE + dossier).then().statusCode(200)
                .body("items.find { it.code == 'MEDICAL_CERTIFICATE' }.rulesVerdict", equalTo("NOT_SATISFIED"))
                .body("items.find { it.code == 'WORK_PERMIT' }.rulesReasons[0].message", equalTo("职务与任职证明不一致"))
                .body("items.find { it.code == 'PHOTOS' }.rulesVerdict", equalTo("MISSING"))
                .body("items.find { it.code == 'PASSPORT' }.photocopy", equalTo(true));
        EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1, r -> r.key().equals(dossier)
                && r.value().contains("WORK_PERMIT_MISMATCH:position") && r.value().contains("NOT_SATISFIED"));
    }

    @Test
    void becomesReadyWhenEveryItemIsSatisfiedAndOpenAgainWhenOneFails() {
        String partner = unique("p-ready");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.openReady(partner);
        as(token).get(BASE + dossier).then().body("allowedActions", equalTo(List.of("CORRECT", "SUBMIT", "WITHDRAW")));
        as(token).body(DOCUMENTS.medicalCertificate(TODAY.minusYears(1))).put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("dossierState", equalTo("OPEN"));
        as(token).body(DOCUMENTS.acceptable("MEDICAL_CERTIFICATE")).put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("dossierState", equalTo("READY"));
        var events = EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 2, r -> r.key().equals(dossier)
                && Dossiers.eventName(r).equals("DossierReady"));
        assertThat(events).hasSize(2);
        assertThat(Dossiers.events(dossier).stream().filter(e -> !e.equals("DocumentReviewed")).toList())
                .containsExactly("DossierOpened", "DossierReady", "DossierReopened", "DossierReady");
        as(token).queryParam("size", "100").get(BASE + dossier + "/history").then().statusCode(200)
                .body("entries.findAll { it.kind == 'TRANSITION' }.action", contains("BECOME_READY", "REOPEN", "BECOME_READY"))
                .body("entries.findAll { it.kind == 'TRANSITION' }.actorRole", everyItem(equalTo("SYSTEM")))
                .body("entries.findAll { it.kind == 'FILE' }.itemCode", equalTo(DocumentFiles.WITH_FILES))
                .body("total", equalTo(3 + DocumentFiles.WITH_FILES.size()));
    }

    @Test
    void refusesUnknownCodesAndImpossibleDatesStoringNothing() {
        String partner = unique("p-bad");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.open(partner);
        as(token).body(Map.of("issuedOn", "2026-01-01")).put(BASE + dossier + "/documents/BIRTH_CERTIFICATE")
                .then().statusCode(404).contentType("application/problem+json");
        as(token).body(DOCUMENTS.medicalCertificate(TODAY.plusDays(1))).put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(400).body("errors.field", contains("issuedOn"));
        var passport = new java.util.HashMap<>(DOCUMENTS.acceptable("PASSPORT"));
        passport.put("validUntil", TODAY.minusYears(6).toString());
        as(token).body(passport).put(BASE + dossier + "/documents/PASSPORT")
                .then().statusCode(400).body("errors.field", contains("validUntil"));
        as(token).body(Map.of("turned18In", "2005-09", "entries", List.of(Map.of("from", "2010-07", "to", "2010-05", "activity", "x"))))
                .put(BASE + dossier + "/documents/RESUME")
                .then().statusCode(400).body("errors.field", contains("entries[0].to"));
        as(token).body(Map.of("issuer", "A_FRIEND", "issuedOn", "2026-01-01")).put(BASE + dossier + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(400).body("errors.field", contains("issuer"));
        as(token).body(Map.of("kind", "NATURALIZATION_PAPER")).put(BASE + dossier + "/documents/FORMER_CITIZENSHIP_PROOF")
                .then().statusCode(422);
        as(token).get(BASE + dossier).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("items.rulesVerdict", everyItem(equalTo("MISSING")));
    }

    @Test
    void personalisesTheChecklistFromTheFactsAndBlocksSubmissionWhileAHouseholdRegistrationIsNotCancelled() {
        String partner = unique("p-hukou");
        String token = Tokens.partner(partner);
        String dossier = Dossiers.open(partner);
        as(token).body(Map.of("track", "ENTREPRENEURIAL_TEAM_MEMBER", "employerKind", "ENTERPRISE"))
                .put(BASE + dossier + "/facts").then().statusCode(400).body("errors.field", contains("track"));
        as(token).body(Map.of("track", "TECHNICAL_TALENT", "employerKind", "PUBLIC_INSTITUTION",
                        "formerChineseCitizen", true, "holdsChineseHouseholdRegistration", true))
                .put(BASE + dossier + "/facts")
                .then().statusCode(200)
                .body("factsConfirmed", equalTo(true))
                .body("items.code", hasItems("PUBLIC_INSTITUTION_CERTIFICATE", "FORMER_CITIZENSHIP_PROOF"))
                .body("blocking.code", contains("HOUSEHOLD_REGISTRATION"));
    }

    @Test
    void refusesEveryoneButPartnersAndImmigrationAndTheRetiredOfficerRole() {
        String partner = unique("p-roles");
        String dossier = Dossiers.open(partner);
        as(Tokens.officer()).get(BASE + dossier).then().statusCode(403).contentType("application/problem+json");
        as(Tokens.officer()).queryParam("state", "OPEN").get("/api/v1/dossiers").then().statusCode(403);
        as(Tokens.officer()).post(BASE + dossier + "/acceptance").then().statusCode(403);
        as(Tokens.officer()).get("/api/v1/document-types").then().statusCode(403);
        as(Tokens.committee()).get(BASE + dossier).then().statusCode(403);
        as(Tokens.committee()).get(BASE + dossier + "/history").then().statusCode(403);
        as(Tokens.immigration()).get(BASE + dossier).then().statusCode(200);
        // a partner cannot make the hall's moves, nor immigration the partner's
        as(Tokens.partner(partner)).post(BASE + dossier + "/acceptance").then().statusCode(403);
        as(Tokens.immigration()).body(DOCUMENTS.acceptable("PHOTOS")).put(BASE + dossier + "/documents/PHOTOS")
                .then().statusCode(403);
        // a move the state does not allow names the state and what is allowed
        as(Tokens.partner(partner)).body(Map.of("hallId", Dossiers.HALL, "appointmentId", OfficesStub.booked(dossier, Dossiers.HALL)))
                .post(BASE + dossier + "/submission").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is OPEN")).body("detail", containsString("[BECOME_READY, CORRECT, WITHDRAW]"));
    }
}
