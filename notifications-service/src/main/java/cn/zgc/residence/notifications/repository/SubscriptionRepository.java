package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<SubscriptionEntity, UUID> {

    /** The enabled subscriptions of a partner: those an event of that partner is delivered to. */
    public List<SubscriptionEntity> enabledOf(String partnerId) {
        return list("partnerId = ?1 and enabled = true", partnerId);
    }
}
