package cn.zgc.residence.documents.service;

import cn.zgc.residence.documents.config.DocumentsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.UUID;
import org.jboss.logging.Logger;

/** One attempt to open a recommendation's dossier: opened, refused for good, or left to the scheduler's backoff. */
@ApplicationScoped
public class RecommendationAttempts {

    private static final Logger LOG = Logger.getLogger(RecommendationAttempts.class);

    private final PendingRecommendations pending;
    private final DossierOpening opening;
    private final DocumentsConfig config;

    public RecommendationAttempts(PendingRecommendations pending, DossierOpening opening, DocumentsConfig config) {
        this.pending = pending;
        this.opening = opening;
        this.config = config;
    }

    /** Claims the letter and attempts it; does nothing when the scheduler (or another instance) has it already. */
    @ActivateRequestContext
    public void claimAndAttempt(UUID eventId) {
        pending.claim(eventId, config.pending().claimFor()).ifPresent(this::attemptClaimed);
    }

    /** Attempts a letter this caller has claimed. */
    @ActivateRequestContext
    public void attempt(ClaimedRecommendation letter) {
        attemptClaimed(letter);
    }

    private void attemptClaimed(ClaimedRecommendation letter) {
        String authorization = config.eligibilityToken().filter(t -> !t.isBlank()).map(t -> "Bearer " + t).orElse(null);
        DossierOpening.Result result = opening.openForRecommendation(letter, authorization);
        switch (result.attempt()) {
            case OPENED -> LOG.debugf("recommendation event %s: dossier open", letter.eventId());
            case REFUSED -> {
                LOG.warnf("recommendation event %s refused: %s", letter.eventId(), result.detail());
                pending.refused(letter.eventId(), result.detail());
            }
            case UNAVAILABLE -> {
                LOG.infof("eligibility-service unavailable for recommendation event %s (attempt %d): %s",
                        letter.eventId(), letter.attempts() + 1, result.detail());
                pending.failed(letter.eventId(), result.detail(), config.pending().retryEvery(),
                        config.pending().maxBackoff());
            }
        }
    }
}
