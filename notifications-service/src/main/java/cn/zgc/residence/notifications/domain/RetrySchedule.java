package cn.zgc.residence.notifications.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a delivery again: the n-th attempt waits {@code delays[n-1]}, spread by the jitter either way (a random
 * draw in [0, 1) from {@code random}); after the last attempt there is none.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    public RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a schedule has at least one attempt");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1)");
        }
        delays = List.copyOf(delays);
    }

    public int attempts() {
        return delays.size();
    }

    /** The wait before attempt {@code attemptNumber} (1-based); empty once the schedule is spent. */
    public Optional<Duration> delayBefore(int attemptNumber, DoubleSupplier random) {
        if (attemptNumber < 1 || attemptNumber > delays.size()) {
            return Optional.empty();
        }
        Duration base = delays.get(attemptNumber - 1);
        if (base.isZero() || jitter == 0) {
            return Optional.of(base);
        }
        double factor = 1 - jitter + 2 * jitter * random.getAsDouble();
        return Optional.of(Duration.ofMillis(Math.round(base.toMillis() * factor)));
    }
}
