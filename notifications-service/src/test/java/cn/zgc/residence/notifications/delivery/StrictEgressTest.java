package cn.zgc.residence.notifications.delivery;

import static cn.zgc.residence.notifications.NotificationsTestData.asPartner;
import static cn.zgc.residence.notifications.NotificationsTestData.sendDossierSubmitted;
import static cn.zgc.residence.notifications.NotificationsTestData.subscriptionBody;
import static cn.zgc.residence.notifications.NotificationsTestData.uniquePartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import cn.zgc.residence.notifications.WebhookReceiver;
import cn.zgc.residence.notifications.crypto.SecretSealer;
import cn.zgc.residence.notifications.domain.SigningSecret;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production's egress rule (no internal address allowed; plain http kept only so that the receiver here can listen):
 * internal targets are refused when subscribing, and again before any connection when delivering, even where a
 * subscription already names one (as after a DNS answer changed). The only listening receiver is on 127.0.0.1: were
 * the check missing, it would see a request.
 */
@QuarkusTest
@TestProfile(StrictEgressTest.Strict.class)
class StrictEgressTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // 192.0.2.1 (documentation, never routed) stands in for "no allowance", so that 127.0.0.1 is refused
            return Map.of("zgc.notifications.egress.allowed-cidrs", "192.0.2.1/32");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9/hook", "http://127.0.0.1:9/hook", "http://[::1]:9/hook",
            "http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/"})
    void refusesInternalTargetsWhenSubscribing(String url) {
        asPartner(uniquePartner("p-strict")).body(subscriptionBody(url, "DossierSubmitted"))
                .post("/api/v1/webhook-subscriptions").then().statusCode(422)
                .body("detail", containsString("refused address"));
    }

    @Test
    void refusesInternalTargetsWhenDeliveringBeforeAnyConnection() {
        String partner = uniquePartner("p-strict-delivery");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Map<String, UUID> subscriptions = new LinkedHashMap<>();
            for (String url : List.of("http://localhost:" + receiver.port() + "/hook",
                    "http://127.0.0.1:" + receiver.port() + "/hook", "http://[::1]:" + receiver.port() + "/hook",
                    "http://10.0.0.1:9/hook", "http://169.254.169.254/latest/meta-data/")) {
                subscriptions.put(url, storedSubscription(partner, url));
            }
            sendDossierSubmitted(UUID.randomUUID(), partner);

            subscriptions.forEach((url, id) -> {
                await().atMost(Duration.ofSeconds(30)).until(() -> !attempts(partner, id).isEmpty());
                Map<String, Object> first = attempts(partner, id).get(0);
                assertThat(first.get("statusCode")).as(url).isNull();
                assertThat((String) first.get("error")).as(url).startsWith("refused before connecting")
                        .contains("refused address");
            });
            assertThat(receiver.received()).isEmpty();
        }
    }

    /** A subscription as one made before its host's DNS answer turned internal: written directly. */
    private static UUID storedSubscription(String partner, String url) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            SubscriptionEntity s = new SubscriptionEntity();
            s.id = id;
            s.partnerId = partner;
            s.url = url;
            s.eventTypes = "DossierSubmitted";
            s.secret = Arc.container().instance(SecretSealer.class).get().seal(id, SigningSecret.generate(32));
            s.enabled = true;
            s.createdAt = OffsetDateTime.now();
            s.updatedAt = s.createdAt;
            s.persist();
        });
        return id;
    }

    private static List<Map<String, Object>> attempts(String partner, UUID id) {
        return asPartner(partner).get("/api/v1/webhook-subscriptions/" + id + "/attempts").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
