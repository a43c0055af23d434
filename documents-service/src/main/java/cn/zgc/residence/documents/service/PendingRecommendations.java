package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.documents.repository.PendingRecommendationEntity;
import cn.zgc.residence.documents.repository.PendingRecommendationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recommendations waiting for their dossier. Recorded in the consumer's transaction (with the applied event id),
 * so a received letter is never lost; removed in the transaction that opens its dossier, so it is never applied
 * twice. An attempt first claims its row (SKIP LOCKED, then {@code next_attempt_at} moved past the attempt), so the
 * worker and the scheduler never work on one letter at the same time.
 */
@ApplicationScoped
public class PendingRecommendations {

    static final String PENDING = "PENDING";
    static final String REFUSED = "REFUSED";

    private final PendingRecommendationRepository pending;
    private final DossierService dossiers;
    private final Event<RecommendationRecorded> recorded;

    public PendingRecommendations(PendingRecommendationRepository pending, DossierService dossiers,
            Event<RecommendationRecorded> recorded) {
        this.pending = pending;
        this.dossiers = dossiers;
        this.recorded = recorded;
    }

    /** Records the letter in the caller's transaction; once that commits, a worker tries to open its dossier. */
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
        recorded.fire(new RecommendationRecorded(eventId));
    }

    /** Takes this letter for one attempt of at most {@code claimFor}, unless it is not due or someone else has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ClaimedRecommendation> claim(UUID eventId, Duration claimFor) {
        OffsetDateTime now = OffsetDateTime.now(Outbox.ZONE);
        return pending.lockIfDue(eventId, now).map(p -> take(p, now, claimFor));
    }

    /** Takes up to {@code limit} due letters, each for one attempt of at most {@code claimFor}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedRecommendation> claimDue(int limit, Duration claimFor) {
        OffsetDateTime now = OffsetDateTime.now(Outbox.ZONE);
        return pending.lockDue(now, limit).stream().map(p -> take(p, now, claimFor)).toList();
    }

    private static ClaimedRecommendation take(PendingRecommendationEntity p, OffsetDateTime now, Duration claimFor) {
        p.nextAttemptAt = now.plus(claimFor);
        return ClaimedRecommendation.of(p);
    }

    /**
     * Opens the letter's dossier (or finds the one already open for its assessment) and removes the letter, in one
     * transaction. False when the letter is no longer pending: an attempt whose claim had expired finished it.
     */
    @Transactional
    public boolean openDossier(UUID eventId, NewDossier command) {
        if (pending.lockPending(eventId).isEmpty()) {
            return false;
        }
        dossiers.open(command);
        pending.deleteById(eventId);
        return true;
    }

    @Transactional
    public void refused(UUID eventId, String why) {
        pending.lockPending(eventId).ifPresent(p -> {
            p.status = REFUSED;
            p.lastError = why;
        });
    }

    /** Waits longer after each failure, doubling up to {@code maxBackoff}; the scheduler takes it up then. */
    @Transactional
    public void failed(UUID eventId, String why, Duration first, Duration maxBackoff) {
        pending.lockPending(eventId).ifPresent(p -> {
            p.attempts++;
            long factor = 1L << Math.min(p.attempts - 1, 16);
            Duration wait = first.multipliedBy(factor);
            p.nextAttemptAt = OffsetDateTime.now(Outbox.ZONE).plus(wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait);
            p.lastError = why;
        });
    }
}
