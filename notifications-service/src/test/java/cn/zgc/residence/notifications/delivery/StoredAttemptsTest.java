package cn.zgc.residence.notifications.delivery;

import static cn.zgc.residence.notifications.NotificationsTestData.asPartner;
import static cn.zgc.residence.notifications.NotificationsTestData.subscribe;
import static cn.zgc.residence.notifications.NotificationsTestData.uniquePartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.notifications.NotificationsTestData.Subscribed;
import cn.zgc.residence.notifications.WebhookReceiver;
import cn.zgc.residence.notifications.WebhookReceiver.Received;
import cn.zgc.residence.notifications.repository.DeliveryEntity;
import cn.zgc.residence.notifications.repository.WebhookEventEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Attempts are rows, not memory: deliveries a stopped process left behind (due while it was down, or leased by an
 * attempt it never finished) are taken by the running worker and delivered.
 */
@QuarkusTest
class StoredAttemptsTest {

    @Test
    void deliveriesLeftByAStoppedProcessAreDelivered() {
        String partner = uniquePartner("p-restart");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscribed subscribed = subscribe(partner, receiver, "DossierSubmitted");
            UUID subscriptionId = UUID.fromString(subscribed.id());
            UUID dueMeanwhile = UUID.randomUUID();
            UUID leasedByTheStoppedProcess = UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                OffsetDateTime now = OffsetDateTime.now();
                storedEvent(dueMeanwhile, partner, now.minusMinutes(20));
                storedEvent(leasedByTheStoppedProcess, partner, now.minusMinutes(20));
                // its first attempt fell due ten minutes ago, while no process ran
                delivery(subscriptionId, dueMeanwhile, 0, now.minusMinutes(10));
                // two attempts failed; a third was claimed by a process that stopped, and its lease has ended
                delivery(subscriptionId, leasedByTheStoppedProcess, 2, now.minusSeconds(1));
            });

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
            assertThat(receiver.received()).extracting(Received::webhookId)
                    .containsExactlyInAnyOrder(dueMeanwhile.toString(), leasedByTheStoppedProcess.toString());
            assertThat(receiver.received()).allMatch(Received::verified);
            List<Integer> attemptNumbers = asPartner(partner)
                    .get("/api/v1/webhook-subscriptions/" + subscribed.id() + "/attempts").then().statusCode(200)
                    .extract().jsonPath().getList("items.attempt", Integer.class);
            assertThat(attemptNumbers).containsExactlyInAnyOrder(1, 3);
        }
    }

    private static void storedEvent(UUID id, String partner, OffsetDateTime time) {
        WebhookEventEntity event = new WebhookEventEntity();
        event.id = id;
        event.partnerId = partner;
        event.type = EventType.DOSSIER_SUBMITTED.ceType();
        event.eventName = EventType.DOSSIER_SUBMITTED.eventName();
        event.source = EventType.DOSSIER_SUBMITTED.source();
        event.subject = UUID.randomUUID().toString();
        event.time = time;
        event.sequence = 4;
        event.data = "{\"dossierId\": \"" + event.subject + "\", \"partnerId\": \"" + partner + "\"}";
        event.receivedAt = time;
        event.persist();
    }

    private static void delivery(UUID subscriptionId, UUID eventId, int attempts, OffsetDateTime due) {
        DeliveryEntity delivery = new DeliveryEntity();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscriptionId;
        delivery.eventId = eventId;
        delivery.origin = DeliveryEntity.Origin.LIVE;
        delivery.state = DeliveryEntity.State.PENDING;
        delivery.attempts = attempts;
        delivery.createdAt = due.minusMinutes(5);
        delivery.nextAttemptAt = due;
        delivery.persist();
    }
}
