package cn.zgc.residence.fees.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An itemised price as of a date, with the schedule version it used; recomputing it as of that date agrees. */
public record QuoteView(LocalDate on, String scheduleVersion, String currency, List<PricedLine> lines,
        BigDecimal total) {
}
