package cn.zgc.residence.offices.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move an appointment to another slot, at the same hall unless another is named. */
@Schema(example = "{\"startsAt\": \"2026-12-09T14:00:00+08:00\"}")
public record RescheduleRequest(
        @NotNull OffsetDateTime startsAt,
        @Size(max = 100) @Schema(description = "Default: the appointment's hall") String hallId,
        @Size(max = 40) String employerDistrict,
        Boolean demonstratingEntity) {
}
