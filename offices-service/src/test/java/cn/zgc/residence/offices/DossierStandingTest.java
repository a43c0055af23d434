package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.offices.repository.DossierStandingRepository;
import cn.zgc.residence.testsupport.EventProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A dossier offices-service has heard of on documents.dossiers is booked without asking documents-service: its owner
 * and state come from the events, and a closed state refuses the booking.
 */
@QuarkusTest
@ExtendWith(TestClock.AtBookingsNow.class)
class DossierStandingTest {

    private static final String HALL = "zhongguancun-center";

    @Inject
    DossierStandingRepository standings;

    private static void announce(EventType type, UUID dossier, String partner, String extra) {
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), type.ceType(), """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s"%s}"""
                .formatted(dossier, UUID.randomUUID(), partner, extra));
    }

    private void awaitState(UUID dossier, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> standings.findByIdOptional(dossier).map(s -> s.state).orElse("")).equals(state));
    }

    @Test
    void aDossierKnownFromItsEventsIsBookedWithoutAskingDocumentsService() {
        UUID dossier = UUID.randomUUID();
        announce(EventType.DOSSIER_OPENED, dossier, "p-heard", ", \"applicantRef\": \"A-1\", \"track\": \"FOREIGN_TALENT\"");
        announce(EventType.DOSSIER_READY, dossier, "p-heard", "");
        awaitState(dossier, "READY");

        Bookings.book("p-other", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 16), "09:00"))
                .then().statusCode(404);
        Bookings.booked("p-heard", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 16), "09:00"));

        assertThat(DocumentsStub.calls(dossier)).isZero();
    }

    @Test
    void aDossierTheHallAcceptedCannotBookOnceTheEventArrived() {
        UUID dossier = UUID.randomUUID();
        announce(EventType.DOSSIER_OPENED, dossier, "p-heard", "");
        announce(EventType.DOSSIER_ACCEPTED, dossier, "p-heard", "");
        awaitState(dossier, "ACCEPTED");

        // another partner learns nothing of the dossier, not even its state
        Bookings.book("p-other", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 16), "10:00"))
                .then().statusCode(404);
        Bookings.book("p-heard", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 16), "10:00"))
                .then().statusCode(409)
                .body("type", equalTo("urn:zgc:problem:conflict"))
                .body("detail", containsString("ACCEPTED"));
        assertThat(DocumentsStub.calls(dossier)).isZero();
    }

    @Test
    void aDecisionRecordsItsOutcomeAndADocumentReviewLeavesTheStateAsItWas() {
        UUID dossier = UUID.randomUUID();
        announce(EventType.DOSSIER_OPENED, dossier, "p-heard", "");
        announce(EventType.DOCUMENT_REVIEWED, dossier, "p-heard", ", \"itemCode\": \"PHOTO\"");
        announce(EventType.DOSSIER_DECIDED, dossier, "p-heard", ", \"outcome\": \"REFUSED\"");
        awaitState(dossier, "REFUSED");
    }

    @Test
    void anUnheardDossierIsStillAskedForAtDocumentsService() {
        UUID dossier = DocumentsStub.dossier("p-unheard", "READY");

        Bookings.booked("p-unheard", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 16), "11:00"));

        assertThat(DocumentsStub.calls(dossier)).isPositive();
    }
}
