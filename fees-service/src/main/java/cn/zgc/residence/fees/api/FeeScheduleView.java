package cn.zgc.residence.fees.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A fee schedule version; {@code effectiveTo} is null while it runs until the next version starts. */
public record FeeScheduleView(String version, LocalDate effectiveFrom, LocalDate effectiveTo, String currency,
        List<ScheduleItem> items, String note, String publishedBy, OffsetDateTime publishedAt) {
}
