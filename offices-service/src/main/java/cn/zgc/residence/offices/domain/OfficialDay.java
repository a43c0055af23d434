package cn.zgc.residence.offices.domain;

import java.time.LocalDate;

/**
 * A day of the State Council holiday arrangement: a statutory day off ({@code offDay}), or an adjusted working
 * day (调休) on which a weekend is worked.
 */
public record OfficialDay(LocalDate date, String name, boolean offDay) {
}
