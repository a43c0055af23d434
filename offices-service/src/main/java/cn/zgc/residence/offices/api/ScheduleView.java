package cn.zgc.residence.offices.api;

import java.time.LocalDate;
import java.util.List;

/** A hall's days from {@code from} to {@code to}, both included, in Asia/Shanghai. */
public record ScheduleView(String hallId, LocalDate from, LocalDate to, String timeZone, List<DayView> days) {
}
