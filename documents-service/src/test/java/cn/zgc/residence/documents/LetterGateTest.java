package cn.zgc.residence.documents;

import static cn.zgc.residence.documents.Dossiers.BASE;
import static cn.zgc.residence.documents.Dossiers.DOCUMENTS;
import static cn.zgc.residence.documents.Dossiers.as;
import static cn.zgc.residence.documents.Dossiers.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The letter is the gate: RecommendationIssued opens the dossier from its own data, LetterRevoked withdraws it. */
@QuarkusTest
class LetterGateTest {

    @Inject
    AgroalDataSource database;

    @Test
    void opensADossierFromTheLettersOwnDataWithoutAskingAnyone() {
        String partner = unique("p-letter");
        UUID assessment = UUID.randomUUID();
        String id = Dossiers.open(partner, assessment, "APP-LETTER", "TECHNICAL_TALENT");
        as(Tokens.partner(partner)).get(BASE + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("OPEN"))
                .body("origin", equalTo("RECOMMENDATION"))
                .body("letter.number", equalTo("ZGC-2026-" + assessment.toString().substring(0, 6)))
                .body("letter.total", equalTo(78))
                .body("letter.criteriaVersion", equalTo("baseline-2026"))
                .body("applicantRef", equalTo("APP-LETTER"))
                .body("factsConfirmed", equalTo(false))
                .body("items", hasSize(9))
                .body("items.rulesVerdict", everyItem(equalTo("MISSING")))
                .body("items.officerVerdict", everyItem(equalTo("PENDING")))
                .body("allowedActions", equalTo(List.of("CORRECT", "WITHDRAW")));
        var opened = EventProbe.awaitRecords(Topics.DOCUMENTS_DOSSIERS, 1,
                r -> id.equals(r.key()) && Dossiers.eventName(r).equals("DossierOpened"));
        assertThat(opened.get(0).value()).contains("\"letterNumber\":\"ZGC-2026-").contains(partner);
        as(Tokens.partner(unique("p-stranger"))).get(BASE + id).then().statusCode(404);
    }

    @Test
    void offersNoWayToOpenADossierWithoutALetter() {
        as(Tokens.partner(unique("p-noletter")))
                .body(Map.of("assessmentId", UUID.randomUUID(), "applicantRef", "APP-X",
                        "facts", DOCUMENTS.facts("TECHNICAL_TALENT")))
                .post("/api/v1/dossiers").then().statusCode(405);
        // a letter without its number cannot open one: it goes to the dead-letter topic, and no dossier exists
        UUID assessment = UUID.randomUUID();
        String partner = unique("p-nonumber");
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.RECOMMENDATION_ISSUED.ceType(),
                Dossiers.letter(assessment, partner, "APP-X", "TECHNICAL_TALENT", "ZGC")
                        .replace("\"letterNumber\": \"ZGC\",", ""));
        EventProbe.awaitRecords(Topics.ELIGIBILITY_RECOMMENDATIONS + Topics.DEAD_LETTER_SUFFIX, 1,
                r -> assessment.toString().equals(r.key()));
        as(Tokens.partner(partner)).queryParam("assessmentId", assessment.toString()).get("/api/v1/dossiers")
                .then().statusCode(200).body("total", equalTo(0));
        // and the database itself refuses one
        assertThatThrownBy(() -> insertDossierWithoutLetter(UUID.randomUUID()))
                .isInstanceOf(SQLException.class).hasMessageContaining("dossier_has_letter");
    }

    @Test
    void opensOneDossierWhenTheSameLetterIsDeliveredTwiceOrIssuedAgain() {
        String partner = unique("p-twice");
        UUID assessment = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String data = Dossiers.letter(assessment, partner, "APP-TWICE", "ENTREPRENEURIAL_TEAM_MEMBER", "ZGC-2026-000001");
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.RECOMMENDATION_ISSUED.ceType(), data, eventId);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.RECOMMENDATION_ISSUED.ceType(), data, eventId);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.RECOMMENDATION_ISSUED.ceType(), data);
        Dossiers.awaitDossier(partner, assessment);
        // the three share a partition (one key): the later two are applied after the first, and change nothing
        Dossiers.stays(() -> EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS, r -> Dossiers.eventName(r).equals("DossierOpened")
                && r.value().contains(assessment.toString())).size() == 1);
        as(Tokens.partner(partner)).queryParam("assessmentId", assessment.toString()).get("/api/v1/dossiers")
                .then().body("total", equalTo(1));
    }

    @Test
    void opensOneDossierPerLetterWhenManyArriveTogether() {
        String partner = unique("p-burst");
        List<UUID> assessments = java.util.stream.Stream.generate(UUID::randomUUID).limit(40).toList();
        for (UUID assessment : assessments) {
            EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.RECOMMENDATION_ISSUED.ceType(),
                    Dossiers.letter(assessment, partner, "APP-BURST", "TECHNICAL_TALENT", "ZGC-B-" + assessment));
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(Tokens.partner(partner))
                .queryParam("applicantRef", "APP-BURST").queryParam("size", "100").get("/api/v1/dossiers")
                .then().statusCode(200).extract().<Integer>path("total") == assessments.size());
    }

    @Test
    void aRevokedLetterWithdrawsItsDossierOnceWithTheCommitteesReason() {
        String partner = unique("p-revoke");
        UUID assessment = UUID.randomUUID();
        String id = Dossiers.open(partner, assessment, "APP-REVOKE", "TECHNICAL_TALENT");
        String eventId = UUID.randomUUID().toString();
        String revoked = """
                {"letterNumber": "ZGC-2026-%s", "assessmentId": "%s", "partnerId": "%s",
                 "reason": "The employer is not in Zhongguancun's statistical scope", "revokedAt": "2026-03-05T10:00:00+08:00"}"""
                .formatted(assessment.toString().substring(0, 6), assessment, partner);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.LETTER_REVOKED.ceType(), revoked, eventId);
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.LETTER_REVOKED.ceType(), revoked, eventId);
        Dossiers.awaitState(id, "WITHDRAWN");
        as(Tokens.partner(partner)).get(BASE + id).then().statusCode(200)
                .body("withdrawal.cause", equalTo("LETTER_REVOKED"))
                .body("withdrawal.reason", equalTo("The employer is not in Zhongguancun's statistical scope"))
                .body("allowedActions", hasSize(0));
        // a second revocation (new id) finds it withdrawn and changes nothing
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.LETTER_REVOKED.ceType(), revoked);
        Dossiers.stays(() -> EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS,
                r -> id.equals(r.key()) && Dossiers.eventName(r).equals("DossierWithdrawn")).size() == 1);
        var withdrawn = EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS,
                r -> id.equals(r.key()) && Dossiers.eventName(r).equals("DossierWithdrawn"));
        assertThat(withdrawn.get(0).value()).contains("LETTER_REVOKED").contains(partner);
        as(Tokens.partner(partner)).get(BASE + id + "/history").then().statusCode(200)
                .body("entries.find { it.action == 'WITHDRAW' }.actorRole", equalTo("SYSTEM"))
                .body("entries.find { it.action == 'WITHDRAW' }.reasonEn",
                        equalTo("The employer is not in Zhongguancun's statistical scope"));
    }

    @Inject
    cn.zgc.residence.documents.service.LeftoverLetters leftover;

    @Test
    void opensTheDossiersOfLettersAnEarlierReleaseLeftPending() throws SQLException {
        String partner = unique("p-leftover");
        UUID assessment = UUID.randomUUID();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO pending_recommendation (event_id, assessment_id, partner_id, applicant_ref, track,"
                    + " letter_number, status, next_attempt_at, received_at) VALUES ('" + UUID.randomUUID() + "', '"
                    + assessment + "', '" + partner + "', 'APP-LEFT', 'TECHNICAL_TALENT', 'ZGC-2025-000077', 'PENDING',"
                    + " now(), now())");
        }
        leftover.onStart(null);
        String id = Dossiers.awaitDossier(partner, assessment);
        as(Tokens.partner(partner)).get(BASE + id).then().statusCode(200)
                .body("letter.number", equalTo("ZGC-2025-000077")).body("state", equalTo("OPEN"));
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                var rows = s.executeQuery("SELECT count(*) FROM pending_recommendation WHERE assessment_id = '" + assessment + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    private void insertDossierWithoutLetter(UUID id) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dossier (id, assessment_id, partner_id, applicant_ref, track, origin, facts,"
                    + " facts_confirmed, state, application_kind, opened_at, updated_at) VALUES ('" + id + "', '" + id
                    + "', 'p', 'APP', 'TECHNICAL_TALENT', 'RECOMMENDATION', '{}', false, 'OPEN', 'FIRST_APPLICATION',"
                    + " now(), now())");
        }
    }
}
