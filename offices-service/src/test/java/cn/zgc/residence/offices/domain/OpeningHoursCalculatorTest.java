package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.time.BusinessClock;
import static cn.zgc.residence.offices.domain.HallData.calendar;
import static cn.zgc.residence.offices.domain.HallData.closed;
import static cn.zgc.residence.offices.domain.HallData.shijingshan;
import static cn.zgc.residence.offices.domain.HallData.special;
import static cn.zgc.residence.offices.domain.HallData.standard;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpeningHoursCalculatorTest {

    private final OpeningHoursCalculator calculator = new OpeningHoursCalculator(calendar());

    @ParameterizedTest(name = "{0} at Shijingshan: open={1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T08:59 | false | before the morning opens
            2026-03-02T09:00 | true  | the morning opens at 9:00
            2026-03-02T11:59 | true  | last minute of the morning
            2026-03-02T12:00 | false | the lunch break starts at 12:00
            2026-03-02T13:29 | false | still the lunch break
            2026-03-02T13:30 | true  | the afternoon opens at 13:30
            2026-03-02T16:59 | true  | last minute of the afternoon
            2026-03-02T17:00 | false | closed from 17:00
            2026-03-07T10:00 | true  | Saturdays are regular working days of the hall
            2026-03-08T10:00 | false | Sundays are closed
            2026-01-01T10:00 | false | New Year's Day is subject to notice, not open
            2026-01-04T10:00 | false | the worked Sunday 2026-01-04 is subject to notice, not open
            2026-02-14T10:00 | true  | the worked Saturday 2026-02-14 keeps regular hours
            """)
    void knowsWhetherShijingshanIsOpenAtAMinute(LocalDateTime at, boolean open, String reason) {
        assertThat(calculator.isOpenAt(shijingshan(), at.atZone(BusinessClock.ZONE))).as(reason).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0}: {1} by {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02 | OPEN              | REGULAR_HOURS        | a plain Monday
            2026-03-07 | OPEN              | REGULAR_HOURS        | a plain Saturday
            2026-03-08 | CLOSED            | REGULAR_HOURS        | a plain Sunday
            2026-01-01 | SUBJECT_TO_NOTICE | STATUTORY_HOLIDAY    | New Year's Day, a Thursday
            2026-01-03 | SUBJECT_TO_NOTICE | STATUTORY_HOLIDAY    | a holiday on a Saturday is not a regular Saturday
            2026-02-15 | SUBJECT_TO_NOTICE | STATUTORY_HOLIDAY    | a holiday on a Sunday is also left to notice
            2026-01-04 | SUBJECT_TO_NOTICE | ADJUSTED_WORKING_DAY | a Sunday worked by State Council arrangement
            2026-02-14 | OPEN              | ADJUSTED_WORKING_DAY | a Saturday worked by arrangement keeps the hours
            2023-12-31 | CLOSED            | NO_REGULAR_HOURS     | before the first version of regular hours
            """)
    void decidesEachKindOfDay(LocalDate date, DayState state, DayBasis basis, String reason) {
        DaySchedule day = calculator.day(standard("zhongguancun-center"), date);
        assertThat(day.state()).as(reason).isEqualTo(state);
        assertThat(day.basis()).as(reason).isEqualTo(basis);
        assertThat(day.intervals()).as(reason).hasSize(state == DayState.OPEN ? 1 : 0);
    }

    @ParameterizedTest(name = "a {1} notice on {0} makes it {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02 | CLOSED        | CLOSED | closes a regular Monday
            2026-03-02 | SPECIAL_HOURS | OPEN   | shortens a regular Monday
            2026-03-08 | SPECIAL_HOURS | OPEN   | opens a Sunday
            2026-01-01 | SPECIAL_HOURS | OPEN   | decides a statutory holiday as open
            2026-01-01 | CLOSED        | CLOSED | decides a statutory holiday as closed
            2026-01-04 | SPECIAL_HOURS | OPEN   | decides the worked Sunday as open
            2026-01-04 | CLOSED        | CLOSED | decides the worked Sunday as closed
            2026-02-14 | CLOSED        | CLOSED | closes a worked Saturday
            """)
    void letsANoticeOverrideEveryKindOfDay(LocalDate date, NoticeKind kind, DayState state, String reason) {
        HallNotice notice = kind == NoticeKind.CLOSED
                ? closed("shijingshan-center", date, date, 0)
                : special("shijingshan-center", date, date, 0, "10:00-15:00");
        DaySchedule day = calculator.day(shijingshan(notice), date);
        assertThat(day.state()).as(reason).isEqualTo(state);
        assertThat(day.basis()).isEqualTo(DayBasis.NOTICE);
        assertThat(day.notice()).isEqualTo(notice);
        if (state == DayState.OPEN) {
            assertThat(day.intervals()).containsExactly(TimeInterval.of("10:00", "15:00"));
            assertThat(day.isOpenAt(java.time.LocalTime.of(12, 30))).as("special hours replace the lunch break").isTrue();
        }
    }

    @Test
    void letsTheLatestPublishedNoticeWinWhereNoticesOverlap() {
        HallNotice early = closed("shijingshan-center", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), 0);
        HallNotice later = special("shijingshan-center", LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3), 5, "09:00-12:00");
        HallHours hall = shijingshan(later, early);
        assertThat(calculator.day(hall, LocalDate.of(2026, 10, 2)).state()).isEqualTo(DayState.CLOSED);
        assertThat(calculator.day(hall, LocalDate.of(2026, 10, 3)).state()).isEqualTo(DayState.OPEN);
        assertThat(calculator.day(hall, LocalDate.of(2026, 10, 4)).state()).isEqualTo(DayState.CLOSED);
    }

    @Test
    void keepsOldRegularHoursForDatesBeforeANewVersion() {
        WeeklyHours shorter = WeeklyHours.sameOn(HallData.MON_TO_SAT, List.of(TimeInterval.of("09:00", "16:00")));
        HallHours hall = new HallHours("tongzhou-center", List.of(
                new RegularHoursVersion(HallData.SEED_FROM, HallData.NINE_TO_FIVE),
                new RegularHoursVersion(LocalDate.of(2026, 6, 1), shorter)), List.of());
        assertThat(calculator.day(hall, LocalDate.of(2026, 5, 30)).intervals()).containsExactly(TimeInterval.of("09:00", "17:00"));
        assertThat(calculator.day(hall, LocalDate.of(2026, 6, 1)).intervals()).containsExactly(TimeInterval.of("09:00", "16:00"));
    }

    @Test
    void passesOverTheNewYearHolidaysAndTheWorkedSundayToTheNextOpening() {
        NextOpening next = calculator.nextOpening(standard("beijing-reception-hall"),
                ZonedDateTime.of(2025, 12, 31, 17, 30, 0, 0, BusinessClock.ZONE), 366);
        assertThat(next.opens()).isEqualTo(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, BusinessClock.ZONE));
        assertThat(next.closes().toLocalTime()).hasToString("17:00");
        assertThat(next.openNow()).isFalse();
        assertThat(next.passedOver()).extracting(DaySchedule::date).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4));
    }

    @ParameterizedTest(name = "after {0}: {1}-{2}, open now {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T08:00 | 2026-03-02T09:00 | 2026-03-02T12:00 | false
            2026-03-02T10:00 | 2026-03-02T09:00 | 2026-03-02T12:00 | true
            2026-03-02T12:00 | 2026-03-02T13:30 | 2026-03-02T17:00 | false
            2026-03-02T17:00 | 2026-03-03T09:00 | 2026-03-03T12:00 | false
            2026-03-07T17:00 | 2026-03-09T09:00 | 2026-03-09T12:00 | false
            """)
    void findsShijingshansNextInterval(LocalDateTime after, LocalDateTime opens, LocalDateTime closes, boolean openNow) {
        NextOpening next = calculator.nextOpening(shijingshan(), after.atZone(BusinessClock.ZONE), 366);
        assertThat(next.opens().toLocalDateTime()).isEqualTo(opens);
        assertThat(next.closes().toLocalDateTime()).isEqualTo(closes);
        assertThat(next.openNow()).isEqualTo(openNow);
        assertThat(next.passedOver()).isEmpty();
    }

    @Test
    void reportsNoOpeningWhenTheHorizonHoldsNone() {
        HallNotice closedMonth = closed("shijingshan-center", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), 0);
        NextOpening next = calculator.nextOpening(shijingshan(closedMonth),
                ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, BusinessClock.ZONE), 10);
        assertThat(next.found()).isFalse();
    }

    @Test
    void computesAYearOfSchedulesForEveryHall() {
        List<HallHours> halls = List.of(shijingshan(), standard("beijing-reception-hall"), standard("zhongguancun-center"),
                standard("chaoyang-center"), standard("shunyi-center"), standard("tongzhou-center"));
        Map<String, List<DaySchedule>> year = OpeningHoursCalculator.yearOfSchedules(halls, calendar(), 2026);
        assertThat(year).hasSize(6);
        assertThat(year.values()).allSatisfy(days -> assertThat(days).hasSize(365));
        assertThat(year.get("shijingshan-center")).filteredOn(d -> d.date().getDayOfWeek() == DayOfWeek.SUNDAY)
                .allSatisfy(d -> assertThat(d.state()).isNotEqualTo(DayState.OPEN));
    }
}
