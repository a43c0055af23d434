package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hall calendar feed shows the booked load to immigration only. */
@QuarkusTest
class CalendarLoadTest {

    @BeforeEach
    void fixTheClock() {
        TestClock.fixAt(OffsetDateTime.parse("2026-03-23T07:00:00+08:00"));
    }

    @AfterEach
    void releaseTheClock() {
        TestClock.reset();
    }

    @Test
    void showsBookedAndOfferedSeatsToImmigrationOnly() {
        UUID dossier = DocumentsStub.dossier(UUID.randomUUID(), "p-load", "state", "OPEN", "RESIDENCE_PERMIT_PRIVATE_BUSINESS");
        Bookings.booked("p-load", dossier, "shunyi-center", Bookings.at(LocalDate.of(2026, 3, 23), "10:00"));
        String immigration = given().auth().oauth2(Tokens.immigration()).queryParam("days", "1")
                .when().get("/api/v1/halls/shunyi-center/calendar.ics").then().statusCode(200).extract().asString();
        // 16 permanent-residence slots of 2 seats and, for each of the 4 residence permits, 24 slots of 4 seats
        assertThat(immigration).contains("X-ZGC-BOOKED:1").contains("X-ZGC-CAPACITY:416").contains("Booked: 1 of 416 seats");
        String partner = given().auth().oauth2(Tokens.partner("p-load")).queryParam("days", "1")
                .when().get("/api/v1/halls/shunyi-center/calendar.ics").then().statusCode(200).extract().asString();
        assertThat(partner).contains("BEGIN:VEVENT").doesNotContain("X-ZGC-BOOKED").doesNotContain("Booked:");
    }
}
