package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An officer's notice for a hall's days from {@code from} to {@code to}, both included. */
public record HallNotice(UUID id, String hallId, LocalDate from, LocalDate to, NoticeKind kind,
        List<TimeInterval> intervals, String reasonEn, String reasonZh, OffsetDateTime publishedAt) {

    public HallNotice {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a notice starts before it ends");
        }
        intervals = TimeInterval.ofDay(intervals);
        if (kind == NoticeKind.CLOSED && !intervals.isEmpty()) {
            throw new IllegalArgumentException("a closing notice has no intervals");
        }
        if (kind == NoticeKind.SPECIAL_HOURS && intervals.isEmpty()) {
            throw new IllegalArgumentException("a special-hours notice names its intervals");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
