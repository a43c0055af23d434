package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Test data for appointments: the fixed "now" of these tests and booking requests. */
final class Bookings {

    /** Monday 2 March 2026, 08:00 in Beijing: a day of a year whose State Council calendar is loaded. */
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 2, 8, 0, 0, 0, ZoneOffset.ofHours(8));

    private Bookings() {
    }

    static OffsetDateTime at(LocalDate day, String time) {
        return OffsetDateTime.of(day, java.time.LocalTime.parse(time), ZoneOffset.ofHours(8));
    }

    static String body(UUID dossierId, String hallId, OffsetDateTime startsAt) {
        return """
                {"dossierId": "%s", "hallId": "%s", "startsAt": "%s"}""".formatted(dossierId, hallId, startsAt);
    }

    static Response book(String partnerId, UUID dossierId, String hallId, OffsetDateTime startsAt) {
        return given().auth().oauth2(Tokens.partner(partnerId)).contentType(ContentType.JSON)
                .body(body(dossierId, hallId, startsAt))
                .when().post("/api/v1/appointments");
    }

    /** Books and returns the appointment's id, failing the test unless it was created. */
    static String booked(String partnerId, UUID dossierId, String hallId, OffsetDateTime startsAt) {
        return book(partnerId, dossierId, hallId, startsAt).then().statusCode(201).extract().path("id");
    }
}
