package cn.zgc.residence.offices.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A published notice. */
public record NoticeView(UUID id, String hallId, LocalDate from, LocalDate to, String kind, List<String> intervals,
        String reasonEn, String reasonZh, OffsetDateTime publishedAt) {
}
