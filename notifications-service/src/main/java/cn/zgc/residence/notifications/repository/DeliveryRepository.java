package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<DeliveryEntity, UUID> {

    /**
     * Locks up to {@code limit} due deliveries of enabled subscriptions that no other worker holds (FOR UPDATE SKIP
     * LOCKED), oldest due first and at most {@code perSubscription} of one subscription, so that one endpoint's
     * backlog never fills a round; the caller leases them in the same transaction.
     */
    @SuppressWarnings("unchecked")
    public List<DeliveryEntity> lockDue(OffsetDateTime now, int limit, int perSubscription) {
        return getEntityManager().createNativeQuery("""
                SELECT d.* FROM delivery d
                WHERE d.id IN (
                    SELECT ranked.id FROM (
                        SELECT p.id, row_number() OVER (PARTITION BY p.subscription_id ORDER BY p.next_attempt_at) AS rn
                        FROM delivery p JOIN subscription s ON s.id = p.subscription_id AND s.enabled
                        WHERE p.state = 'PENDING' AND p.next_attempt_at <= ?1) ranked
                    WHERE ranked.rn <= ?3)
                  AND d.state = 'PENDING' AND d.next_attempt_at <= ?1
                ORDER BY d.next_attempt_at
                LIMIT ?2
                FOR UPDATE OF d SKIP LOCKED""", DeliveryEntity.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .setParameter(3, perSubscription)
                .getResultList();
    }

    /** Ends the pending deliveries of a subscription that was disabled for failing. */
    public int failPending(UUID subscriptionId, OffsetDateTime now) {
        return update("state = ?1, finishedAt = ?2 where subscriptionId = ?3 and state = ?4",
                DeliveryEntity.State.FAILED, now, subscriptionId, DeliveryEntity.State.PENDING);
    }
}
