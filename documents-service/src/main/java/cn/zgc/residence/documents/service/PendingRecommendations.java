package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.documents.repository.PendingRecommendationEntity;
import cn.zgc.residence.documents.repository.PendingRecommendationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recommendations waiting for their dossier. Recorded in the consumer's transaction (with the applied event id),
 * so a received letter is never lost; removed when its dossier is open, so it is never applied twice.
 */
@ApplicationScoped
public class PendingRecommendations {

    static final String PENDING = "PENDING";
    static final String REFUSED = "REFUSED";

    private final PendingRecommendationRepository pending;

    public PendingRecommendations(PendingRecommendationRepository pending) {
        this.pending = pending;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID eventId, RecommendationIssued letter) {
        PendingRecommendationEntity p = new PendingRecommendationEntity();
        p.eventId = eventId;
        p.assessmentId = letter.assessmentId();
        p.partnerId = letter.partnerId();
        p.applicantRef = letter.applicantRef();
        p.track = letter.track();
        p.letterNumber = letter.letterNumber();
        p.status = PENDING;
        p.receivedAt = OffsetDateTime.now(Outbox.ZONE);
        p.nextAttemptAt = p.receivedAt;
        pending.persist(p);
    }

    @Transactional
    public List<UUID> due(int limit) {
        return pending.dueIds(OffsetDateTime.now(Outbox.ZONE), limit);
    }

    @Transactional
    public Optional<PendingRecommendationEntity> find(UUID eventId) {
        return pending.findByIdOptional(eventId).filter(p -> PENDING.equals(p.status));
    }

    @Transactional
    public void opened(UUID eventId) {
        pending.deleteById(eventId);
    }

    @Transactional
    public void refused(UUID eventId, String why) {
        pending.findByIdOptional(eventId).ifPresent(p -> {
            p.status = REFUSED;
            p.lastError = why;
        });
    }

    /** Waits longer after each failure, doubling up to {@code maxBackoff}. */
    @Transactional
    public void failed(UUID eventId, String why, Duration first, Duration maxBackoff) {
        pending.findByIdOptional(eventId).ifPresent(p -> {
            p.attempts++;
            long factor = 1L << Math.min(p.attempts - 1, 16);
            Duration wait = first.multipliedBy(factor);
            p.nextAttemptAt = OffsetDateTime.now(Outbox.ZONE).plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
            p.lastError = why;
        });
    }
}
