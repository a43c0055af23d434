package cn.zgc.residence.fees.config;

import cn.zgc.residence.common.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The service's one clock, in Asia/Shanghai: "today" for schedules and quotes is Beijing's today. */
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock beijing() {
        return Clock.system(Outbox.ZONE);
    }
}
