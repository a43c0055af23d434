package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.common.i18n.Text;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A criteria version without its rules. */
public record CriteriaSummaryView(String id, Text title, LocalDate effectiveFrom, LocalDate effectiveTo,
        int threshold, OffsetDateTime publishedAt, String publishedBy) {
}
