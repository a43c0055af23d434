package cn.zgc.residence.offices.domain;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hall's regular hours: the intervals of each day of the week; a day without intervals is closed. */
public final class WeeklyHours {

    private final Map<DayOfWeek, List<TimeInterval>> days;

    private WeeklyHours(Map<DayOfWeek, List<TimeInterval>> days) {
        this.days = days;
    }

    public static WeeklyHours of(Map<DayOfWeek, List<TimeInterval>> intervals) {
        EnumMap<DayOfWeek, List<TimeInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, TimeInterval.ofDay(intervals.getOrDefault(day, List.of())));
        }
        return new WeeklyHours(Collections.unmodifiableMap(days));
    }

    /** The same intervals on each of the given days. */
    public static WeeklyHours sameOn(List<DayOfWeek> openDays, List<TimeInterval> intervals) {
        EnumMap<DayOfWeek, List<TimeInterval>> days = new EnumMap<>(DayOfWeek.class);
        openDays.forEach(d -> days.put(d, intervals));
        return of(days);
    }

    public List<TimeInterval> on(DayOfWeek day) {
        return days.get(day);
    }

    public boolean isOpenOn(DayOfWeek day) {
        return !days.get(day).isEmpty();
    }

    /** Days with their intervals as text, Monday first; closed days are left out. */
    public Map<DayOfWeek, List<String>> asText() {
        Map<DayOfWeek, List<String>> text = new LinkedHashMap<>();
        days.forEach((day, intervals) -> {
            if (!intervals.isEmpty()) {
                text.put(day, intervals.stream().map(TimeInterval::toString).toList());
            }
        });
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WeeklyHours other && days.equals(other.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return asText().toString();
    }
}
