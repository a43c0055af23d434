package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class HallNoticeResourceTest {

    /** A Sunday some years ahead, so that notices are in the future whenever the tests run; each test offsets it. */
    private static final LocalDate BASE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(3)
            .with(TemporalAdjusters.next(DayOfWeek.SUNDAY));

    private static String body(LocalDate from, LocalDate to, String kind, String intervals) {
        return """
                {"from": "%s", "to": "%s", "kind": "%s", %s "reasonEn": "Staff training", "reasonZh": "员工培训"}
                """.formatted(from, to, kind, intervals == null ? "" : "\"intervals\": " + intervals + ",");
    }

    @Test
    void publishesSpecialSundayHoursThatTheScheduleShowsAtOnceAndAnnouncesThem() {
        LocalDate sunday = BASE;
        String location = given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(body(sunday, sunday, "SPECIAL_HOURS", "[\"09:00-12:00\"]"))
                .when().post("/api/v1/halls/tongzhou-center/notices")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/halls/tongzhou-center/notices/"))
                .body("kind", equalTo("SPECIAL_HOURS"))
                .body("intervals", contains("09:00-12:00"))
                .extract().header("Location");
        String noticeId = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(Tokens.partner("p-notice")).queryParam("from", sunday.toString()).queryParam("to", sunday.toString())
                .when().get("/api/v1/halls/tongzhou-center/schedule")
                .then().statusCode(200)
                .body("days[0].state", equalTo("OPEN"))
                .body("days[0].basis", equalTo("NOTICE"))
                .body("days[0].noticeId", equalTo(noticeId))
                .body("days[0].noticeReasonZh", equalTo("员工培训"))
                .body("days[0].intervals[0].opens", equalTo(sunday + "T09:00:00+08:00"));
        given().auth().oauth2(Tokens.partner("p-notice")).when().get(location)
                .then().statusCode(200).body("reasonEn", equalTo("Staff training"));

        List<ConsumerRecord<String, String>> events = EventProbe.awaitRecords(Topics.OFFICES_NOTICES, 1,
                r -> r.value().contains(noticeId));
        ConsumerRecord<String, String> event = events.get(0);
        assertThat(event.key()).isEqualTo("tongzhou-center");
        assertThat(EventProbe.header(event, "ce_type")).contains("cn.zgc.offices.HallNoticePublished.v1");
        assertThat(event.value()).contains("\"kind\":\"SPECIAL_HOURS\"").contains("\"from\":\"" + sunday + "\"");
    }

    @Test
    void closesAWeekOfRegularDays() {
        LocalDate monday = BASE.plusWeeks(2).plusDays(1);
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(body(monday, monday.plusDays(5), "CLOSED", null))
                .when().post("/api/v1/halls/shunyi-center/notices")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.partner("p-notice")).queryParam("from", monday.toString())
                .queryParam("to", monday.plusDays(6).toString())
                .when().get("/api/v1/halls/shunyi-center/schedule")
                .then().statusCode(200)
                .body("days.state", contains("CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED"))
                .body("days.basis", contains("NOTICE", "NOTICE", "NOTICE", "NOTICE", "NOTICE", "NOTICE", "REGULAR_HOURS"));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', textBlock = """
            10  | 9   | CLOSED        |                            | to
            0   | 400 | CLOSED        |                            | to
            -4000 | -4000 | CLOSED    |                            | from
            10  | 10  | CLOSED        | ["09:00-12:00"]            | intervals
            10  | 10  | SPECIAL_HOURS |                            | intervals
            10  | 10  | SPECIAL_HOURS | ["9-12"]                   | intervals[0]
            10  | 10  | SPECIAL_HOURS | ["12:00-09:00"]            | intervals[0]
            10  | 10  | SPECIAL_HOURS | ["09:00-12:00","11:00-13:00"] | intervals
            10  | 10  | HALF_OPEN     |                            | kind
            """)
    void refusesABadNoticeAndStoresNothing(int fromOffset, int toOffset, String kind, String intervals, String field) {
        LocalDate from = BASE.plusWeeks(10).plusDays(fromOffset);
        LocalDate to = BASE.plusWeeks(10).plusDays(toOffset);
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(body(from, to, kind, intervals))
                .when().post("/api/v1/halls/shijingshan-center/notices")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder(field));
        given().auth().oauth2(Tokens.immigration()).queryParam("past", "true")
                .when().get("/api/v1/halls/shijingshan-center/notices")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void refusesMissingReasons() {
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body("{\"from\": \"" + BASE + "\", \"to\": \"" + BASE + "\", \"kind\": \"CLOSED\", \"reasonEn\": \" \"}")
                .when().post("/api/v1/halls/shijingshan-center/notices")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("reasonEn", "reasonZh"));
    }

    @Test
    void letsOnlyOfficersPublish() {
        given().auth().oauth2(Tokens.partner("p-notice")).contentType(ContentType.JSON)
                .body(body(BASE, BASE, "CLOSED", null))
                .when().post("/api/v1/halls/chaoyang-center/notices")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void refusesTheRetiredOfficerRoleAndTheCommitteeForNotices() {
        for (String token : List.of(Tokens.officer(), Tokens.committee())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(body(BASE, BASE, "CLOSED", null))
                    .when().post("/api/v1/halls/chaoyang-center/notices")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.officer()).when().get("/api/v1/halls/chaoyang-center/notices").then().statusCode(403);
        given().auth().oauth2(Tokens.committee()).when().get("/api/v1/halls/chaoyang-center/notices").then().statusCode(200);
    }

    @Test
    void answersNotFoundForANoticeOfAnUnknownHall() {
        given().auth().oauth2(Tokens.immigration()).contentType(ContentType.JSON)
                .body(body(BASE, BASE, "CLOSED", null))
                .when().post("/api/v1/halls/nowhere/notices")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", endsWith("/api/v1/halls/nowhere/notices"));
    }
}
