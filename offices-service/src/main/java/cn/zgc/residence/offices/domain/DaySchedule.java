package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.util.List;

/** One day of one hall: its state, its open intervals (empty unless OPEN), and what decided it. */
public record DaySchedule(LocalDate date, DayState state, List<TimeInterval> intervals, DayBasis basis,
        OfficialDay officialDay, HallNotice notice) {

    public boolean isOpenAt(java.time.LocalTime time) {
        return state == DayState.OPEN && intervals.stream().anyMatch(i -> i.contains(time));
    }
}
