package cn.zgc.residence.offices;

import cn.zgc.residence.common.time.BusinessClock;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application's clock in tests: the system clock unless a test fixes it, so that appointment tests book days of a
 * year whose State Council calendar is loaded whenever they run. Replaces BusinessClock's default bean.
 */
@Singleton
public class TestClock extends Clock {

    private static volatile Clock current = Clock.system(BusinessClock.ZONE);

    /** From now on the application's "now" is this instant (until {@link #reset()}). */
    public static void fixAt(OffsetDateTime now) {
        current = Clock.fixed(now.toInstant(), BusinessClock.ZONE);
    }

    public static void reset() {
        current = Clock.system(BusinessClock.ZONE);
    }

    /** The appointment tests' clock: fixed at {@link Bookings#NOW} for each test, released after it. */
    public static final class AtBookingsNow implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            fixAt(Bookings.NOW);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            reset();
        }
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current.withZone(zone);
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
