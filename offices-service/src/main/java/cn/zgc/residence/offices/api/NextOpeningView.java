package cn.zgc.residence.offices.api;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hall's next open interval after the instant asked about. */
public record NextOpeningView(
        String hallId,
        String hallName,
        @Schema(description = "Absent when no open interval lies within the horizon") OffsetDateTime opens,
        OffsetDateTime closes,
        @Schema(description = "True when the hall is already open at the instant asked about") boolean openNow,
        @Schema(description = "Days before the opening that are SUBJECT_TO_NOTICE: the hall may open on them once a notice says so")
        List<DayView> passedOver) {
}
