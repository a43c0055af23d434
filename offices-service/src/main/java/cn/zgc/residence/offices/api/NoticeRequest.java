package cn.zgc.residence.offices.api;

import cn.zgc.residence.offices.domain.NoticeKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer's notice: the hall is closed, or open with special hours, on the days from {@code from} to {@code to}. */
@Schema(example = "{\"from\": \"2027-01-01\", \"to\": \"2027-01-01\", \"kind\": \"SPECIAL_HOURS\", "
        + "\"intervals\": [\"09:00-12:00\"], \"reasonEn\": \"New Year's Day: mornings only\", \"reasonZh\": \"元旦仅上午办公\"}")
public record NoticeRequest(
        @NotNull @Schema(description = "First day, today or later") LocalDate from,
        @NotNull @Schema(description = "Last day, included; at most 366 days after from") LocalDate to,
        @NotNull NoticeKind kind,
        @Size(max = 4) @Schema(description = "HH:mm-HH:mm; required for SPECIAL_HOURS, absent for CLOSED") List<String> intervals,
        @NotBlank @Size(max = 500) String reasonEn,
        @NotBlank @Size(max = 500) String reasonZh) {
}
