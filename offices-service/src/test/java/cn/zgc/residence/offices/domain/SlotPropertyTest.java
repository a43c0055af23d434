package cn.zgc.residence.offices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Over a whole year of all six halls, with the shipped 2026 State Council calendar, any capacity bands and any notices:
 * no slot is offered on a SUBJECT_TO_NOTICE or CLOSED day, none outside the day's open intervals (so none in
 * Shijingshan's lunch break), and none in 2027, whose calendar is not published.
 */
class SlotPropertyTest {

    private static final OfficialCalendar CALENDAR = shippedCalendar();
    private static final OpeningHoursCalculator CALCULATOR = new OpeningHoursCalculator(CALENDAR);
    private static final SlotPlanner PLANNER = new SlotPlanner(CALCULATOR, CALENDAR);
    private static final LocalTime LUNCH_FROM = LocalTime.of(12, 0);
    private static final LocalTime LUNCH_TO = LocalTime.of(13, 30);

    @Property(tries = 12)
    void noSlotOnADayThatIsNotOpenNorOutsideItsIntervals(@ForAll("capacity") CapacityVersion capacity,
            @ForAll("notices") List<HallNotice> notices, @ForAll @IntRange(min = 0, max = 4) int category) {
        String cat = HallData.CATEGORIES.get(category);
        CapacityPlan plan = new CapacityPlan(List.of(capacity));
        for (Hall hall : HallData.halls()) {
            HallHours hours = hall.id().equals("shijingshan-center") ? HallData.shijingshan()
                    : HallData.standard(hall.id());
            // the notices of this property for this hall, published one after another
            List<HallNotice> own = notices.stream().map(n -> new HallNotice(n.id(), hall.id(), n.from(), n.to(),
                    n.kind(), n.intervals(), n.reasonEn(), n.reasonZh(), n.publishedAt())).toList();
            hours = new HallHours(hall.id(), hours.versions(), own);
            Map<LocalDate, DaySchedule> days = new HashMap<>();
            for (DaySchedule d : CALCULATOR.schedule(hours, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))) {
                days.put(d.date(), d);
            }
            boolean lunchBreak = hall.id().equals("shijingshan-center");
            for (Slot slot : PLANNER.slots(hours, plan, cat, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))) {
                DaySchedule day = days.get(slot.date());
                assertThat(day).as("slot %s in 2027", slot).isNotNull();
                assertThat(day.state()).as("slot %s", slot).isEqualTo(DayState.OPEN);
                assertThat(SlotPlanner.fits(day, slot.starts(), slot.ends())).as("slot %s", slot).isTrue();
                if (lunchBreak && day.notice() == null) {
                    assertThat(slot.ends().isAfter(LUNCH_FROM) && slot.starts().isBefore(LUNCH_TO))
                            .as("slot %s in the lunch break", slot).isFalse();
                }
                if (day.notice() == null && day.officialDay() != null && day.officialDay().offDay()) {
                    throw new AssertionError("slot on a statutory holiday without a notice: " + slot);
                }
            }
        }
    }

    @Provide
    Arbitrary<CapacityVersion> capacity() {
        Arbitrary<LocalTime> start = Arbitraries.integers().between(0, 23 * 4).map(q -> LocalTime.of(q / 4, (q % 4) * 15));
        Arbitrary<SlotRule> rule = Combinators.combine(Arbitraries.integers().between(5, 240),
                Arbitraries.integers().between(0, 6)).as(SlotRule::new);
        return Arbitraries.maps(start, rule).ofMinSize(1).ofMaxSize(4)
                .map(bands -> new CapacityVersion(UUID.randomUUID(), "any", null, LocalDate.of(2024, 1, 1), new TreeMap<>(bands)));
    }

    @Provide
    Arbitrary<List<HallNotice>> notices() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, 364).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
        Arbitrary<HallNotice> notice = Combinators.combine(day, Arbitraries.integers().between(0, 10),
                Arbitraries.of(NoticeKind.values()), Arbitraries.integers().between(6 * 4, 20 * 4),
                Arbitraries.integers().between(1, 16), Arbitraries.integers().between(0, 59))
                .as((from, length, kind, opensQ, hours, minute) -> {
                    LocalTime opens = LocalTime.of(opensQ / 4, (opensQ % 4) * 15);
                    LocalTime closes = opens.plusMinutes(hours * 15L);
                    List<TimeInterval> intervals = kind == NoticeKind.CLOSED || !closes.isAfter(opens) ? List.of()
                            : List.of(new TimeInterval(opens, closes));
                    NoticeKind k = intervals.isEmpty() ? NoticeKind.CLOSED : kind;
                    return new HallNotice(UUID.randomUUID(), "any", from, from.plusDays(length), k, intervals,
                            "reason", "原因", java.time.OffsetDateTime.parse("2025-12-01T10:00:00+08:00").plusMinutes(minute));
                });
        return notice.list().ofMaxSize(12);
    }

    /** The State Council calendar shipped with the service (holiday-cn 2024-2026; 2027 not published). */
    private static OfficialCalendar shippedCalendar() {
        ObjectMapper json = new ObjectMapper();
        List<OfficialDay> days = new ArrayList<>();
        for (int year = 2024; year <= 2026; year++) {
            try (InputStream in = SlotPropertyTest.class.getResourceAsStream("/holiday-cn/" + year + ".json")) {
                for (JsonNode d : json.readTree(in).path("days")) {
                    days.add(new OfficialDay(LocalDate.parse(d.path("date").asText()), d.path("name").asText(),
                            d.path("isOffDay").asBoolean()));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new OfficialCalendar(days, Set.of(2024, 2025, 2026));
    }
}
