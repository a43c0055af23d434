package cn.zgc.residence.gateway.routing;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A backend's circuit: closed while it answers; open after {@code threshold} consecutive failures (no connection,
 * no answer within the route's timeout, or an answer slower than the slow-call limit), answering at once without
 * calling the backend; after {@code openNanos} one trial request is let through (half open), and its verdict closes
 * or re-opens the circuit.
 *
 * <p>Every request let through holds a {@link Permit} and ends in exactly one verdict: {@link Permit#success()},
 * {@link Permit#failure(long)} or {@link Permit#notCounted()} (the client went away, its body was over the limit:
 * nothing learnt about the backend). The first verdict counts, later ones are ignored, and a trial that is not
 * counted frees the trial slot, so the circuit can never stay half open with no trial in flight.
 *
 * <p>Hand-written rather than SmallRye Fault Tolerance's programmatic guard: the gateway forwards on the event loop
 * through vertx-http-proxy's interceptor, whose outcome is known in several places (response, failure, a slow-call
 * timer, the client's connection); it needs an outcome that is neither success nor failure and ends a trial, a
 * slow-call verdict given while the call is still running, and the time left open for {@code Retry-After}.
 * The guard's circuit breaker counts an ignored exception as a success (closing a half-open circuit on a client's
 * disconnect) and offers neither of the other two.
 */
public final class CircuitBreaker {

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final String backend;
    private final int threshold;
    private final long openNanos;
    // guarded by this: a verdict reads and writes several fields together
    private int failures;
    private long openedAt = -1;
    private boolean trialInFlight;
    private long generation;
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

    /** A permit to call the backend now, or null when the circuit refuses. */
    public Permit tryAcquire(long nowNanos) {
        synchronized (this) {
            if (openedAt < 0) {
                return new Permit(generation, false);
            }
            if (nowNanos - openedAt < openNanos || trialInFlight) {
                return null;
            }
            trialInFlight = true;
            return new Permit(generation, true);
        }
    }

    /** Seconds a client should wait before the next trial is possible. */
    public synchronized long retryAfterSeconds(long nowNanos) {
        long left = openedAt < 0 ? 0 : openNanos - (nowNanos - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Whether the half-open circuit's one trial request is under way. */
    public synchronized boolean trialInFlight() {
        return trialInFlight;
    }

    public synchronized State state(long nowNanos) {
        if (openedAt < 0) {
            return State.CLOSED;
        }
        return nowNanos - openedAt < openNanos ? State.OPEN : State.HALF_OPEN;
    }

    private void succeeded(Permit permit) {
        boolean closed = false;
        synchronized (this) {
            if (permit.trial) {
                trialInFlight = false;
                openedAt = -1;
                failures = 0;
                generation++;
                closed = true;
            } else if (permit.generation == generation && openedAt < 0) {
                failures = 0;
            }
            // a request let through before the circuit opened says nothing about the backend now
        }
        if (closed) {
            onClose.run();
        }
    }

    private synchronized void failed(Permit permit, long nowNanos) {
        if (permit.trial) {
            trialInFlight = false;
            openedAt = nowNanos; // the trial failed: stay open for another period
            return;
        }
        if (permit.generation == generation && openedAt < 0 && ++failures >= threshold) {
            openedAt = nowNanos;
            generation++;
        }
    }

    private synchronized void notCounted(Permit permit) {
        if (permit.trial) {
            trialInFlight = false; // the next request may try
        }
    }

    /** One request's permission to call the backend; exactly one verdict counts. */
    public final class Permit {

        private final long generation;
        private final boolean trial;
        private final AtomicBoolean decided = new AtomicBoolean();

        private Permit(long generation, boolean trial) {
            this.generation = generation;
            this.trial = trial;
        }

        /** Whether this request is the half-open circuit's one trial. */
        public boolean trial() {
            return trial;
        }

        /** Whether a verdict was given. */
        public boolean decided() {
            return decided.get();
        }

        /** The backend answered. Returns whether this was the verdict (false: one was given before). */
        public boolean success() {
            if (!decided.compareAndSet(false, true)) {
                return false;
            }
            succeeded(this);
            return true;
        }

        /** The backend could not be reached, stayed silent past the timeout, or answered too slowly. */
        public boolean failure(long nowNanos) {
            if (!decided.compareAndSet(false, true)) {
                return false;
            }
            failed(this, nowNanos);
            return true;
        }

        /** The request ended for a reason that says nothing about the backend; a trial's slot is freed. */
        public boolean notCounted() {
            if (!decided.compareAndSet(false, true)) {
                return false;
            }
            CircuitBreaker.this.notCounted(this);
            return true;
        }
    }
}
