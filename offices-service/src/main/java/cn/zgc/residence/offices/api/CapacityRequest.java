package cn.zgc.residence.offices.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a hall's slot lengths and seats, from a future day on. */
@Schema(example = "{\"category\": \"PERMANENT_RESIDENCE\", \"effectiveFrom\": \"2027-03-01\", \"bands\": ["
        + "{\"starts\": \"00:00\", \"slotMinutes\": 30, \"capacity\": 3}, {\"starts\": \"13:00\", \"slotMinutes\": 30, \"capacity\": 2}], "
        + "\"reason\": \"A third window in the mornings\"}")
public record CapacityRequest(
        @Size(max = 100) @Schema(description = "A category the hall takes; absent: every category without its own version") String category,
        @NotNull @Schema(description = "After today") LocalDate effectiveFrom,
        @NotEmpty @Size(max = 24) List<@Valid Band> bands,
        @Size(max = 500) String reason) {

    /** From {@code starts} (HH:mm) until the next band: slots of {@code slotMinutes} with {@code capacity} seats. */
    public record Band(@NotNull @Schema(example = "09:00") String starts,
            @NotNull @Schema(description = "5 to 240") Integer slotMinutes,
            @NotNull @Schema(description = "0 to 500; 0: no bookings in this band") Integer capacity) {
    }
}
