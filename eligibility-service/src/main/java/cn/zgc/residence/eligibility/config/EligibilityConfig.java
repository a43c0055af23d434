package cn.zgc.residence.eligibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Knobs of the eligibility service; the rules themselves are data (criteria versions). */
@ConfigMapping(prefix = "zgc.eligibility")
public interface EligibilityConfig {

    /** How long criteria read from the database serve evaluations before they are read again. */
    @WithDefault("30S")
    Duration criteriaCacheTtl();

    /** The most "what it takes" suggestions an evaluation lists. */
    @WithDefault("10")
    int suggestionLimit();
}
