package cn.zgc.residence.eligibility.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fact change of a suggestion. */
public record ChangeView(String field, String factor, String label,
        @Schema(description = "The fact now; null when not given") String from,
        @Schema(description = "The least value (or a category) that reaches the band") String to,
        String band, int pointsAdded) {
}
