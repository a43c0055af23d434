package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class HallScheduleResourceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static RequestSpecification partner() {
        return given().auth().oauth2(Tokens.partner("p-schedule"));
    }

    @Test
    void showsTheNewYearHolidaysAndTheWorkedSundayAsSubjectToNotice() {
        partner().queryParam("from", "2025-12-31").queryParam("to", "2026-01-05")
                .when().get("/api/v1/halls/shijingshan-center/schedule")
                .then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("days.date", contains("2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"))
                .body("days.state", contains("OPEN", "SUBJECT_TO_NOTICE", "SUBJECT_TO_NOTICE", "SUBJECT_TO_NOTICE",
                        "SUBJECT_TO_NOTICE", "OPEN"))
                .body("days.basis", contains("REGULAR_HOURS", "STATUTORY_HOLIDAY", "STATUTORY_HOLIDAY",
                        "STATUTORY_HOLIDAY", "ADJUSTED_WORKING_DAY", "REGULAR_HOURS"))
                .body("days[1].holiday", equalTo("New Year's Day"))
                .body("days[1].holidayZh", equalTo("元旦"))
                .body("days[4].officialDayOff", equalTo(false))
                .body("days[0].intervals.opens", contains("2025-12-31T09:00:00+08:00", "2025-12-31T13:30:00+08:00"))
                .body("days[0].intervals.closes", contains("2025-12-31T12:00:00+08:00", "2025-12-31T17:00:00+08:00"));
    }

    @Test
    void namesHolidaysAndAddressesInTheCallersLanguage() {
        partner().header("Accept-Language", "zh-CN").queryParam("from", "2026-10-01").queryParam("to", "2026-10-01")
                .when().get("/api/v1/halls/shijingshan-center/schedule")
                .then().statusCode(200)
                .body("days[0].holiday", equalTo("国庆节"))
                .body("days[0].holidayZh", equalTo("国庆节"));
        partner().queryParam("from", "2026-10-01").queryParam("to", "2026-10-01")
                .when().get("/api/v1/halls/shijingshan-center/schedule")
                .then().statusCode(200)
                .body("days[0].holiday", equalTo("National Day"));
        partner().header("Accept-Language", "zh").when().get("/api/v1/halls/beijing-reception-hall")
                .then().statusCode(200)
                .body("name", equalTo("北京市公安局出入境管理总队接待大厅"))
                .body("address", equalTo("北京市东城区安定门东大街2号（二环路北小街桥东南角）"));
        partner().when().get("/api/v1/halls/beijing-reception-hall")
                .then().statusCode(200)
                .body("address", org.hamcrest.Matchers.startsWith("No. 2 Dong Avenue, An Ding Men"));
    }

    @Test
    void keepsRegularHoursOnAWorkedSaturdayAndClosesOnSundays() {
        partner().queryParam("from", "2026-02-14").queryParam("to", "2026-02-15")
                .when().get("/api/v1/halls/beijing-reception-hall/schedule")
                .then().statusCode(200)
                .body("days.state", contains("OPEN", "SUBJECT_TO_NOTICE"));
        partner().queryParam("from", "2026-03-08").queryParam("to", "2026-03-08")
                .when().get("/api/v1/halls/beijing-reception-hall/schedule")
                .then().statusCode(200)
                .body("days[0].state", equalTo("CLOSED"))
                .body("days[0].officialCalendarPublished", equalTo(true));
    }

    @Test
    void answersAScheduleOf366Days() {
        partner().queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .when().get("/api/v1/halls/zhongguancun-center/schedule")
                .then().statusCode(200).body("days", hasSize(366))
                .header("Server-Timing", matchesPattern("schedule;dur=\\d+\\.\\d{3}"));
    }

    @ParameterizedTest(name = "from={0} to={1}: 400 on {2}")
    @CsvSource({
            "2026-02-01, 2026-01-01, from",
            "2026-01-01, 2027-01-02, to",
            "2026-13-01, 2026-12-31, from",
            "2026-01-01, 31.12.2026, to"})
    void refusesABadRange(String from, String to, String field) {
        partner().queryParam("from", from).queryParam("to", to)
                .when().get("/api/v1/halls/zhongguancun-center/schedule")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void answersNotFoundForTheScheduleOfAnUnknownHall() {
        partner().queryParam("from", "2026-01-01").queryParam("to", "2026-01-02")
                .when().get("/api/v1/halls/nowhere/schedule")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void findsTheNextOpeningForPermanentResidencePassingOverTheNewYear() {
        partner().queryParam("category", "PERMANENT_RESIDENCE").queryParam("after", "2025-12-31T17:30:00+08:00")
                .when().get("/api/v1/halls/next-opening")
                .then().statusCode(200)
                .body("hallId", contains("beijing-reception-hall", "zhongguancun-center"))
                .body("opens", contains("2026-01-05T09:00:00+08:00", "2026-01-05T09:00:00+08:00"))
                .body("[0].passedOver.date", contains("2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"))
                .body("[0].passedOver.state", contains("SUBJECT_TO_NOTICE", "SUBJECT_TO_NOTICE", "SUBJECT_TO_NOTICE",
                        "SUBJECT_TO_NOTICE"));
    }

    @Test
    void ordersNextOpeningsSoonestFirst() {
        // at 12:10 on a Monday the five halls without a lunch break are open now; Shijingshan opens at 13:30
        partner().queryParam("category", "RESIDENCE_PERMIT_STUDY").queryParam("after", "2026-03-02T12:10:00+08:00")
                .when().get("/api/v1/halls/next-opening")
                .then().statusCode(200)
                .body("$", hasSize(6))
                .body("[5].hallId", equalTo("shijingshan-center"))
                .body("[5].opens", equalTo("2026-03-02T13:30:00+08:00"))
                .body("[5].openNow", equalTo(false))
                .body("[0].openNow", equalTo(true));
    }

    @Test
    void includesChaoyangUnderConditionA() {
        partner().queryParam("category", "PERMANENT_RESIDENCE").queryParam("after", "2026-03-02T08:00:00+08:00")
                .queryParam("employerDistrict", "CHAOYANG").queryParam("demonstratingEntity", "true")
                .when().get("/api/v1/halls/next-opening")
                .then().statusCode(200)
                .body("hallId", contains("beijing-reception-hall", "chaoyang-center", "zhongguancun-center"));
    }

    @ParameterizedTest(name = "category={0} after={1}: 400 on {2}")
    @CsvSource({
            "'', 2026-03-02T08:00:00+08:00, category",
            "VISA, 2026-03-02T08:00:00+08:00, category",
            "PERMANENT_RESIDENCE, 2026-03-02, after"})
    void refusesABadNextOpeningQuery(String category, String after, String field) {
        partner().queryParam("category", category).queryParam("after", after)
                .when().get("/api/v1/halls/next-opening")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field));
    }

    @Test
    void servesAnICalendarFeedThatReadsBack() throws Exception {
        String ics = partner().when().get("/api/v1/halls/shijingshan-center/calendar.ics?days=21")
                .then().statusCode(200)
                .contentType(startsWith("text/calendar"))
                .extract().asString();
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes("UTF-8").length).isLessThanOrEqualTo(75));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).isNotEmpty();
        LocalDate today = LocalDate.now(SHANGHAI);
        for (VEvent event : events) {
            ZonedDateTime start = zoned(event.getDateTimeStart().orElseThrow().getDate());
            ZonedDateTime end = zoned(event.getDateTimeEnd().orElseThrow().getDate());
            assertThat(start.toLocalDate()).isBetween(today, today.plusDays(20));
            assertThat(start.toLocalTime()).isIn(LocalTime.of(9, 0), LocalTime.of(13, 30));
            assertThat(end.toLocalTime()).isIn(LocalTime.of(12, 0), LocalTime.of(17, 0));
            assertThat(event.getSummary().orElseThrow().getValue()).startsWith("Open: ");
            assertThat(event.getLocation().orElseThrow().getValue()).isEqualTo("No. Jia 3, Gu Cheng Nan Li, Shijingshan District, Beijing");
        }
        assertThat(events.stream().map(e -> e.getUid().get().getValue()).distinct()).hasSameSizeAs(events);
    }

    @Test
    void refusesAFeedOfMoreThan366Days() {
        partner().when().get("/api/v1/halls/shijingshan-center/calendar.ics?days=400")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("days"));
    }

    private static ZonedDateTime zoned(Temporal temporal) {
        if (temporal instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(SHANGHAI);
        }
        if (temporal instanceof LocalDateTime l) {
            return l.atZone(SHANGHAI);
        }
        return ZonedDateTime.from(temporal).withZoneSameInstant(SHANGHAI);
    }
}
