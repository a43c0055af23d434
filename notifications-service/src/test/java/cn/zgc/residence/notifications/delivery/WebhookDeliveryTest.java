package cn.zgc.residence.notifications.delivery;

import static cn.zgc.residence.notifications.NotificationsTestData.asPartner;
import static cn.zgc.residence.notifications.NotificationsTestData.sendDossierSubmitted;
import static cn.zgc.residence.notifications.NotificationsTestData.subscribe;
import static cn.zgc.residence.notifications.NotificationsTestData.uniquePartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.notifications.NotificationsTestData.Subscribed;
import cn.zgc.residence.notifications.WebhookReceiver;
import cn.zgc.residence.notifications.WebhookReceiver.Received;
import cn.zgc.residence.notifications.repository.DeliveryEntity;
import cn.zgc.residence.notifications.repository.DeliveryRepository;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.SubscriptionRepository;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.EventProbe.Outgoing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Deliveries end to end: events on the test broker, the service, and real HTTP receivers on 127.0.0.1 that verify
 * every request with the Standard Webhooks library. The test schedule is 0 s, 300 ms, 600 ms, 900 ms.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Test
    void deliversTheCloudEventSignedAsTheSpecificationSays() throws Exception {
        String partner = uniquePartner("p-signed");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(partner, receiver, "DossierSubmitted");
            UUID dossier = UUID.randomUUID();
            String eventId = sendDossierSubmitted(dossier, partner);

            await().atMost(WAIT).until(() -> receiver.received().size() == 1);
            Received request = receiver.received().get(0);
            assertThat(request.verified()).as("verified by com.standardwebhooks").isTrue();
            assertThat(request.webhookId()).isEqualTo(eventId);
            assertThat(request.header("webhook-sequence")).isEqualTo("1");
            assertThat(request.header("content-type")).startsWith("application/json");
            assertThat(request.header("host")).isEqualTo("127.0.0.1:" + receiver.port());
            JsonNode body = JSON.readTree(request.body());
            assertThat(body.path("specversion").asText()).isEqualTo("1.0");
            assertThat(body.path("id").asText()).isEqualTo(eventId);
            assertThat(body.path("type").asText()).isEqualTo(EventType.DOSSIER_SUBMITTED.ceType());
            assertThat(body.path("source").asText()).isNotBlank();
            assertThat(body.path("subject").asText()).isEqualTo(dossier.toString());
            assertThat(body.path("time").asText()).isNotBlank();
            assertThat(body.path("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(body.path("data").path("partnerId").asText()).isEqualTo(partner);
            assertThat(body.path("data").path("dossierId").asText()).isEqualTo(dossier.toString());
        }
    }

    @Test
    void aDeliveredEventNotesTheEndpointsLastSuccessAndLeavesItsVersionAlone() {
        String partner = uniquePartner("p-success");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            UUID id = UUID.fromString(subscribe(partner, receiver, "DossierSubmitted").id());
            SubscriptionEntity before = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(id));
            assertThat(before.lastSuccessAt).isNull();
            OffsetDateTime sent = OffsetDateTime.now();
            sendDossierSubmitted(UUID.randomUUID(), partner);

            await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> subscriptions.findById(id).lastSuccessAt) != null);
            SubscriptionEntity after = QuarkusTransaction.requiringNew().call(() -> subscriptions.findById(id));
            assertThat(after.lastSuccessAt).isAfterOrEqualTo(sent.minusSeconds(1));
            // the partner's view of the subscription did not change: the same version, so no If-Match fails on it
            assertThat(after.version).isEqualTo(before.version);
        }
    }

    @Test
    void aPartnersReceiverNeverSeesAnotherPartnersEventsAndAnEventWithoutPartnerGoesToNobody() {
        String partnerA = uniquePartner("p-a");
        String partnerB = uniquePartner("p-b");
        try (WebhookReceiver a = WebhookReceiver.start(); WebhookReceiver b = WebhookReceiver.start()) {
            subscribe(partnerA, a, "DossierSubmitted", "FeeScheduleChanged");
            subscribe(partnerB, b, "DossierSubmitted", "FeeScheduleChanged");
            UUID shared = UUID.randomUUID();
            // no partnerId in its data: first on the key, so it was handled before the events after it
            String noPartner = EventProbe.send(Topics.DOCUMENTS_DOSSIERS, shared.toString(),
                    EventType.DOSSIER_SUBMITTED.ceType(), "{\"dossierId\": \"" + shared + "\"}");
            String ofA = sendDossierSubmitted(shared, partnerA);
            String ofB = sendDossierSubmitted(shared, partnerB);
            String ofA2 = sendDossierSubmitted(UUID.randomUUID(), partnerA);

            await().atMost(WAIT).until(() -> a.received().size() >= 2 && b.received().size() >= 1);
            assertThat(a.received()).extracting(Received::webhookId).containsExactlyInAnyOrder(ofA, ofA2)
                    .doesNotContain(ofB, noPartner);
            assertThat(b.received()).extracting(Received::webhookId).containsExactly(ofB);
            assertThat(a.received()).allMatch(Received::verified);
            assertThat(b.received()).allMatch(Received::verified);
        }
    }

    @Test
    void recordsReadTogetherSkipTheUnreadableOneAndDeliverEachEventOnce() {
        String partner = uniquePartner("p-together");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(partner, receiver, "DossierSubmitted");
            UUID dossier = UUID.randomUUID();
            String data = """
                    {"dossierId": "%s", "partnerId": "%s", "hallId": "zgc-centre"}""".formatted(dossier, partner);
            // one key, so one partition and this order, sent in one batch, so that they arrive in one poll
            Outgoing first = Outgoing.event(EventType.DOSSIER_SUBMITTED.ceType(), data);
            Outgoing second = Outgoing.event(EventType.DOSSIER_SUBMITTED.ceType(), data);
            EventProbe.sendTogether(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), first,
                    new Outgoing(null, "not an event", null), first, second);
            // after them on the key: once it is delivered, every record before it was read and taken in
            String marker = EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(),
                    EventType.DOSSIER_SUBMITTED.ceType(), data);

            await().atMost(WAIT).until(() -> receiver.accepted().size() >= 3
                    && receiver.accepted().stream().anyMatch(r -> r.webhookId().equals(marker)));
            assertThat(receiver.accepted()).extracting(Received::webhookId)
                    .containsExactlyInAnyOrder(first.id(), second.id(), marker);
            assertThat(receiver.accepted()).extracting(r -> r.header("webhook-sequence"))
                    .containsExactlyInAnyOrder("1", "2", "3");
        }
    }

    @Test
    void aReceiverThatFailsThenRecoversGetsEveryEventExactlyOnce() {
        String partner = uniquePartner("p-recover");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answering(n -> n <= 3 ? 503 : 200);
            Subscribed subscribed = subscribe(partner, receiver, "DossierSubmitted");
            List<String> sent = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(sendDossierSubmitted(UUID.randomUUID(), partner));
            }

            await().atMost(WAIT).until(() -> receiver.accepted().stream().map(Received::webhookId)
                    .collect(Collectors.toSet()).containsAll(sent));
            Map<String, Long> acceptedById = receiver.accepted().stream()
                    .collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
            assertThat(acceptedById).containsOnlyKeys(sent).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
            assertThat(receiver.received()).hasSize(6).allMatch(Received::verified);

            JsonPath log = asPartner(partner).get(PATH + "/" + subscribed.id() + "/attempts").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(log.getList("items.statusCode", Integer.class)).containsOnly(503, 200).hasSize(6);
            assertThat(log.getList("items.succeeded", Boolean.class)).filteredOn(s -> s).hasSize(3);
            assertThat(log.getList("items.latencyMs", Long.class)).allMatch(l -> l >= 0);
            assertThat(log.getList("items.error", String.class)).filteredOn(e -> e != null)
                    .allMatch(e -> e.contains("503"));
        }
    }

    @Test
    void carriesTheAggregatesSequenceSoTheReceiverCanOrder() {
        String partner = uniquePartner("p-seq");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            subscribe(partner, receiver, "DossierSubmitted");
            UUID dossier = UUID.randomUUID();
            List<String> ids = List.of(sendDossierSubmitted(dossier, partner), sendDossierSubmitted(dossier, partner),
                    sendDossierSubmitted(dossier, partner));
            await().atMost(WAIT).until(() -> receiver.received().size() == 3);
            Map<String, String> sequenceById = receiver.received().stream()
                    .collect(Collectors.toMap(Received::webhookId, r -> r.header("webhook-sequence")));
            assertThat(ids.stream().map(sequenceById::get)).containsExactly("1", "2", "3");
        }
    }

    @Test
    void duringARotationsOverlapBothSecretsSignAndAfterItOnlyTheNewOne() {
        String partner = uniquePartner("p-rotation");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscribed subscribed = subscribe(partner, receiver, "DossierSubmitted");
            String oldSecret = subscribed.secret();
            String newSecret = asPartner(partner).body("{\"overlap\": \"PT1H\"}")
                    .post(PATH + "/" + subscribed.id() + "/secret-rotations").then().statusCode(200)
                    .extract().path("secret");
            String during = sendDossierSubmitted(UUID.randomUUID(), partner);
            await().atMost(WAIT).until(() -> receiver.received().size() == 1);
            Received first = receiver.received().get(0);
            assertThat(first.webhookId()).isEqualTo(during);
            assertThat(first.header("webhook-signature").split(" ")).hasSize(2);
            assertThat(WebhookReceiver.verifies(oldSecret, first)).isTrue();
            assertThat(WebhookReceiver.verifies(newSecret, first)).isTrue();

            String latest = asPartner(partner).body("{\"overlap\": \"PT0S\"}")
                    .post(PATH + "/" + subscribed.id() + "/secret-rotations").then().statusCode(200)
                    .extract().path("secret");
            sendDossierSubmitted(UUID.randomUUID(), partner);
            await().atMost(WAIT).until(() -> receiver.received().size() == 2);
            Received second = receiver.received().get(1);
            assertThat(second.header("webhook-signature").split(" ")).hasSize(1);
            assertThat(WebhookReceiver.verifies(latest, second)).isTrue();
            assertThat(WebhookReceiver.verifies(newSecret, second)).isFalse();
            assertThat(WebhookReceiver.verifies(oldSecret, second)).isFalse();
        }
    }

    @Test
    void anEndpointFailingTheWholeScheduleIsDisabledWithAReasonAndAnEvent() {
        String partner = uniquePartner("p-dead");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.answering(n -> 500);
            Subscribed subscribed = subscribe(partner, receiver, "DossierSubmitted");
            sendDossierSubmitted(UUID.randomUUID(), partner);

            await().atMost(WAIT).until(() -> !asPartner(partner).get(PATH + "/" + subscribed.id()).then()
                    .statusCode(200).extract().jsonPath().getBoolean("enabled"));
            JsonPath subscription = asPartner(partner).get(PATH + "/" + subscribed.id()).then().extract().jsonPath();
            assertThat(subscription.getString("disabledReason")).contains("every attempt").contains("500");
            assertThat(receiver.received()).hasSize(4);

            var disabled = EventProbe.awaitRecords(Topics.NOTIFICATIONS_SUBSCRIPTIONS, 1,
                    r -> subscribed.id().equals(r.key()));
            assertThat(EventProbe.header(disabled.get(0), "ce_type"))
                    .contains(EventType.WEBHOOK_ENDPOINT_DISABLED.ceType());
            assertThat(disabled.get(0).value()).contains(partner).contains("every attempt");

        }
    }

    @Test
    void theDisablingEventReachesThePartnersOtherEndpoint() throws Exception {
        String partner = uniquePartner("p-watch");
        try (WebhookReceiver dead = WebhookReceiver.start(); WebhookReceiver watcher = WebhookReceiver.start()) {
            dead.answering(n -> 500);
            Subscribed failing = subscribe(partner, dead, "DossierSubmitted");
            subscribe(partner, watcher, "WebhookEndpointDisabled");
            sendDossierSubmitted(UUID.randomUUID(), partner);
            await().atMost(WAIT).until(() -> watcher.received().size() == 1);
            Received notice = watcher.received().get(0);
            assertThat(notice.verified()).isTrue();
            assertThat(notice.body()).contains(failing.id()).contains(EventType.WEBHOOK_ENDPOINT_DISABLED.ceType());
            // published through this service's own outbox: the CloudEvent's time is the one the outbox recorded
            JsonNode body = JSON.readTree(notice.body());
            assertThat(body.path("source").asText()).isEqualTo("/zgc/notifications-service");
            assertThat(java.time.OffsetDateTime.parse(body.path("time").asText()))
                    .isCloseTo(java.time.OffsetDateTime.parse(body.path("data").path("disabledAt").asText()),
                            org.assertj.core.api.Assertions.within(2, java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    @Test
    void aDeliveryWhoseRequestCannotBeMadeWaitsForItsLeaseWhileTheOthersGoOut() {
        String partner = uniquePartner("p-unopenable");
        try (WebhookReceiver broken = WebhookReceiver.start(); WebhookReceiver fine = WebhookReceiver.start()) {
            UUID unopenable = UUID.fromString(subscribe(partner, broken, "DossierSubmitted").id());
            subscribe(partner, fine, "DossierSubmitted");
            // its signing secret can no longer be opened, as when the key that sealed it is no longer configured
            QuarkusTransaction.requiringNew().run(() -> subscriptions.findById(unopenable).secret = "not sealed");
            OffsetDateTime sent = OffsetDateTime.now();
            sendDossierSubmitted(UUID.randomUUID(), partner);

            // the other endpoint's delivery, claimed in the same rounds, goes out
            await().atMost(WAIT).until(() -> fine.received().size() == 1);
            // the unopenable one is leased, as an attempt that could not be made: taken again when the lease ends
            await().atMost(WAIT).until(() -> {
                DeliveryEntity held = QuarkusTransaction.requiringNew()
                        .call(() -> deliveries.find("subscriptionId", unopenable).firstResult());
                return held != null && held.nextAttemptAt.isAfter(sent.plusSeconds(30));
            });
            DeliveryEntity held = QuarkusTransaction.requiringNew()
                    .call(() -> deliveries.find("subscriptionId", unopenable).firstResult());
            assertThat(held.state).isEqualTo(DeliveryEntity.State.PENDING);
            assertThat(held.attempts).isZero();
            assertThat(broken.received()).isEmpty();
            asPartner(partner).delete(PATH + "/" + unopenable).then().statusCode(204);
        }
    }

    @Test
    void aSlowEndpointNeverHoldsUpAnother() {
        String partner = uniquePartner("p-slow");
        try (WebhookReceiver slow = WebhookReceiver.start(); WebhookReceiver fast = WebhookReceiver.start()) {
            slow.slow(2000);
            subscribe(partner, slow, "DossierSubmitted");
            subscribe(partner, fast, "DossierSubmitted");
            for (int i = 0; i < 12; i++) {
                sendDossierSubmitted(UUID.randomUUID(), partner);
            }
            await().atMost(WAIT).until(() -> fast.received().size() == 12);
            // 12 requests at 4 at a time take the slow endpoint at least 6 s: it is far from done
            assertThat(slow.received().size()).isLessThan(12);
            await().atMost(WAIT).until(() -> slow.received().size() == 12);
            // the endpoint's room (4), whether a delivery was taken at the event's intake or by a round
            assertThat(slow.mostAtOnce()).isBetween(2, 4);
        }
    }

    @Test
    void redirectsAreNotFollowedAndLargeBodiesAreNotRead() {
        String partner = uniquePartner("p-redirect");
        try (WebhookReceiver redirecting = WebhookReceiver.start(); WebhookReceiver target = WebhookReceiver.start();
                WebhookReceiver large = WebhookReceiver.start()) {
            redirecting.answering(n -> 307).redirectingTo(target.url());
            large.answering(n -> 200).withBody(new byte[2 * 1024 * 1024]);
            Subscribed redirected = subscribe(partner, redirecting, "DossierSubmitted");
            Subscribed big = subscribe(partner, large, "DossierSubmitted");
            sendDossierSubmitted(UUID.randomUUID(), partner);

            await().atMost(WAIT).until(() -> attempts(partner, redirected.id()).size() == 4);
            assertThat(attempts(partner, redirected.id())).allMatch(a -> a.get("statusCode").equals(307));
            assertThat(target.received()).isEmpty();
            await().atMost(WAIT).until(() -> attempts(partner, big.id()).size() == 1);
            assertThat(attempts(partner, big.id()).get(0)).containsEntry("succeeded", true)
                    .containsEntry("statusCode", 200);
        }
    }

    @Test
    void replaysOneEventOrATimeRangeWithTheSameWebhookId() {
        String partner = uniquePartner("p-replay");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscribed subscribed = subscribe(partner, receiver, "DossierSubmitted");
            String first = sendDossierSubmitted(UUID.randomUUID(), partner);
            String second = sendDossierSubmitted(UUID.randomUUID(), partner);
            await().atMost(WAIT).until(() -> receiver.received().size() == 2);

            asPartner(partner).body("{\"eventId\": \"" + first + "\"}").post(PATH + "/" + subscribed.id() + "/replays")
                    .then().statusCode(202).body("deliveries", org.hamcrest.Matchers.equalTo(1));
            await().atMost(WAIT).until(() -> receiver.received().size() == 3);
            assertThat(receiver.received().get(2).webhookId()).isEqualTo(first);

            asPartner(partner).body("{\"from\": \"2000-01-01T00:00:00+08:00\", \"to\": \"2000-01-31T00:00:00+08:00\"}")
                    .post(PATH + "/" + subscribed.id() + "/replays").then().statusCode(202)
                    .body("deliveries", org.hamcrest.Matchers.equalTo(0));
            String from = java.time.OffsetDateTime.now().minusDays(1).toString();
            String to = java.time.OffsetDateTime.now().plusMinutes(1).toString();
            asPartner(partner).body("{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}")
                    .post(PATH + "/" + subscribed.id() + "/replays").then().statusCode(202)
                    .body("deliveries", org.hamcrest.Matchers.equalTo(2));
            await().atMost(WAIT).until(() -> receiver.received().size() == 5);
            Map<String, Long> byId = receiver.received().stream()
                    .collect(Collectors.groupingBy(Received::webhookId, Collectors.counting()));
            assertThat(byId).containsEntry(first, 3L).containsEntry(second, 2L);
            assertThat(receiver.received()).allMatch(Received::verified);
            assertThat(asPartner(partner).get(PATH + "/" + subscribed.id() + "/attempts").then().extract().jsonPath()
                    .getList("items.origin", String.class)).contains("LIVE", "REPLAY");
        }
    }

    private static List<Map<String, Object>> attempts(String partner, String subscriptionId) {
        return asPartner(partner).get(PATH + "/" + subscriptionId + "/attempts").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    @SuppressWarnings("unused")
    private static <T> Set<T> set(List<Received> requests, Function<Received, T> f) {
        return requests.stream().map(f).collect(Collectors.toSet());
    }
}
