package cn.zgc.residence.common.events;

import cn.zgc.residence.common.observe.TraceContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Applies an inbound event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivered event changes nothing and a failed effect leaves no record. The effect runs in a span
 * continuing the producer's trace (from the record's traceparent), so its log lines and the events it records
 * belong to that trace.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final Tracer tracer;

    public Inbox(EntityManager entityManager, Tracer tracer) {
        this.entityManager = entityManager;
        this.tracer = tracer;
    }

    /** Runs {@code effect} unless this consumer already applied the event; returns whether it ran. */
    @Transactional
    public boolean applyOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        Span span = tracer.spanBuilder(consumer + " apply " + event.type().ceType())
                .setParent(TraceContext.fromTraceparent(event.traceparent()))
                .setAttribute("messaging.message.id", event.id().toString())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            int inserted = entityManager.createNativeQuery(
                            "INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, consumer)
                    .setParameter(2, event.id())
                    .executeUpdate();
            if (inserted == 0) {
                span.setAttribute("zgc.duplicate", true);
                return false;
            }
            effect.accept(event);
            return true;
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
