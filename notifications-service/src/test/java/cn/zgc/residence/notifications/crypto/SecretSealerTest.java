package cn.zgc.residence.notifications.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zgc.residence.notifications.domain.SigningSecret;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sealing a signing secret: nothing of it in the stored form, and it opens only as what and where it was sealed. */
class SecretSealerTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    @Test
    void theStoredFormHoldsNothingOfTheSecretAndOpensToIt() {
        SecretSealer sealer = new SecretSealer("k1", Map.of("k1", key()));
        SigningSecret secret = SigningSecret.generate(32);
        UUID subscription = UUID.randomUUID();

        String stored = sealer.seal(subscription, secret);

        assertThat(stored).startsWith("aes-gcm:k1:").doesNotContain("whsec_")
                .doesNotContain(secret.value().substring("whsec_".length(), 20));
        assertThat(SecretSealer.isSealed(stored)).isTrue();
        assertThat(SecretSealer.isSealed(secret.value())).isFalse();
        assertThat(sealer.open(subscription, stored).value()).isEqualTo(secret.value());
        // a fresh nonce each time: the same secret never gives the same stored value
        assertThat(sealer.seal(subscription, secret)).isNotEqualTo(stored);
    }

    @Test
    void aValueMovedToAnotherSubscriptionOrAlteredDoesNotOpen() {
        SecretSealer sealer = new SecretSealer("k1", Map.of("k1", key()));
        UUID subscription = UUID.randomUUID();
        String stored = sealer.seal(subscription, SigningSecret.generate(32));

        assertThatThrownBy(() -> sealer.open(UUID.randomUUID(), stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be opened");
        byte[] bytes = Base64.getDecoder().decode(stored.substring("aes-gcm:k1:".length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = "aes-gcm:k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> sealer.open(subscription, altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> sealer.open(subscription, "whsec_" + "A".repeat(43)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not sealed");
    }

    @Test
    void aRotatedKeyStillOpensWhatTheEarlierOneSealedAndNewValuesUseTheNewOne() {
        byte[] first = key();
        UUID subscription = UUID.randomUUID();
        SigningSecret secret = SigningSecret.generate(32);
        String old = new SecretSealer("k1", Map.of("k1", first)).seal(subscription, secret);

        SecretSealer rotated = new SecretSealer("k2", Map.of("k1", first, "k2", key()));
        assertThat(rotated.open(subscription, old).value()).isEqualTo(secret.value());
        assertThat(rotated.seal(subscription, secret)).startsWith("aes-gcm:k2:");

        SecretSealer withoutTheOldKey = new SecretSealer("k2", Map.of("k2", key()));
        assertThatThrownBy(() -> withoutTheOldKey.open(subscription, old)).hasMessageContaining("key k1");
    }

    @Test
    void refusesAKeyOfAnotherLengthOrABadId() {
        assertThatThrownBy(() -> new SecretSealer("k1", Map.of("k1", new byte[16])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 32");
        assertThatThrownBy(() -> new SecretSealer("k:1", Map.of("k:1", key())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SecretSealer("k2", Map.of("k1", key())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no encryption key with id k2");
    }
}
