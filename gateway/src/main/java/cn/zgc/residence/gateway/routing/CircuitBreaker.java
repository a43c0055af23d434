package cn.zgc.residence.gateway.routing;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A backend's circuit: closed while it answers; open after {@code threshold} consecutive transport failures or
 * timeouts, answering at once without calling the backend; after {@code openNanos} one trial request is let through
 * (half open), and its outcome closes or re-opens the circuit.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final String backend;
    private final int threshold;
    private final long openNanos;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong openedAt = new AtomicLong(-1);
    private final AtomicBoolean trialInFlight = new AtomicBoolean();
    private volatile Runnable onClose = () -> { };

    public CircuitBreaker(String backend, int threshold, long openNanos) {
        this.backend = backend;
        this.threshold = threshold;
        this.openNanos = openNanos;
    }

    public String backend() {
        return backend;
    }

    /** Runs after an open circuit closes again, for example to fetch the backend's API document anew. */
    public void onClose(Runnable action) {
        this.onClose = action;
    }

    /** Whether a request may go to the backend now. */
    public boolean allowRequest(long nowNanos) {
        long opened = openedAt.get();
        if (opened < 0) {
            return true;
        }
        if (nowNanos - opened < openNanos) {
            return false;
        }
        return trialInFlight.compareAndSet(false, true);
    }

    public void onSuccess() {
        failures.set(0);
        if (openedAt.getAndSet(-1) >= 0) {
            trialInFlight.set(false);
            onClose.run();
        }
    }

    public void onFailure(long nowNanos) {
        if (openedAt.get() >= 0) {
            openedAt.set(nowNanos); // the trial failed: stay open for another period
            trialInFlight.set(false);
            return;
        }
        if (failures.incrementAndGet() >= threshold) {
            openedAt.compareAndSet(-1, nowNanos);
        }
    }

    /** Seconds a client should wait before the next trial is possible. */
    public long retryAfterSeconds(long nowNanos) {
        long opened = openedAt.get();
        long left = opened < 0 ? 0 : openNanos - (nowNanos - opened);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    public State state(long nowNanos) {
        long opened = openedAt.get();
        if (opened < 0) {
            return State.CLOSED;
        }
        return nowNanos - opened < openNanos ? State.OPEN : State.HALF_OPEN;
    }
}
