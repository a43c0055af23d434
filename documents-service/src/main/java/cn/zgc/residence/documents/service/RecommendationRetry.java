package cn.zgc.residence.documents.service;

import cn.zgc.residence.documents.config.DocumentsConfig;
import cn.zgc.residence.documents.repository.PendingRecommendationEntity;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Opens the dossiers of pending recommendations, retrying while eligibility-service does not answer. */
@ApplicationScoped
public class RecommendationRetry {

    private static final Logger LOG = Logger.getLogger(RecommendationRetry.class);

    private final PendingRecommendations pending;
    private final DossierOpening opening;
    private final DocumentsConfig config;

    public RecommendationRetry(PendingRecommendations pending, DossierOpening opening, DocumentsConfig config) {
        this.pending = pending;
        this.opening = opening;
        this.config = config;
    }

    @Scheduled(every = "${zgc.documents.pending.retry-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        for (UUID eventId : pending.due(config.pending().batchSize())) {
            pending.find(eventId).ifPresent(this::attempt);
        }
    }

    private void attempt(PendingRecommendationEntity p) {
        String authorization = config.eligibilityToken().filter(t -> !t.isBlank()).map(t -> "Bearer " + t).orElse(null);
        DossierOpening.Result result = opening.openForRecommendation(p.assessmentId, p.partnerId, p.applicantRef,
                p.track, p.letterNumber, authorization);
        switch (result.attempt()) {
            case OPENED -> pending.opened(p.eventId);
            case REFUSED -> {
                LOG.warnf("recommendation event %s refused: %s", p.eventId, result.detail());
                pending.refused(p.eventId, result.detail());
            }
            case UNAVAILABLE -> {
                LOG.infof("eligibility-service unavailable for recommendation event %s (attempt %d): %s",
                        p.eventId, p.attempts + 1, result.detail());
                pending.failed(p.eventId, result.detail(), config.pending().retryEvery(), config.pending().maxBackoff());
            }
        }
    }
}
