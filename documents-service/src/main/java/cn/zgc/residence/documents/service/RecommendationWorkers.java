package cn.zgc.residence.documents.service;

import cn.zgc.residence.documents.config.DocumentsConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * A few threads that open recommendations' dossiers off the Kafka consumer's thread: each letter right after the
 * transaction that recorded it commits, and the due letters the scheduler hands over. The queue is bounded; a letter
 * that finds it full simply stays pending, and the scheduler takes it on its next round.
 */
@ApplicationScoped
public class RecommendationWorkers {

    private static final Logger LOG = Logger.getLogger(RecommendationWorkers.class);

    private final RecommendationAttempts attempts;
    private final ThreadPoolExecutor executor;

    public RecommendationWorkers(RecommendationAttempts attempts, DocumentsConfig config) {
        this.attempts = attempts;
        int threads = config.pending().workers();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "recommendation-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = new ThreadPoolExecutor(threads, threads, 0L, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.pending().queueSize()), factory, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Only after the commit: before it, the row is not visible to the worker's own transaction. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecommendationRecorded recorded) {
        submit(recorded.eventId().toString(), () -> attempts.claimAndAttempt(recorded.eventId()));
    }

    /** Attempts a letter the caller has claimed; false when the queue is full (the claim then runs out). */
    public boolean attempt(ClaimedRecommendation letter) {
        return submit(letter.eventId().toString(), () -> attempts.attempt(letter));
    }

    /** How many more letters the queue takes now. */
    public int room() {
        return executor.getQueue().remainingCapacity();
    }

    private boolean submit(String eventId, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    // the letter stays pending; the scheduler tries it again once its claim has run out
                    LOG.warnf("recommendation event %s: attempt failed (%s); left to the scheduler",
                            eventId, e.getClass().getSimpleName());
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            LOG.debugf("recommendation event %s: workers busy; left to the scheduler", eventId);
            return false;
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
