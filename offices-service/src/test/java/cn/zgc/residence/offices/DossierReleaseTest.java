package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** A dossier withdrawn or returned (documents.dossiers) releases its appointment, once per event. */
@QuarkusTest
@ExtendWith(TestClock.AtBookingsNow.class)
class DossierReleaseTest {

    private static final String HALL = "zhongguancun-center";

    private static String status(String id) {
        return given().auth().oauth2(Tokens.immigration()).when().get("/api/v1/appointments/" + id)
                .then().statusCode(200).extract().path("status");
    }

    @ParameterizedTest
    @CsvSource({
            "DOSSIER_WITHDRAWN, 09:00, DOSSIER_WITHDRAWN, 409",
            "DOSSIER_RETURNED, 09:30, DOSSIER_RETURNED, 201"})
    void releasesTheAppointmentOfAWithdrawnOrReturnedDossierOnce(EventType type, String time, String cause,
            int bookingAgain) {
        UUID dossier = DocumentsStub.dossier("p-release", "SUBMITTED");
        String id = Bookings.booked("p-release", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 12), time));
        String data = type == EventType.DOSSIER_WITHDRAWN
                ? """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "p-release", "cause": "PARTNER",
                 "reason": "The applicant moved abroad", "withdrawnAt": "2026-03-02T09:00:00+08:00"}"""
                        .formatted(dossier, UUID.randomUUID())
                : """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "p-release", "itemCodes": ["PHOTO"],
                 "returnedAt": "2026-03-02T09:00:00+08:00"}""".formatted(dossier, UUID.randomUUID());
        String eventId = UUID.randomUUID().toString();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), type.ceType(), data, eventId);
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), type.ceType(), data, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(status(id)));
        var events = EventProbe.awaitRecords(Topics.OFFICES_APPOINTMENTS, 1,
                r -> r.key().equals(id) && EventProbe.header(r, "ce_type").orElse("").contains("Cancelled"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("\"cause\":\"" + cause + "\"");
        // a returned dossier can book again once corrected; a withdrawn one has ended
        Bookings.book("p-release", dossier, HALL, Bookings.at(LocalDate.of(2026, 3, 13), time))
                .then().statusCode(bookingAgain);
    }
}
