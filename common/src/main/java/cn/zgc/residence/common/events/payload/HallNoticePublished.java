package cn.zgc.residence.common.events.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An officer's notice decides a hall's days: closed, or open with special hours. */
public record HallNoticePublished(UUID noticeId, String hallId, LocalDate from, LocalDate to, String kind,
        List<String> intervals, String reasonEn, String reasonZh, OffsetDateTime publishedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return hallId;
    }
}
