package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.domain.TrackCriteria;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A whole criteria version: per track its prerequisites and its factors with bands, texts in both languages. */
public record CriteriaVersionView(String id, Text title, LocalDate effectiveFrom, LocalDate effectiveTo,
        int threshold, Map<Track, TrackCriteria> tracks, OffsetDateTime publishedAt, String publishedBy) {
}
