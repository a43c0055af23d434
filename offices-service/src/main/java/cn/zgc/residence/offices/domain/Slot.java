package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.time.BusinessClock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/** A bookable time at a hall for a category: from {@code starts} to {@code ends} on {@code date}, with its seats. */
public record Slot(String hallId, String category, LocalDate date, LocalTime starts, LocalTime ends, int capacity) {

    public OffsetDateTime startsAt() {
        return at(date, starts);
    }

    public OffsetDateTime endsAt() {
        return at(date, ends);
    }

    /** A wall-clock time of the halls as an instant with its offset. */
    public static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(BusinessClock.ZONE).toOffsetDateTime();
    }
}
