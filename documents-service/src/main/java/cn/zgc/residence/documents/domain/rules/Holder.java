package cn.zgc.residence.documents.domain.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The personal details on a certificate, for consistency checks only. They are kept as digests of the normalised
 * text, never in clear: {@link #digested()} is what is stored, and digests compare like the values.
 */
public record Holder(String name, String passportNumber) {

    private static final String PREFIX = "sha256:";

    public Holder digested() {
        return new Holder(digest(name), digest(passportNumber));
    }

    static String digest(String value) {
        if (value == null || value.startsWith(PREFIX)) {
            return value;
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).trim().replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
