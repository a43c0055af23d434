package cn.zgc.residence.notifications.delivery;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.WebhookEndpointDisabled;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.notifications.config.NotificationsConfig;
import cn.zgc.residence.notifications.domain.RetrySchedule;
import cn.zgc.residence.notifications.repository.DeliveryAttemptEntity;
import cn.zgc.residence.notifications.repository.DeliveryEntity;
import cn.zgc.residence.notifications.repository.DeliveryRepository;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.SubscriptionRepository;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Writes what an attempt came to: the attempt row, then the delivery DELIVERED, due again on the schedule, or FAILED
 * when the schedule is spent. An endpoint that has not succeeded once since that delivery began failed the whole
 * schedule: it is disabled with its reason and WebhookEndpointDisabled is published.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private static final Logger LOG = Logger.getLogger(DeliveryRecorder.class);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;
    private final Clock clock;
    private final RetrySchedule schedule;
    private final MeterRegistry metrics;

    public DeliveryRecorder(DeliveryRepository deliveries, SubscriptionRepository subscriptions, Outbox outbox,
            Clock clock, NotificationsConfig config, MeterRegistry metrics) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.clock = clock;
        this.schedule = new RetrySchedule(config.retry().schedule(), config.retry().jitter());
        this.metrics = metrics;
    }

    public RetrySchedule schedule() {
        return schedule;
    }

    /** When a new delivery's first attempt is due. */
    public OffsetDateTime firstAttemptAt(OffsetDateTime now) {
        return now.plus(schedule.delayBefore(1, ThreadLocalRandom.current()::nextDouble).orElse(Duration.ZERO));
    }

    @Transactional
    public void record(UUID deliveryId, int attemptNumber, SendResult result) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        DeliveryEntity delivery = deliveries.findById(deliveryId);
        if (delivery == null || delivery.state != DeliveryEntity.State.PENDING) {
            return;
        }
        DeliveryAttemptEntity attempt = new DeliveryAttemptEntity();
        attempt.deliveryId = delivery.id;
        attempt.subscriptionId = delivery.subscriptionId;
        attempt.eventId = delivery.eventId;
        attempt.attempt = attemptNumber;
        attempt.attemptedAt = now.minus(Duration.ofMillis(result.latencyMs()));
        attempt.statusCode = result.statusCode();
        attempt.latencyMs = result.latencyMs();
        attempt.succeeded = result.succeeded();
        attempt.error = result.succeeded() ? null
                : result.error() != null ? result.error() : "the endpoint answered " + result.statusCode();
        attempt.persist();
        delivery.attempts = attemptNumber;
        metrics.counter("webhook.attempts", "outcome", result.succeeded() ? "delivered" : "failed").increment();

        if (result.succeeded()) {
            delivery.state = DeliveryEntity.State.DELIVERED;
            delivery.finishedAt = now;
            // from the event's arrival (or the replay's request) to the endpoint's 2xx, retries included
            metrics.timer("webhook.delivery.lag", "origin", delivery.origin.name())
                    .record(Duration.between(delivery.createdAt, now));
            subscriptions.succeededAt(delivery.subscriptionId, now);
            return;
        }
        Optional<Duration> next = schedule.delayBefore(attemptNumber + 1, ThreadLocalRandom.current()::nextDouble);
        if (next.isPresent()) {
            delivery.nextAttemptAt = now.plus(next.get());
            return;
        }
        delivery.state = DeliveryEntity.State.FAILED;
        delivery.finishedAt = now;
        SubscriptionEntity subscription = subscriptions.findById(delivery.subscriptionId);
        if (subscription != null && subscription.enabled
                && (subscription.lastSuccessAt == null || subscription.lastSuccessAt.isBefore(delivery.createdAt))) {
            disable(subscription, delivery.createdAt, new Text("every attempt of the retry schedule ("
                    + schedule.attempts() + ") since " + delivery.createdAt + " failed; the last: " + attempt.error,
                    "自 " + delivery.createdAt + " 起，重试计划的全部 " + schedule.attempts() + " 次尝试均失败；最后一次："
                    + attempt.error), now);
        }
    }

    private void disable(SubscriptionEntity subscription, OffsetDateTime failingSince, Text reason,
            OffsetDateTime now) {
        String shortReason = shorter(reason.en());
        int changed = subscriptions.update(
                "enabled = false, disabledReason = ?1, disabledReasonZh = ?4, disabledAt = ?2, updatedAt = ?2,"
                        + " version = version + 1 where id = ?3 and enabled = true",
                shortReason, now, subscription.id, shorter(reason.zh()));
        if (changed == 0) {
            return;
        }
        int failed = deliveries.failPending(subscription.id, now);
        outbox.record(new WebhookEndpointDisabled(subscription.id, subscription.partnerId, shortReason, failingSince,
                now));
        metrics.counter("webhook.endpoints.disabled").increment();
        LOG.infof("webhook subscription %s disabled after failing its whole schedule (%d pending deliveries ended)",
                subscription.id, failed);
    }

    /** Leases claimed deliveries: no other worker takes them until the lease ends (a crashed worker's come back). */
    public static void lease(List<DeliveryEntity> claimed, OffsetDateTime until) {
        claimed.forEach(d -> d.nextAttemptAt = until);
    }

    private static String shorter(String reason) {
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
