package cn.zgc.residence.notifications.domain;

import java.security.SecureRandom;
import java.util.Base64;

/** A Standard Webhooks signing secret: {@code whsec_} followed by the base64 of random bytes. */
public record SigningSecret(String value) {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public SigningSecret {
        if (value == null || !value.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
    }

    /** A new secret of {@code bytes} random bytes (the specification asks for 24 to 64). */
    public static SigningSecret generate(int bytes) {
        if (bytes < 24 || bytes > 64) {
            throw new IllegalArgumentException("a secret has 24 to 64 random bytes, not " + bytes);
        }
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the decoded bytes after the prefix. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    @Override
    public String toString() {
        return "SigningSecret[hidden]";
    }
}
