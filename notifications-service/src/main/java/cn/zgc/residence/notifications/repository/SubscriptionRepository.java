package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    /** The enabled subscriptions of a partner: those an event of that partner is delivered to. */
    public List<SubscriptionEntity> enabledOf(String partnerId) {
        return list("partnerId = ?1 and enabled = true", partnerId);
    }

    /**
     * Notes a delivered event, once per successful delivery. One prepared statement: Hibernate translates a bulk
     * update in its query language again at every execution. The subscription's version is left alone, since the
     * partner's view of it (its ETag) did not change.
     */
    public void succeededAt(UUID id, OffsetDateTime at) {
        getEntityManager().createNativeQuery("UPDATE subscription SET last_success_at = ?1 WHERE id = ?2")
                .setParameter(1, at)
                .setParameter(2, id)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(SubscriptionEntity.class)
                .executeUpdate();
    }
}
