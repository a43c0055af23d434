package cn.zgc.residence.notifications.delivery;

import cn.zgc.residence.notifications.config.NotificationsConfig;
import cn.zgc.residence.notifications.repository.DeliveryEntity;
import cn.zgc.residence.notifications.repository.DeliveryRepository;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.SubscriptionRepository;
import cn.zgc.residence.notifications.repository.WebhookEventEntity;
import cn.zgc.residence.notifications.repository.WebhookEventRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers due attempts. The attempts are rows: each round claims due deliveries with FOR UPDATE SKIP LOCKED (several
 * replicas share the work, none takes another's) and leases them for longer than an attempt can last, so that a
 * process that stops mid-attempt leaves them to be taken again when the lease ends; nothing is held only in memory.
 * The same transaction makes each claimed delivery's request (body and signed headers), so an attempt then only sends
 * and records its outcome. Each subscription's endpoint has its own bounded number of requests in flight: a delivery
 * whose endpoint is busy is left for a later round, so a slow endpoint never holds up the others.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final WebhookEventRepository events;
    private final EndpointGuard guard;
    private final WebhookSender sender;
    private final WebhookMessages messages;
    private final DeliveryRecorder recorder;
    private final NotificationsConfig config;
    private final Clock clock;
    private final Semaphore signal = new Semaphore(0);
    private final Semaphore inFlight;
    private final Map<UUID, Semaphore> perEndpoint = new ConcurrentHashMap<>();
    private volatile boolean running;
    private ExecutorService loop;
    private ExecutorService workers;

    public DeliveryWorker(DeliveryRepository deliveries, SubscriptionRepository subscriptions,
            WebhookEventRepository events, EndpointGuard guard, WebhookSender sender, WebhookMessages messages,
            DeliveryRecorder recorder, NotificationsConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.events = events;
        this.guard = guard;
        this.sender = sender;
        this.messages = messages;
        this.recorder = recorder;
        this.config = config;
        this.clock = clock;
        this.inFlight = new Semaphore(config.delivery().maxInFlight());
    }

    void start(@Observes StartupEvent event) {
        if (!config.delivery().enabled()) {
            return;
        }
        running = true;
        // resolving names and writing outcomes block: they run here, never on the event loop
        workers = Executors.newFixedThreadPool(4, named("webhook-delivery"));
        loop = Executors.newSingleThreadExecutor(named("webhook-scheduler"));
        loop.submit(this::loop);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.release();
        if (loop != null) {
            loop.shutdown();
            loop.awaitTermination(5, TimeUnit.SECONDS);
            workers.shutdown();
            workers.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** New deliveries were committed: look now rather than at the next poll. */
    public void wake() {
        signal.release();
    }

    private void loop() {
        long backoff = 0;
        while (running) {
            try {
                signal.tryAcquire(backoff > 0 ? backoff : config.delivery().pollInterval().toMillis(),
                        TimeUnit.MILLISECONDS);
                signal.drainPermits();
                while (running && claimAndDispatch() == config.delivery().batchSize()) {
                    // a full batch started: more may be due
                }
                backoff = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = Math.min(Math.max(backoff * 2, 250), 5000);
                LOG.warnf("webhook scheduler could not claim deliveries (again in %d ms): %s", backoff, e.getMessage());
            }
        }
    }

    /**
     * Claims the due deliveries whose endpoint has room and starts them; returns how many were started (due ones whose
     * endpoint is busy are left for the round after one of its attempts ends).
     */
    int claimAndDispatch() {
        List<Claimed> started = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                List<DeliveryEntity> due = deliveries.lockDue(now, config.delivery().batchSize(),
                        config.delivery().perEndpointConcurrency());
                OffsetDateTime leaseEnd = now.plus(lease());
                for (DeliveryEntity delivery : due) {
                    Semaphore endpoint = endpointOf(delivery.subscriptionId);
                    if (!endpoint.tryAcquire()) {
                        continue;
                    }
                    if (!inFlight.tryAcquire()) {
                        endpoint.release();
                        break;
                    }
                    delivery.nextAttemptAt = leaseEnd;
                    Claimed claimed = new Claimed(delivery.id, delivery.attempts + 1, endpoint,
                            prepare(delivery, subscriptions.findById(delivery.subscriptionId),
                                    events.findById(delivery.eventId)));
                    if (claimed.prepared() == null) {
                        // leased all the same: it is tried again when the lease ends, not at every round
                        release(claimed);
                        continue;
                    }
                    started.add(claimed);
                }
            });
        } catch (RuntimeException e) {
            // nothing was leased: the permits taken for this round go back
            started.forEach(this::release);
            throw e;
        }
        start(started);
        return started.size();
    }

    /**
     * Takes a delivery the caller's transaction has just created, whose first attempt is due now, straight into an
     * attempt when its endpoint has room: leases it and makes its request there, from the subscription and the event
     * in hand, so that no round has to claim it and read them again. Returns the claim, to {@link #start} once that
     * transaction has committed (or {@link #abandon} if it did not), or null: the delivery is left to a round.
     */
    public Claimed claimNew(DeliveryEntity delivery, SubscriptionEntity subscription, WebhookEventEntity event,
            OffsetDateTime now) {
        if (!running || delivery.nextAttemptAt.isAfter(now)) {
            return null;
        }
        Semaphore endpoint = endpointOf(delivery.subscriptionId);
        if (!endpoint.tryAcquire()) {
            return null;
        }
        if (!inFlight.tryAcquire()) {
            endpoint.release();
            return null;
        }
        Prepared prepared = prepare(delivery, subscription, event);
        if (prepared == null) {
            // left due: a round claims it, cannot make its request either, and leases it
            release(endpoint);
            return null;
        }
        delivery.nextAttemptAt = now.plus(lease());
        return new Claimed(delivery.id, delivery.attempts + 1, endpoint, prepared);
    }

    /** Starts the attempts of claims whose transaction committed. */
    public void start(List<Claimed> claims) {
        for (Claimed claimed : claims) {
            try {
                workers.submit(() -> attempt(claimed));
            } catch (RuntimeException e) {
                // shutting down: the lease ends and another process takes the delivery
                release(claimed);
            }
        }
    }

    /** Gives back the room of claims whose transaction did not commit: their deliveries were never written. */
    public void abandon(List<Claimed> claims) {
        claims.forEach(this::release);
    }

    /**
     * The request of a claimed delivery, made in the claim's transaction (the body and the signed headers): null,
     * logged, when it cannot be made.
     */
    private Prepared prepare(DeliveryEntity delivery, SubscriptionEntity subscription, WebhookEventEntity event) {
        try {
            String body = messages.body(event);
            return new Prepared(subscription.url, body, messages.headers(event, subscription, body));
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery %s could not be prepared: %s", delivery.id, e.getMessage());
            return null;
        }
    }

    private void attempt(Claimed claimed) {
        Prepared prepared = claimed.prepared();
        try {
            ResolvedEndpoint endpoint;
            try {
                endpoint = guard.check(prepared.url());
            } catch (EndpointRefusedException e) {
                finish(claimed, SendResult.refused(e.getMessage()));
                return;
            }
            sender.send(endpoint, prepared.headers(), prepared.body())
                    .whenCompleteAsync((result, failure) -> finish(claimed,
                            result != null ? result : new SendResult(null, 0, String.valueOf(failure))), workers);
        } catch (RuntimeException e) {
            LOG.warnf("webhook delivery %s could not be attempted: %s", claimed.deliveryId(), e.getMessage());
            release(claimed);
        }
    }

    private void finish(Claimed claimed, SendResult result) {
        try {
            recorder.record(claimed.deliveryId(), claimed.attempt(), result);
        } catch (RuntimeException e) {
            // the lease ends and the attempt is made again: at least once
            LOG.warnf("outcome of webhook delivery %s not recorded: %s", claimed.deliveryId(), e.getMessage());
        } finally {
            release(claimed);
            wake();
        }
    }

    /** The room of one subscription's endpoint: its requests in flight from this process. */
    private Semaphore endpointOf(UUID subscriptionId) {
        return perEndpoint.computeIfAbsent(subscriptionId,
                id -> new Semaphore(config.delivery().perEndpointConcurrency()));
    }

    private void release(Claimed claimed) {
        release(claimed.endpoint());
    }

    /** Gives back an endpoint's permit and the process's. */
    private void release(Semaphore endpoint) {
        endpoint.release();
        inFlight.release();
    }

    private Duration lease() {
        return config.egress().connectTimeout().plus(config.egress().requestTimeout()).plusSeconds(30);
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A leased delivery with its request made, and the room it takes at its endpoint and in this process. */
    public record Claimed(UUID deliveryId, int attempt, Semaphore endpoint, Prepared prepared) {
    }

    record Prepared(String url, String body, Map<String, String> headers) {
    }
}
