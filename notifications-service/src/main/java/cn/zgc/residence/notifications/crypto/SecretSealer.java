package cn.zgc.residence.notifications.crypto;

import cn.zgc.residence.notifications.domain.SigningSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Keeps the subscriptions' signing secrets encrypted at rest, as documents-service keeps its files' data keys:
 * AES-256-GCM with a key from configuration (WEBHOOK_SECRETS_KEY, from a Secret), a 12-byte random nonce per value,
 * and the subscription's id as associated data, so that a stored value cannot be moved to another subscription.
 * Stored form: {@code aes-gcm:<key id>:<base64 of nonce, ciphertext and tag>}; the key id names which key sealed
 * it, so a key can be rotated while older values are still opened with the previous keys.
 */
public final class SecretSealer {

    public static final String KEY = "zgc.notifications.secrets.encryption-key";
    public static final String KEY_ID = "zgc.notifications.secrets.encryption-key-id";
    public static final String PREVIOUS_KEYS = "zgc.notifications.secrets.previous-encryption-keys";
    public static final String ALLOW_EPHEMERAL = "zgc.notifications.secrets.allow-ephemeral-key";

    private static final String PREFIX = "aes-gcm:";
    private static final Pattern KEY_ID_FORM = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The key made for this process when none is configured and that is allowed (local run, tests). */
    private static final Map<String, byte[]> EPHEMERAL = new ConcurrentHashMap<>();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys;

    /** {@code keys}: 32-byte keys by id; {@code currentKeyId} seals new values. */
    public SecretSealer(String currentKeyId, Map<String, byte[]> keys) {
        keys.keySet().forEach(id -> {
            if (!KEY_ID_FORM.matcher(id).matches()) {
                throw new IllegalArgumentException("a key id is 1 to 32 letters, digits, '-' or '_': " + id);
            }
        });
        this.keys = keys.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> {
            if (e.getValue().length != 32) {
                throw new IllegalArgumentException("the key " + e.getKey() + " has " + e.getValue().length
                        + " bytes, not 32 (AES-256)");
            }
            return new SecretKeySpec(e.getValue(), "AES");
        }));
        if (!this.keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no encryption key with id " + currentKeyId);
        }
        this.currentKeyId = currentKeyId;
    }

    /**
     * The sealer of this configuration, for the application and the Java migration alike: the current key
     * ({@value #KEY}, base64 of 32 bytes) under its id ({@value #KEY_ID}, default k1) and earlier keys
     * ({@value #PREVIOUS_KEYS}: a list of {@code <id>:<base64>}). Without a key, and where
     * {@value #ALLOW_EPHEMERAL} is not false, a key is made for this process only (tests): values sealed with it
     * cannot be opened after a restart.
     */
    public static SecretSealer fromConfig(Config config) {
        String currentId = config.getOptionalValue(KEY_ID, String.class).filter(v -> !v.isBlank()).orElse("k1").trim();
        Map<String, byte[]> keys = new HashMap<>();
        for (String entry : config.getOptionalValues(PREVIOUS_KEYS, String.class).orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException(PREVIOUS_KEYS + " lists <id>:<base64 key> entries");
            }
            keys.put(entry.substring(0, colon).trim(), decode(PREVIOUS_KEYS, entry.substring(colon + 1)));
        }
        Optional<String> configured = config.getOptionalValue(KEY, String.class).filter(v -> !v.isBlank());
        if (configured.isPresent()) {
            keys.put(currentId, decode(KEY, configured.get()));
        } else if (config.getOptionalValue(ALLOW_EPHEMERAL, Boolean.class).orElse(true)) {
            keys.put(currentId, EPHEMERAL.computeIfAbsent(currentId, id -> {
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                return key;
            }).clone());
        } else {
            throw new IllegalStateException(KEY + " is not configured (WEBHOOK_SECRETS_KEY: 32 random bytes, base64)");
        }
        return new SecretSealer(currentId, keys);
    }

    public static boolean isConfigured(Config config) {
        return config.getOptionalValue(KEY, String.class).filter(v -> !v.isBlank()).isPresent();
    }

    private static byte[] decode(String property, String value) {
        try {
            return Base64.getDecoder().decode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64", e);
        }
    }

    /** Whether a stored value is sealed (rather than a secret in clear, as stored before encryption). */
    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** The stored form of the subscription's secret. */
    public String seal(UUID subscriptionId, SigningSecret secret) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(subscriptionId));
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a signing secret", e);
        }
    }

    /** The secret a stored value holds; fails on a value of another subscription, another key or altered bytes. */
    public SigningSecret open(UUID subscriptionId, String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("the stored signing secret of " + subscriptionId + " is not sealed");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("the stored signing secret of " + subscriptionId + " names no key");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("the signing secret of " + subscriptionId + " was sealed with key "
                    + keyId + ", which is not configured");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (sealed.length < NONCE + TAG_BITS / 8) {
                throw new GeneralSecurityException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE));
            cipher.updateAAD(associatedData(subscriptionId));
            byte[] plain = cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
            return new SigningSecret(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the stored signing secret of " + subscriptionId + " cannot be opened", e);
        }
    }

    /** The id of the key that seals new values. */
    public String currentKeyId() {
        return currentKeyId;
    }

    private static byte[] associatedData(UUID subscriptionId) {
        return ("zgc-webhook-subscription:" + subscriptionId).getBytes(StandardCharsets.UTF_8);
    }
}
