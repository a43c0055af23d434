package cn.zgc.residence.offices.domain;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A hall's next open interval after an instant ({@code opens} may lie before it when the hall is open then), and the
 * days before it that were SUBJECT_TO_NOTICE and so were passed over. {@code opens} is null when no open interval
 * lies within the horizon searched.
 */
public record NextOpening(String hallId, ZonedDateTime opens, ZonedDateTime closes, boolean openNow,
        List<DaySchedule> passedOver) {

    public boolean found() {
        return opens != null;
    }
}
