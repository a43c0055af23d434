package cn.zgc.residence.offices.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Business knobs of the offices service. */
@ConfigMapping(prefix = "offices")
public interface OfficesConfig {

    /** Years of the State Council calendar shipped as {@code holiday-cn/<year>.json}; a year without days is skipped. */
    @WithDefault("2024,2025,2026,2027")
    List<Integer> calendarYears();

    /** How many days ahead next-opening looks for an open interval. */
    @WithDefault("366")
    int nextOpeningHorizonDays();

    /**
     * How often each instance rebuilds its in-memory snapshot, so that a change made through another replica is
     * seen without a restart; 0 turns it off.
     */
    @WithDefault("60s")
    java.time.Duration refreshInterval();

    /** How many days ahead, from today, the iCalendar feed lists open intervals when the caller does not say. */
    @WithDefault("90")
    int calendarFeedDays();
}
