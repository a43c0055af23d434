package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegularHoursResourceTest {

    private static final String SHORTER = """
            {"effectiveFrom": "%s", "weekly": {"MONDAY": ["09:00-16:00"], "TUESDAY": ["09:00-16:00"],
             "WEDNESDAY": ["09:00-16:00"], "THURSDAY": ["09:00-16:00"], "FRIDAY": ["09:00-16:00"]}}
            """;

    @Test
    void changesRegularHoursFromAFutureDateAndKeepsTheOldHoursBefore() {
        // a Monday well after the notice tests' dates, so they do not meet
        LocalDate monday = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(8).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(SHORTER.formatted(monday))
                .when().post("/api/v1/halls/tongzhou-center/regular-hours")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/halls/tongzhou-center/regular-hours/" + monday))
                .body("openingHours", equalTo("Mo-Fr 09:00-16:00; PH unknown \"subject to further notice\""));

        given().auth().oauth2(Tokens.partner("p-hours")).queryParam("from", monday.minusDays(2).toString())
                .queryParam("to", monday.toString())
                .when().get("/api/v1/halls/tongzhou-center/schedule")
                .then().statusCode(200)
                .body("days.state", contains("OPEN", "CLOSED", "OPEN"))
                .body("days[0].intervals[0].closes", equalTo(monday.minusDays(2) + "T17:00:00+08:00"))
                .body("days[2].intervals[0].closes", equalTo(monday + "T16:00:00+08:00"));

        given().auth().oauth2(Tokens.partner("p-hours")).when().get("/api/v1/halls/tongzhou-center/regular-hours")
                .then().statusCode(200)
                .body("effectiveFrom", contains("2024-01-01", monday.toString()));

        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(SHORTER.formatted(monday))
                .when().post("/api/v1/halls/tongzhou-center/regular-hours")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void refusesToChangeTodayOrThePast() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(SHORTER.formatted(today))
                .when().post("/api/v1/halls/zhongguancun-center/regular-hours")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("effectiveFrom"));
        given().auth().oauth2(Tokens.partner("p-hours")).when().get("/api/v1/halls/zhongguancun-center/regular-hours")
                .then().statusCode(200).body("effectiveFrom", contains("2024-01-01"));
    }

    @Test
    void refusesMalformedIntervalsNamingTheDay() {
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\": \"2099-01-05\", \"weekly\": {\"MONDAY\": [\"09:00-25:00\"]}}")
                .when().post("/api/v1/halls/zhongguancun-center/regular-hours")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("weekly.MONDAY[0]"));
    }

    @Test
    void refusesAnUnknownDayOfTheWeek() {
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\": \"2099-01-05\", \"weekly\": {\"FUNDAY\": [\"09:00-17:00\"]}}")
                .when().post("/api/v1/halls/zhongguancun-center/regular-hours")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void letsOnlyImmigrationChangeHours() {
        for (String token : java.util.List.of(Tokens.partner("p-hours"), Tokens.committee(), Tokens.officer())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(SHORTER.formatted("2099-01-05"))
                    .when().post("/api/v1/halls/zhongguancun-center/regular-hours")
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/halls/zhongguancun-center/regular-hours")
                .then().statusCode(403);
    }
}
