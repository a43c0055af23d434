package cn.zgc.residence.documents.service;

import cn.zgc.residence.documents.config.DocumentsConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The fallback for letters the workers could not open at once (eligibility-service down, the queue full, an
 * instance stopped mid-attempt): every round it claims the due ones and hands them to the workers.
 */
@ApplicationScoped
public class RecommendationRetry {

    private final PendingRecommendations pending;
    private final RecommendationWorkers workers;
    private final DocumentsConfig config;

    public RecommendationRetry(PendingRecommendations pending, RecommendationWorkers workers, DocumentsConfig config) {
        this.pending = pending;
        this.workers = workers;
        this.config = config;
    }

    @Scheduled(every = "${zgc.documents.pending.retry-every:5s}", delayed = "${zgc.documents.pending.retry-every:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryDue() {
        // claims only what the workers have room for, batch after batch, until nothing due is left
        int limit;
        while ((limit = Math.min(workers.room(), config.pending().batchSize())) > 0) {
            List<ClaimedRecommendation> claimed = pending.claimDue(limit, config.pending().claimFor());
            claimed.forEach(workers::attempt);
            if (claimed.size() < limit) {
                return;
            }
        }
    }
}
