package cn.zgc.residence.common.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The outbox as metrics, for the alert on events that do not leave: {@code zgc_outbox_backlog_events} (events
 * committed, not yet acknowledged by the broker) and {@code zgc_outbox_oldest_age_seconds} (how long the oldest of
 * them has waited; 0 without backlog). The relay refreshes them as it runs, at most every few seconds, also while the
 * broker is away; the age is the database's own clock against the event's commit time.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long REFRESH_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private volatile long refreshedAt = System.nanoTime() - REFRESH_NANOS;

    public OutboxMetrics(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        Gauge.builder("zgc.outbox.backlog", backlog, AtomicLong::get).baseUnit("events")
                .description("Outbox events committed and not yet acknowledged by the broker").register(registry);
        Gauge.builder("zgc.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("How long the oldest unpublished outbox event has waited").register(registry);
    }

    /** Reads the backlog again unless it was read in the last few seconds. */
    void refreshIfDue() {
        if (System.nanoTime() - refreshedAt < REFRESH_NANOS) {
            return;
        }
        refreshedAt = System.nanoTime();
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("outbox metrics not refreshed: %s", e.getMessage());
        }
    }

    /** Reads the backlog now. */
    public void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "SELECT count(*), coalesce(extract(epoch FROM now() - min(occurred_at)), 0)"
                                + " FROM outbox_event WHERE published_at IS NULL")
                .getSingleResult());
        backlog.set(((Number) row[0]).longValue());
        oldestAgeSeconds.set(Math.max(0, ((Number) row[1]).longValue()));
    }

    public long backlog() {
        return backlog.get();
    }

    public long oldestAgeSeconds() {
        return oldestAgeSeconds.get();
    }
}
