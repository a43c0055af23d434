package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Text;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.domain.TrackCriteria;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new criteria version, in the shape GET /api/v1/criteria/{id} shows: start after today, bands without gaps or
 * overlaps, each track's factors worth 100 at most, threshold 0..100, dates not overlapping another version.
 */
public record CriteriaPublication(
        @Schema(examples = "zgc-2027") @NotNull String id,
        @NotNull Text title,
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day in effect; none: until the next version") LocalDate effectiveTo,
        @NotNull Integer threshold,
        @NotNull Map<Track, TrackCriteria> tracks) {
}
