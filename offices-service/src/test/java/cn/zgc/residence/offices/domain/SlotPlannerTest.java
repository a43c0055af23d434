package cn.zgc.residence.offices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotPlannerTest {

    private static final SlotPlanner PLANNER = new SlotPlanner(new OpeningHoursCalculator(HallData.calendar()),
            HallData.calendar());

    private static CapacityPlan plan(int minutes, int seats) {
        return new CapacityPlan(List.of(CapacityVersion.of("any", null, HallData.SEED_FROM,
                Map.of(LocalTime.MIDNIGHT, new SlotRule(minutes, seats)))));
    }

    private static List<String> starts(HallHours hall, CapacityPlan plan, LocalDate day) {
        return PLANNER.slots(hall, plan, "PERMANENT_RESIDENCE", day, day).stream()
                .map(s -> s.starts() + "-" + s.ends()).toList();
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02 | 60 | 8  | 09:00-10:00 | 16:00-17:00 | a regular Monday: 9:00 to 17:00 in hours
            2026-03-07 | 60 | 8  | 09:00-10:00 | 16:00-17:00 | a regular Saturday
            2026-03-08 | 60 | 0  |             |             | Sunday: closed
            2026-01-01 | 60 | 0  |             |             | New Year's Day: subject to notice, no slots
            2026-01-04 | 60 | 0  |             |             | a worked Sunday: subject to notice, no slots
            2026-02-14 | 60 | 8  | 09:00-10:00 | 16:00-17:00 | a worked Saturday keeps the regular hours
            2026-03-02 | 45 | 10 | 09:00-09:45 | 15:45-16:30 | 45 minutes: a slot from 16:30 would run past 17:00
            2027-03-01 | 60 | 0  |             |             | 2027: the State Council calendar is not loaded
            """)
    void cutsOpenIntervalsIntoSlots(LocalDate day, int minutes, int count, String first, String last, String reason) {
        List<String> slots = starts(HallData.standard("zhongguancun-center"), plan(minutes, 2), day);
        assertThat(slots).as(reason).hasSize(count);
        if (count > 0) {
            assertThat(slots.get(0)).isEqualTo(first);
            assertThat(slots.get(slots.size() - 1)).as(reason).isEqualTo(last);
        }
    }

    @Test
    void offersNoSlotInShijingshansLunchBreak() {
        List<String> slots = starts(HallData.shijingshan(), plan(40, 3), LocalDate.of(2026, 3, 2));
        assertThat(slots).containsExactly("09:00-09:40", "09:40-10:20", "10:20-11:00", "11:00-11:40",
                "13:30-14:10", "14:10-14:50", "14:50-15:30", "15:30-16:10", "16:10-16:50");
    }

    @Test
    void aNoticeOpensAHolidayWithItsHours() {
        LocalDate holiday = LocalDate.of(2026, 10, 1);
        HallHours hall = HallData.standard("zhongguancun-center",
                HallData.special("zhongguancun-center", holiday, holiday, 1, "09:00-11:00"));
        assertThat(starts(hall, plan(60, 1), holiday)).containsExactly("09:00-10:00", "10:00-11:00");
    }

    @Test
    void bandsSetLengthAndSeatsByTimeOfDayAndACategoryVersionWinsOverTheGeneralOne() {
        CapacityVersion general = CapacityVersion.of("h", null, HallData.SEED_FROM,
                Map.of(LocalTime.MIDNIGHT, new SlotRule(60, 5)));
        CapacityVersion own = CapacityVersion.of("h", "PERMANENT_RESIDENCE", LocalDate.of(2026, 3, 1), Map.of(
                LocalTime.MIDNIGHT, new SlotRule(120, 2), LocalTime.of(13, 0), new SlotRule(60, 0),
                LocalTime.of(15, 0), new SlotRule(30, 1)));
        CapacityPlan plan = new CapacityPlan(List.of(general, own));
        List<Slot> slots = PLANNER.slots(HallData.standard("h"), plan, "PERMANENT_RESIDENCE",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
        assertThat(slots).extracting(s -> s.starts() + "x" + s.capacity())
                .containsExactly("09:00x2", "11:00x2", "15:00x1", "15:30x1", "16:00x1", "16:30x1");
        // the day before the category's version, the general one holds
        assertThat(PLANNER.slots(HallData.standard("h"), plan, "PERMANENT_RESIDENCE", LocalDate.of(2026, 2, 27),
                LocalDate.of(2026, 2, 27))).hasSize(8).allMatch(s -> s.capacity() == 5);
        assertThat(PLANNER.slots(HallData.standard("h"), plan, "RESIDENCE_PERMIT_STUDY", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2))).hasSize(8);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            09:00 | 09:30 | true  | inside the morning
            11:30 | 12:00 | true  | ends exactly when the interval closes
            11:45 | 12:15 | false | runs into the lunch break
            14:00 | 14:30 | true  | inside the afternoon
            """)
    void fitsOnlyInsideAnOpenInterval(LocalTime starts, LocalTime ends, boolean fits, String reason) {
        DaySchedule day = new OpeningHoursCalculator(HallData.calendar()).day(HallData.shijingshan(), LocalDate.of(2026, 3, 2));
        assertThat(SlotPlanner.fits(day, starts, ends)).as(reason).isEqualTo(fits);
    }
}
