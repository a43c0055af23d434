package cn.zgc.residence.offices.config;

import cn.zgc.residence.offices.domain.OpeningHoursCalculator;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one clock of the service, in Asia/Shanghai: "today" and "now" come from here. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(OpeningHoursCalculator.ZONE);
    }
}
