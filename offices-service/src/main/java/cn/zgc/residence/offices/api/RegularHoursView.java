package cn.zgc.residence.offices.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a hall's regular hours. */
public record RegularHoursView(
        String hallId,
        LocalDate effectiveFrom,
        @Schema(description = "Open intervals per day of the week; a day not listed is closed",
                example = "{\"MONDAY\": [\"09:00-12:00\", \"13:30-17:00\"]}") Map<DayOfWeek, List<String>> weekly,
        @Schema(description = "The same hours as an OpenStreetMap opening_hours value",
                example = "Mo-Sa 09:00-12:00,13:30-17:00; PH unknown \"subject to further notice\"") String openingHours) {
}
