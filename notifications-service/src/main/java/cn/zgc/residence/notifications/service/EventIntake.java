package cn.zgc.residence.notifications.service;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.notifications.delivery.DeliveryRecorder;
import cn.zgc.residence.notifications.delivery.DeliveryWorker;
import cn.zgc.residence.notifications.repository.DeliveryEntity;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.SubscriptionRepository;
import cn.zgc.residence.notifications.repository.WebhookEventEntity;
import cn.zgc.residence.notifications.repository.WebhookEventRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes an event in: one that names a partner (top-level {@code partnerId} in its data) is kept with its place in its
 * aggregate's order, and a delivery is created for each enabled subscription of that partner that wants its type.
 * An event that names no partner is delivered to nobody. A delivery whose endpoint has room is claimed for its first
 * attempt in the same transaction ({@link DeliveryWorker#claimNew}); the others wait for the worker's next round.
 */
@ApplicationScoped
public class EventIntake {

    private final WebhookEventRepository events;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRecorder recorder;
    private final DeliveryWorker worker;
    private final ObjectMapper json;
    private final Clock clock;

    public EventIntake(WebhookEventRepository events, SubscriptionRepository subscriptions, DeliveryRecorder recorder,
            DeliveryWorker worker, ObjectMapper json, Clock clock) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.recorder = recorder;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    /** The envelope attributes Kafka binary mode carries besides those {@link InboundEvent} reads. */
    public record Envelope(String topic, String subject, OffsetDateTime time) {
    }

    /**
     * What an event's intake came to: how many deliveries it created, and the claims of those taken straight into
     * their first attempt, to start once the transaction has committed (or give back if it did not).
     */
    public record Accepted(int created, List<DeliveryWorker.Claimed> claimed) {

        public static final Accepted NONE = new Accepted(0, List.of());

        /** Whether some deliveries were left to the worker's next round. */
        public boolean leftToARound() {
            return created > claimed.size();
        }
    }

    /** Keeps the event and fans it out. Runs in the Inbox's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Accepted accept(InboundEvent event, Envelope envelope) {
        Optional<String> partnerId = partnerOf(event.data());
        if (partnerId.isEmpty()) {
            return Accepted.NONE;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String aggregate = event.key() != null ? event.key() : envelope.subject() != null ? envelope.subject() : "";
        WebhookEventEntity stored = new WebhookEventEntity();
        stored.id = event.id();
        stored.partnerId = partnerId.get();
        stored.type = event.type().ceType();
        stored.eventName = event.type().eventName();
        stored.source = event.source() != null ? event.source() : event.type().source();
        stored.subject = envelope.subject() != null ? envelope.subject() : aggregate;
        stored.time = envelope.time() != null ? envelope.time() : now;
        stored.sequence = events.nextSequence(envelope.topic(), aggregate);
        stored.data = event.data();
        stored.receivedAt = now;
        events.persist(stored);

        List<SubscriptionEntity> wanting = subscriptions.enabledOf(stored.partnerId).stream()
                .filter(s -> s.wants(stored.eventName)).toList();
        List<DeliveryWorker.Claimed> claimed = new ArrayList<>(wanting.size());
        try {
            for (SubscriptionEntity subscription : wanting) {
                DeliveryEntity delivery = newDelivery(subscription.id, stored.id, DeliveryEntity.Origin.LIVE, now);
                DeliveryWorker.Claimed claim = worker.claimNew(delivery, subscription, stored, now);
                delivery.persist();
                if (claim != null) {
                    claimed.add(claim);
                }
            }
        } catch (RuntimeException e) {
            worker.abandon(claimed);
            throw e;
        }
        return new Accepted(wanting.size(), claimed);
    }

    DeliveryEntity newDelivery(UUID subscriptionId, UUID eventId, DeliveryEntity.Origin origin, OffsetDateTime now) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscriptionId;
        delivery.eventId = eventId;
        delivery.origin = origin;
        delivery.state = DeliveryEntity.State.PENDING;
        delivery.attempts = 0;
        delivery.createdAt = now;
        delivery.nextAttemptAt = recorder.firstAttemptAt(now);
        return delivery;
    }

    private Optional<String> partnerOf(String data) {
        try {
            JsonNode node = json.readTree(data);
            JsonNode partner = node == null ? null : node.get("partnerId");
            return partner != null && partner.isTextual() && !partner.asText().isBlank()
                    ? Optional.of(partner.asText()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
