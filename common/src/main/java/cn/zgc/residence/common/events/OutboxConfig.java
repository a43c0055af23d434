package cn.zgc.residence.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes. */
@ConfigMapping(prefix = "zgc.outbox")
public interface OutboxConfig {

    /** Whether this process runs the relay. */
    @WithDefault("true")
    boolean enabled();

    /** How often the relay looks for events when no commit woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Events published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before it retries it. */
    @WithDefault("15s")
    Duration sendTimeout();

    /** The longest pause between attempts while the broker is unreachable. */
    @WithDefault("5s")
    Duration maxBackoff();
}
