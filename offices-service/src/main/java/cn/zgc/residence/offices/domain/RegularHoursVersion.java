package cn.zgc.residence.offices.domain;

import java.time.LocalDate;

/** Regular hours in force from a date until the next version of the same hall. */
public record RegularHoursVersion(LocalDate effectiveFrom, WeeklyHours hours) {
}
