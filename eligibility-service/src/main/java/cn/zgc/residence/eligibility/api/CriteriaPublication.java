package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.common.i18n.Text;
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
@Schema(example = """
        {"id": "zgc-2027-07", "title": {"en": "Zhongguancun points criteria from July 2027",
        "zh": "2027年7月起中关村积分评估标准"}, "effectiveFrom": "2027-07-01", "threshold": 70,
        "tracks": {"TECHNICAL_TALENT": {"prerequisites": [], "factors": [{"code": "education", "fact": "EDUCATION",
        "label": {"en": "Education", "zh": "学历"}, "bands": [{"values": ["BELOW_BACHELOR", "BACHELOR"], "points": 0,
        "label": {"en": "Bachelor or below", "zh": "本科及以下"}}, {"values": ["MASTER"], "points": 60,
        "label": {"en": "Master", "zh": "硕士"}}, {"values": ["DOCTORATE"], "points": 100,
        "label": {"en": "Doctorate", "zh": "博士"}}]}]}, "ENTREPRENEURIAL_TEAM_MEMBER": {"prerequisites": [],
        "factors": [{"code": "education", "fact": "EDUCATION", "label": {"en": "Education", "zh": "学历"},
        "bands": [{"values": ["BELOW_BACHELOR", "BACHELOR"], "points": 0, "label": {"en": "Bachelor or below",
        "zh": "本科及以下"}}, {"values": ["MASTER"], "points": 60, "label": {"en": "Master", "zh": "硕士"}},
        {"values": ["DOCTORATE"], "points": 100, "label": {"en": "Doctorate", "zh": "博士"}}]}]}}}""")
public record CriteriaPublication(
        @Schema(examples = "zgc-2027") @NotNull String id,
        @NotNull Text title,
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day in effect; none: until the next version") LocalDate effectiveTo,
        @NotNull Integer threshold,
        @NotNull Map<Track, TrackCriteria> tracks) {
}
