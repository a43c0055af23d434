package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.time.BusinessClock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides a hall's day from its data. In order: an officer's notice decides; a statutory holiday is subject to
 * further notice; an adjusted working day keeps the regular hours of its weekday, or is subject to notice when the
 * hall does not open on that weekday (a worked Sunday); otherwise the regular hours of the weekday, closed when it
 * has none.
 */
public final class OpeningHoursCalculator {

    private static final ZoneId ZONE = BusinessClock.ZONE;

    private final OfficialCalendar calendar;

    public OpeningHoursCalculator(OfficialCalendar calendar) {
        this.calendar = calendar;
    }

    public DaySchedule day(HallHours hall, LocalDate date) {
        OfficialDay official = calendar.day(date).orElse(null);
        Optional<HallNotice> notice = hall.noticeOn(date);
        if (notice.isPresent()) {
            HallNotice n = notice.get();
            DayState state = n.kind() == NoticeKind.CLOSED ? DayState.CLOSED : DayState.OPEN;
            return new DaySchedule(date, state, n.intervals(), DayBasis.NOTICE, official, n);
        }
        Optional<WeeklyHours> regular = hall.regularHoursOn(date);
        if (regular.isEmpty()) {
            return new DaySchedule(date, DayState.CLOSED, List.of(), DayBasis.NO_REGULAR_HOURS, official, null);
        }
        DayOfWeek weekday = date.getDayOfWeek();
        List<TimeInterval> intervals = regular.get().on(weekday);
        if (official != null && official.offDay()) {
            return new DaySchedule(date, DayState.SUBJECT_TO_NOTICE, List.of(), DayBasis.STATUTORY_HOLIDAY, official, null);
        }
        if (official != null) {
            return intervals.isEmpty()
                    ? new DaySchedule(date, DayState.SUBJECT_TO_NOTICE, List.of(), DayBasis.ADJUSTED_WORKING_DAY, official, null)
                    : new DaySchedule(date, DayState.OPEN, intervals, DayBasis.ADJUSTED_WORKING_DAY, official, null);
        }
        return intervals.isEmpty()
                ? new DaySchedule(date, DayState.CLOSED, List.of(), DayBasis.REGULAR_HOURS, null, null)
                : new DaySchedule(date, DayState.OPEN, intervals, DayBasis.REGULAR_HOURS, null, null);
    }

    /** Day by day from {@code from} to {@code to}, both included. */
    public List<DaySchedule> schedule(HallHours hall, LocalDate from, LocalDate to) {
        List<DaySchedule> days = new ArrayList<>((int) (to.toEpochDay() - from.toEpochDay() + 1));
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(day(hall, d));
        }
        return days;
    }

    public boolean isOpenAt(HallHours hall, ZonedDateTime instant) {
        ZonedDateTime local = instant.withZoneSameInstant(ZONE);
        return day(hall, local.toLocalDate()).isOpenAt(local.toLocalTime());
    }

    /**
     * The first open interval that has not ended at {@code after}, looking at most {@code horizonDays} days ahead,
     * with the SUBJECT_TO_NOTICE days met on the way.
     */
    public NextOpening nextOpening(HallHours hall, ZonedDateTime after, int horizonDays) {
        ZonedDateTime local = after.withZoneSameInstant(ZONE);
        List<DaySchedule> passedOver = new ArrayList<>();
        LocalDate date = local.toLocalDate();
        for (int i = 0; i <= horizonDays; i++, date = date.plusDays(1)) {
            DaySchedule day = day(hall, date);
            for (TimeInterval interval : day.intervals()) {
                ZonedDateTime opens = date.atTime(interval.opens()).atZone(ZONE);
                ZonedDateTime closes = date.atTime(interval.closes()).atZone(ZONE);
                if (closes.isAfter(local)) {
                    return new NextOpening(hall.hallId(), opens, closes, !opens.isAfter(local), List.copyOf(passedOver));
                }
            }
            if (day.state() == DayState.SUBJECT_TO_NOTICE) {
                passedOver.add(day);
            }
        }
        return new NextOpening(hall.hallId(), null, null, false, List.copyOf(passedOver));
    }

    /** A full calendar year of schedules for each hall: the work a year view of every hall costs. */
    public static Map<String, List<DaySchedule>> yearOfSchedules(Collection<HallHours> halls, OfficialCalendar calendar,
            int year) {
        OpeningHoursCalculator calculator = new OpeningHoursCalculator(calendar);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<String, List<DaySchedule>> result = new LinkedHashMap<>();
        for (HallHours hall : halls) {
            result.put(hall.hallId(), calculator.schedule(hall, from, to));
        }
        return result;
    }
}
