package cn.zgc.residence.common.events.payload;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** An officer published a fee schedule version; amounts per item in CNY with scale 2. */
public record FeeScheduleChanged(String scheduleVersion, LocalDate effectiveFrom, LocalDate effectiveTo,
        Map<String, BigDecimal> amounts, String currency) implements EventPayload {

    @Override
    public String aggregateId() {
        return scheduleVersion;
    }
}
