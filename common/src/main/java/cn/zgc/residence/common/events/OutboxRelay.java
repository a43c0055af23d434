package cn.zgc.residence.common.events;

import cn.zgc.residence.common.observe.TraceContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox events to Kafka in commit order (acks=all, idempotent producer), marking them
 * published only once the broker acknowledged them. While the broker is unreachable it retries with backoff;
 * a batch that failed part-way is sent again and consumers drop the duplicates by event id. An event recorded
 * during a trace is sent as part of it: the Kafka connector's producer span is a child of the recording span and
 * its traceparent goes on the record.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** One relay per database publishes at a time, so that order per aggregate holds across replicas. */
    private static final long RELAY_LOCK = 0x5a47434f55544258L;

    private final Emitter<String> emitter;
    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Semaphore signal = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;

    public OutboxRelay(@Channel("outbox") Emitter<String> emitter, EntityManager entityManager, OutboxConfig config,
            OutboxMetrics metrics, Clock clock) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        worker.submit(this::loop);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.release();
        if (worker != null) {
            worker.shutdown();
            worker.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Called after a commit that wrote events, so that they leave at once rather than at the next poll. */
    public void wake() {
        signal.release();
    }

    private void loop() {
        long backoffMillis = 0;
        while (running) {
            try {
                long wait = backoffMillis > 0 ? backoffMillis : config.pollInterval().toMillis();
                signal.tryAcquire(wait, TimeUnit.MILLISECONDS);
                signal.drainPermits();
                metrics.refreshIfDue();
                while (running && publishBatch() == config.batchSize()) {
                    // a full batch: more are waiting
                }
                backoffMillis = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                backoffMillis = Math.min(Math.max(backoffMillis * 2, 250), config.maxBackoff().toMillis());
                LOG.warnf("outbox relay could not publish (retrying in %d ms): %s", backoffMillis, rootMessage(e));
            }
        }
    }

    /** Publishes the oldest unpublished events in one transaction; returns how many were published. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.sendTimeout().toSeconds() + 30)
                .call(() -> {
                    Boolean locked = (Boolean) entityManager
                            .createNativeQuery("SELECT pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                            .getSingleResult();
                    if (!Boolean.TRUE.equals(locked)) {
                        return 0;
                    }
                    List<OutboxEvent> batch = OutboxEvent.<OutboxEvent>find("publishedAt is null order by seq")
                            .page(0, config.batchSize()).list();
                    if (batch.isEmpty()) {
                        return 0;
                    }
                    List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
                    for (OutboxEvent event : batch) {
                        acks.add(send(event));
                    }
                    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
                            .get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    // the batch is managed: its updates (by primary key, one prepared statement) are flushed as
                    // one JDBC batch at the commit; Hibernate would translate a bulk update in its query language
                    // again for every batch
                    OffsetDateTime published = OffsetDateTime.now(clock);
                    for (OutboxEvent event : batch) {
                        event.publishedAt = published;
                    }
                    return batch.size();
                });
    }

    private CompletableFuture<Void> send(OutboxEvent event) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.eventKey)
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId.toString())
                .withSource(URI.create(event.ceSource))
                .withType(event.ceType)
                .withSubject(event.eventKey)
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .withDataContentType("application/json")
                .build();
        Metadata metadata = event.traceparent == null
                ? Metadata.of(kafka, cloudEvent)
                : Metadata.of(kafka, cloudEvent, TracingMetadata.withCurrent(TraceContext.fromTraceparent(event.traceparent)));
        Message<String> message = Message.of(event.payload, metadata)
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acked;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
