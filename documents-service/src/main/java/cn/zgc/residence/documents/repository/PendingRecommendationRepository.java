package cn.zgc.residence.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PendingRecommendationRepository implements PanacheRepositoryBase<PendingRecommendationEntity, UUID> {

    public List<UUID> dueIds(OffsetDateTime now, int limit) {
        return find("status = 'PENDING' and nextAttemptAt <= ?1 order by nextAttemptAt", now).page(0, limit)
                .list().stream().map(p -> p.eventId).toList();
    }
}
