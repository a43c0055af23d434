package cn.zgc.residence.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/**
 * Applies an inbound event at most once per consumer: the event id is recorded in the same transaction as the
 * effect, so a redelivered event changes nothing and a failed effect leaves no record.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs {@code effect} unless this consumer already applied the event; returns whether it ran. */
    @Transactional
    public boolean applyOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        int inserted = entityManager.createNativeQuery(
                        "INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
