package cn.zgc.residence.offices.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One day of a hall. */
public record DayView(
        LocalDate date,
        DayOfWeek dayOfWeek,
        @Schema(description = "OPEN, CLOSED or SUBJECT_TO_NOTICE") String state,
        @Schema(description = "The open intervals; empty unless OPEN") List<IntervalView> intervals,
        @Schema(description = "What decided the state: REGULAR_HOURS, NOTICE, STATUTORY_HOLIDAY, ADJUSTED_WORKING_DAY "
                + "or NO_REGULAR_HOURS") String basis,
        @Schema(description = "The State Council holiday the day belongs to, if any, in the language asked for with "
                + "Accept-Language", example = "New Year's Day") String holiday,
        @Schema(description = "The holiday's official Chinese name", example = "元旦") String holidayZh,
        @Schema(description = "True for a statutory day off, false for an adjusted working day; absent otherwise") Boolean officialDayOff,
        @Schema(description = "False when the State Council arrangement of the year is not published yet") boolean officialCalendarPublished,
        UUID noticeId,
        String noticeReasonEn,
        String noticeReasonZh) {
}
