package cn.zgc.residence.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Pending recommendations. The claim queries lock with SKIP LOCKED so that the worker and the scheduler (of this or
 * another instance) never wait for each other and never take the same row; the caller moves the claimed rows'
 * {@code next_attempt_at} past the attempt in the same transaction, which keeps them taken after the commit.
 */
@ApplicationScoped
public class PendingRecommendationRepository implements PanacheRepositoryBase<PendingRecommendationEntity, UUID> {

    /** This recommendation if it is pending, due and not being claimed by another transaction right now. */
    public Optional<PendingRecommendationEntity> lockIfDue(UUID eventId, OffsetDateTime now) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT * FROM pending_recommendation
                        WHERE event_id = ?1 AND status = 'PENDING' AND next_attempt_at <= ?2
                        FOR UPDATE SKIP LOCKED""", PendingRecommendationEntity.class)
                .setParameter(1, eventId)
                .setParameter(2, now)
                .getResultList();
        return rows.stream().map(PendingRecommendationEntity.class::cast).findFirst();
    }

    /** Up to {@code limit} due pending recommendations, oldest due first, skipping rows another transaction holds. */
    public List<PendingRecommendationEntity> lockDue(OffsetDateTime now, int limit) {
        List<?> rows = getEntityManager().createNativeQuery("""
                        SELECT * FROM pending_recommendation
                        WHERE status = 'PENDING' AND next_attempt_at <= ?1
                        ORDER BY next_attempt_at
                        LIMIT ?2
                        FOR UPDATE SKIP LOCKED""", PendingRecommendationEntity.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(PendingRecommendationEntity.class::cast).toList();
    }

    /** This recommendation if still pending, locked until the transaction ends (waiting for another holder). */
    public Optional<PendingRecommendationEntity> lockPending(UUID eventId) {
        return findByIdOptional(eventId, LockModeType.PESSIMISTIC_WRITE).filter(p -> "PENDING".equals(p.status));
    }
}
