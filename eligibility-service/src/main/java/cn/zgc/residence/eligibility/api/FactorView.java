package cn.zgc.residence.eligibility.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The points a factor earned and the fact that earned them. */
public record FactorView(String code, String label,
        @Schema(description = "The fact field that was scored") String field,
        @Schema(description = "The fact as scored (for zhongguancunEmploymentSince: full years as of asOf); null when not given")
        String value,
        @Schema(description = "The band the fact fell in; null when not given") String band,
        int points, int maxPoints) {
}
