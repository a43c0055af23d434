package cn.zgc.residence.documents.domain.rules;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The personal details on a certificate, for consistency checks only. They are kept as keyed digests of the
 * normalised text, never in clear: {@link #digested()} is what is stored, and digests compare like the values.
 * A digest is {@code hmac-sha256:} + HMAC-SHA256(key, {@code sha256:} + SHA-256(normalised value)): keyed with a
 * secret from configuration, so that nobody holding the table can find a passport number by trying them all, and
 * built over the old unkeyed digest, so that the digests stored before the key existed were migrated by keying
 * them ({@link #keyed}). Whatever a client sends is a value, never a digest: {@link #digested()} always digests.
 */
public record Holder(String name, String passportNumber) {

    public static final String PREFIX = "hmac-sha256:";
    private static final String UNKEYED_PREFIX = "sha256:";
    private static volatile byte[] key;

    /** Installs the secret the digests are keyed with (at start, from configuration). */
    public static void useKey(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the holder digest key needs at least 32 bytes");
        }
        key = secret.clone();
    }

    /** The stored form: both details digested. Call it on values as received, never on stored digests. */
    public Holder digested() {
        return new Holder(digest(name), digest(passportNumber));
    }

    static String digest(String value) {
        if (value == null) {
            return null;
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return keyed(UNKEYED_PREFIX + HexFormat.of().formatHex(hash), installedKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unkeyed {@code sha256:} digest keyed with {@code secret}: how new digests end and how old ones migrate. */
    public static String keyed(String unkeyedDigest, byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(unkeyedDigest.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] installedKey() {
        byte[] k = key;
        if (k == null) {
            throw new IllegalStateException("no holder digest key is installed");
        }
        return k;
    }
}
