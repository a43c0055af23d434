package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A notice that closes a day or shortens its hours cancels exactly the appointments that no longer fit. */
@QuarkusTest
@ExtendWith(TestClock.AtBookingsNow.class)
class NoticeCancellationTest {

    private static final String HALL = "beijing-reception-hall";

    private static String book(String time, LocalDate day, String hall) {
        return Bookings.booked("p-notice", DocumentsStub.dossier("p-notice", "OPEN"), hall, Bookings.at(day, time));
    }

    private static String publish(String body) {
        return given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/halls/" + HALL + "/notices")
                .then().statusCode(201).extract().path("id");
    }

    private static String status(String id) {
        return given().auth().oauth2(Tokens.immigration()).when().get("/api/v1/appointments/" + id)
                .then().statusCode(200).extract().path("status");
    }

    @Test
    void shorterHoursAndAClosedDayCancelExactlyTheAppointmentsThatNoLongerFitWithTheNoticesReason() {
        LocalDate monday = LocalDate.of(2026, 3, 16);
        LocalDate tuesday = monday.plusDays(1);
        String morning = book("09:00", monday, HALL);
        String beforeNoon = book("11:30", monday, HALL);
        String afternoon = book("15:00", monday, HALL);
        String lastSlot = book("16:30", monday, HALL);
        String nextDay = book("10:00", tuesday, HALL);
        String otherHall = book("15:00", monday, "zhongguancun-center");

        String shortened = publish("""
                {"from": "%s", "to": "%s", "kind": "SPECIAL_HOURS", "intervals": ["09:00-12:00"],
                 "reasonEn": "Staff training in the afternoon", "reasonZh": "下午员工培训"}""".formatted(monday, monday));
        String closed = publish("""
                {"from": "%s", "to": "%s", "kind": "CLOSED",
                 "reasonEn": "Power maintenance", "reasonZh": "电力检修"}""".formatted(tuesday, tuesday));

        Map<String, String> expected = Map.of(morning, "BOOKED", beforeNoon, "BOOKED", afternoon, "CANCELLED",
                lastSlot, "CANCELLED", nextDay, "CANCELLED", otherHall, "BOOKED");
        expected.forEach((id, status) -> assertThat(status(id)).as(id).isEqualTo(status));
        given().auth().oauth2(Tokens.partner("p-notice")).when().get("/api/v1/appointments/" + afternoon)
                .then().statusCode(200)
                .body("cancellation.cause", equalTo("NOTICE"))
                .body("cancellation.reasonEn", equalTo("Staff training in the afternoon"))
                .body("cancellation.reasonZh", equalTo("下午员工培训"))
                .body("cancellation.noticeId", equalTo(shortened));
        given().auth().oauth2(Tokens.partner("p-notice")).when().get("/api/v1/appointments/" + nextDay)
                .then().statusCode(200).body("cancellation.reasonZh", equalTo("电力检修"))
                .body("cancellation.noticeId", equalTo(closed));

        List<ConsumerRecord<String, String>> cancelled = EventProbe.awaitRecords(Topics.OFFICES_APPOINTMENTS, 3,
                r -> EventProbe.header(r, "ce_type").orElse("").contains("AppointmentCancelled")
                        && (r.value().contains(shortened) || r.value().contains(closed)));
        assertThat(cancelled).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(afternoon, lastSlot, nextDay);
        assertThat(cancelled).allSatisfy(r -> assertThat(r.value()).contains("\"cause\":\"NOTICE\"")
                .contains("\"partnerId\":\"p-notice\"").contains("\"dossierId\""));

        given().auth().oauth2(Tokens.partner("p-notice")).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", monday.toString()).queryParam("to", tuesday.toString())
                .when().get("/api/v1/halls/" + HALL + "/slots")
                .then().statusCode(200)
                .body("slots.size()", equalTo(6))
                .body("slots[5].endsAt", equalTo("2026-03-16T12:00:00+08:00"));
    }

    @Test
    void aSmallerCapacityNeverCancelsABooking() {
        String hall = "shijingshan-center";
        String category = "RESIDENCE_PERMIT_STUDY";
        LocalDate friday = LocalDate.of(2026, 3, 20);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID dossier = DocumentsStub.dossier(UUID.randomUUID(), "p-cap", "state", "OPEN", category);
            ids.add(Bookings.booked("p-cap", dossier, hall, Bookings.at(friday, "10:00")));
        }
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body("""
                        {"category": "%s", "effectiveFrom": "2026-03-19",
                         "bands": [{"starts": "00:00", "slotMinutes": 20, "capacity": 1}]}""".formatted(category))
                .when().post("/api/v1/halls/" + hall + "/capacity")
                .then().statusCode(201).body("recordedBy", equalTo("immigration-1"));
        ids.forEach(id -> assertThat(status(id)).isEqualTo("BOOKED"));
        given().auth().oauth2(Tokens.immigration()).queryParam("category", category)
                .queryParam("from", friday.toString()).queryParam("to", friday.toString())
                .when().get("/api/v1/halls/" + hall + "/slots")
                .then().statusCode(200)
                .body("slots.find { it.startsAt == '2026-03-20T10:00:00+08:00' }.booked", equalTo(3))
                .body("slots.find { it.startsAt == '2026-03-20T10:00:00+08:00' }.available", equalTo(0))
                .body("slots.find { it.startsAt == '2026-03-20T11:40:00+08:00' }.endsAt", equalTo("2026-03-20T12:00:00+08:00"))
                .body("slots.findAll { it.startsAt > '2026-03-20T12' && it.startsAt < '2026-03-20T13:30' }.size()", equalTo(0));
        UUID fourth = DocumentsStub.dossier(UUID.randomUUID(), "p-cap", "state", "OPEN", category);
        Bookings.book("p-cap", fourth, hall, Bookings.at(friday, "10:00")).then().statusCode(409);
        given().auth().oauth2(Tokens.partner("p-cap")).when().get("/api/v1/halls/" + hall + "/capacity")
                .then().statusCode(403);
    }
}
