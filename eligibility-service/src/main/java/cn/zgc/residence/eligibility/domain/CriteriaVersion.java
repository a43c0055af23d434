package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import java.time.LocalDate;
import java.util.Map;

/**
 * A published set of criteria, in effect from {@code effectiveFrom} to {@code effectiveTo} inclusive (no end date:
 * until the next version starts).
 */
public record CriteriaVersion(String id, Text title, LocalDate effectiveFrom, LocalDate effectiveTo, int threshold,
        Map<Track, TrackCriteria> tracks) {

    public boolean inEffectOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = effectiveTo == null || !from.isAfter(effectiveTo);
        boolean endsAfterOtherStarts = to == null || !to.isBefore(effectiveFrom);
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    public TrackCriteria track(Track track) {
        return tracks.get(track);
    }
}
