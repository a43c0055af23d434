package cn.zgc.residence.notifications.crypto;

import static cn.zgc.residence.notifications.NotificationsTestData.asPartner;
import static cn.zgc.residence.notifications.NotificationsTestData.sendDossierSubmitted;
import static cn.zgc.residence.notifications.NotificationsTestData.subscribe;
import static cn.zgc.residence.notifications.NotificationsTestData.uniquePartner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.notifications.NotificationsTestData.Subscribed;
import cn.zgc.residence.notifications.SecretsKeyTestResource;
import cn.zgc.residence.notifications.WebhookReceiver;
import cn.zgc.residence.notifications.WebhookReceiver.Received;
import cn.zgc.residence.notifications.domain.SigningSecret;
import db.migration.V2__SealSigningSecrets;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The subscription table holds no signing secret in clear: what creation, rotation and the migration of older rows
 * store is sealed, and deliveries are still signed with the secrets the partner holds, as the Standard Webhooks
 * library checks them.
 */
@QuarkusTest
class StoredSecretsTest {

    private static final String PATH = "/api/v1/webhook-subscriptions";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DataSource dataSource;

    /** secret and previous_secret of a subscription, as the table holds them. */
    private String[] rawSecrets(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT secret, previous_secret FROM subscription WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new String[] {rs.getString(1), rs.getString(2)};
            }
        }
    }

    private static void assertHoldsNoSecret(String raw, String... secrets) {
        assertThat(raw).startsWith("aes-gcm:t1:").doesNotContain("whsec_");
        for (String secret : secrets) {
            String key = secret.substring("whsec_".length());
            assertThat(raw).doesNotContain(key).doesNotContain(key.substring(0, 12));
            // nor the key's bytes in any other spelling: the stored bytes after the nonce are ciphertext
            byte[] stored = Base64.getDecoder().decode(raw.substring("aes-gcm:t1:".length()));
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(key);
        }
    }

    @Test
    void creationAndRotationStoreTheSecretsSealedAndDeliveriesVerifyWithThem() throws Exception {
        String partner = uniquePartner("p-sealed");
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Subscribed subscribed = subscribe(partner, receiver, "DossierSubmitted");
            String first = subscribed.secret();
            String[] raw = rawSecrets(subscribed.id());
            assertHoldsNoSecret(raw[0], first);
            assertThat(raw[1]).isNull();

            String second = asPartner(partner).body("{\"overlap\": \"PT1H\"}")
                    .post(PATH + "/" + subscribed.id() + "/secret-rotations").then().statusCode(200)
                    .extract().path("secret");
            raw = rawSecrets(subscribed.id());
            assertHoldsNoSecret(raw[0], first, second);
            assertHoldsNoSecret(raw[1], first, second);

            String eventId = sendDossierSubmitted(UUID.randomUUID(), partner);
            await().atMost(WAIT).until(() -> receiver.received().size() == 1);
            Received request = receiver.received().get(0);
            assertThat(request.webhookId()).isEqualTo(eventId);
            assertThat(WebhookReceiver.verifies(first, request)).as("the previous secret, during the overlap").isTrue();
            assertThat(WebhookReceiver.verifies(second, request)).as("the new secret").isTrue();
            assertThat(WebhookReceiver.verifies(SigningSecret.generate(32).value(), request)).isFalse();
        }
    }

    @Test
    void theMigrationSealsSecretsStoredInClearAndDeliveriesStillVerify() throws Exception {
        String partner = uniquePartner("p-migrated");
        SigningSecret current = SigningSecret.generate(32);
        SigningSecret previous = SigningSecret.generate(32);
        UUID id = UUID.randomUUID();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            try (Connection c = dataSource.getConnection()) {
                // a row as the service stored it before the secrets were sealed
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO subscription (id, partner_id, url,"
                        + " event_types, secret, previous_secret, previous_secret_expires_at, enabled, created_at,"
                        + " updated_at) VALUES (?, ?, ?, 'DossierSubmitted', ?, ?, ?, true, now(), now())")) {
                    insert.setObject(1, id);
                    insert.setString(2, partner);
                    insert.setString(3, receiver.url());
                    insert.setString(4, current.value());
                    insert.setString(5, previous.value());
                    insert.setTimestamp(6, Timestamp.from(Instant.now().plus(Duration.ofHours(1))));
                    insert.executeUpdate();
                }
                SecretSealer sealer = new SecretSealer("t1",
                        Map.of("t1", Base64.getDecoder().decode(SecretsKeyTestResource.KEY)));
                assertThat(V2__SealSigningSecrets.sealAll(c, sealer)).isEqualTo(2);
                // once sealed, a second run changes nothing
                assertThat(V2__SealSigningSecrets.sealAll(c, sealer)).isZero();
            }
            String[] raw = rawSecrets(id.toString());
            assertHoldsNoSecret(raw[0], current.value(), previous.value());
            assertHoldsNoSecret(raw[1], current.value(), previous.value());

            receiver.verifyingWith(current.value());
            sendDossierSubmitted(UUID.randomUUID(), partner);
            await().atMost(WAIT).until(() -> receiver.received().size() == 1);
            Received request = receiver.received().get(0);
            assertThat(request.verified()).isTrue();
            assertThat(WebhookReceiver.verifies(previous.value(), request)).isTrue();
        }
    }

    @Test
    void flywayRanTheJavaMigrationAtStart() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT type, script, success FROM flyway_schema_history WHERE version = '2'");
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("JDBC");
            assertThat(rs.getString(2)).isEqualTo("db.migration.V2__SealSigningSecrets");
            assertThat(rs.getBoolean(3)).isTrue();
        }
    }
}
