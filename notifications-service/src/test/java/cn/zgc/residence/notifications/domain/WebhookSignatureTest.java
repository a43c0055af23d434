package cn.zgc.residence.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.standardwebhooks.Webhook;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's signatures are the ones the Standard Webhooks library makes and accepts. */
class WebhookSignatureTest {

    @Test
    void aGeneratedSecretHasThePrefixAndThirtyTwoRandomBytes() {
        SigningSecret secret = SigningSecret.generate(32);
        assertThat(secret.value()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.value().substring(6))).hasSize(32);
        assertThat(SigningSecret.generate(32)).isNotEqualTo(secret);
        assertThat(secret.toString()).doesNotContain(secret.value());
    }

    @Test
    void signsAsTheSpecificationsLibraryDoes() throws Exception {
        SigningSecret secret = SigningSecret.generate(24);
        String body = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"partnerId\":\"P-1\"}}";
        long timestamp = System.currentTimeMillis() / 1000;
        String header = WebhookSignature.header("msg_1", timestamp, body, List.of(secret));
        assertThat(header).isEqualTo(new Webhook(secret.value()).sign("msg_1", timestamp, body));
    }

    @Test
    void duringAnOverlapEitherSecretVerifies() throws Exception {
        SigningSecret current = SigningSecret.generate(32);
        SigningSecret previous = SigningSecret.generate(32);
        String body = "{}";
        long timestamp = System.currentTimeMillis() / 1000;
        String header = WebhookSignature.header("msg_2", timestamp, body, List.of(current, previous));
        assertThat(header.split(" ")).hasSize(2).allMatch(v -> v.startsWith("v1,"));
        Map<String, List<String>> headers = Map.of("webhook-id", List.of("msg_2"),
                "webhook-timestamp", List.of(Long.toString(timestamp)), "webhook-signature", List.of(header));
        new Webhook(current.value()).verify(body, headers);
        new Webhook(previous.value()).verify(body, headers);
    }
}
