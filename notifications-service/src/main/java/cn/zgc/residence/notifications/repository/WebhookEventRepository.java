package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WebhookEventRepository implements PanacheRepositoryBase<WebhookEventEntity, UUID> {

    /** The next number in the aggregate's order (1 for its first event). */
    public long nextSequence(String topic, String aggregateKey) {
        Number next = (Number) getEntityManager().createNativeQuery("""
                INSERT INTO aggregate_sequence (topic, aggregate_key, last_sequence) VALUES (?1, ?2, 1)
                ON CONFLICT (topic, aggregate_key) DO UPDATE SET last_sequence = aggregate_sequence.last_sequence + 1
                RETURNING last_sequence""")
                .setParameter(1, topic)
                .setParameter(2, aggregateKey)
                .getSingleResult();
        return next.longValue();
    }
}
