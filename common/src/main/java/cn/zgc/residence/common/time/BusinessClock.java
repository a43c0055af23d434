package cn.zgc.residence.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The system's one clock: Beijing time. Every "today" and "now" in main code comes from an injected {@link Clock}
 * produced here; a test replaces it with its own {@code @Produces Clock} bean (this one is a default bean).
 */
public class BusinessClock {

    /** Every time the system shows is Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
