package cn.zgc.residence.offices.api;

import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** New regular hours of a hall from a future date on; days not listed are closed. */
@Schema(example = "{\"effectiveFrom\": \"2027-03-01\", \"weekly\": {\"MONDAY\": [\"09:00-17:00\"], "
        + "\"TUESDAY\": [\"09:00-17:00\"], \"WEDNESDAY\": [\"09:00-17:00\"], \"THURSDAY\": [\"09:00-17:00\"], "
        + "\"FRIDAY\": [\"09:00-17:00\"], \"SATURDAY\": [\"09:00-12:00\"]}}")
public record RegularHoursRequest(
        @NotNull @Schema(description = "First day of the new hours; must be after today") LocalDate effectiveFrom,
        @NotNull @Schema(description = "Intervals HH:mm-HH:mm per day of the week") Map<DayOfWeek, List<String>> weekly) {
}
