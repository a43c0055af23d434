package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a hall's open intervals, as {@link OpeningHoursCalculator} decides them, into slots. Slots exist only on OPEN
 * days of a year whose State Council calendar is loaded (a holiday of an unpublished year is unknown), and only
 * inside an open interval: a slot that would run past the interval's end is not offered, so no slot touches a
 * lunch break. A slot takes the length and seats of the band it starts in.
 */
public final class SlotPlanner {

    private final OpeningHoursCalculator calculator;
    private final OfficialCalendar calendar;

    public SlotPlanner(OpeningHoursCalculator calculator, OfficialCalendar calendar) {
        this.calculator = calculator;
        this.calendar = calendar;
    }

    /** The slots of a category at a hall from {@code from} to {@code to}, both included, in time order. */
    public List<Slot> slots(HallHours hall, CapacityPlan plan, String category, LocalDate from, LocalDate to) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            slots.addAll(slotsOfDay(hall.hallId(), calculator.day(hall, d), plan, category));
        }
        return slots;
    }

    public List<Slot> slotsOfDay(String hallId, DaySchedule day, CapacityPlan plan, String category) {
        if (day.state() != DayState.OPEN || !calendar.isPublished(day.date())) {
            return List.of();
        }
        Optional<CapacityVersion> version = plan.versionFor(category, day.date());
        if (version.isEmpty()) {
            return List.of();
        }
        List<Slot> slots = new ArrayList<>();
        for (TimeInterval interval : day.intervals()) {
            LocalTime t = interval.opens();
            while (t.isBefore(interval.closes())) {
                SlotRule rule = version.get().ruleAt(t);
                if (rule == null) {
                    LocalTime next = version.get().nextBandAfter(t);
                    if (next == null) {
                        break;
                    }
                    t = next;
                    continue;
                }
                LocalTime end = t.plusMinutes(rule.slotMinutes());
                if (!end.isAfter(t) || end.isAfter(interval.closes())) {
                    break;
                }
                if (rule.capacity() > 0) {
                    slots.add(new Slot(hallId, category, day.date(), t, end, rule.capacity()));
                }
                t = end;
            }
        }
        return slots;
    }

    /** Whether a booked time still lies wholly inside one open interval of the day as it is now decided. */
    public static boolean fits(DaySchedule day, LocalTime starts, LocalTime ends) {
        return day.state() == DayState.OPEN && day.intervals().stream()
                .anyMatch(i -> !starts.isBefore(i.opens()) && !ends.isAfter(i.closes()));
    }

    public OpeningHoursCalculator calculator() {
        return calculator;
    }
}
