package cn.zgc.residence.web.session;

import cn.zgc.residence.web.config.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The development session: role, partner id, subject and the API token, sealed with AES-GCM into one HttpOnly,
 * SameSite=Strict cookie limited to /web. Scripts cannot read it, other sites cannot send it, and a changed byte
 * fails the tag check, so the content is neither readable nor forgeable by the browser.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "zgc_session";
    private static final String PATH = "/web";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final char SEPARATOR = '\n';

    private final SecretKeySpec key;
    private final boolean secure;
    private final long maxAgeSeconds;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SessionCookie(WebConfig config, Clock clock) {
        this.key = new SecretKeySpec(keyBytes(config.session().secret()), "AES");
        this.secure = config.session().secure();
        this.maxAgeSeconds = config.session().maxAge().toSeconds();
        this.clock = clock;
    }

    public NewCookie issue(SignedIn who) {
        long expires = clock.instant().getEpochSecond() + maxAgeSeconds;
        String plain = String.join(String.valueOf(SEPARATOR), who.role(), nullToEmpty(who.partnerId()),
                who.subject(), who.token(), Long.toString(expires));
        return cookie(seal(plain), (int) maxAgeSeconds);
    }

    public NewCookie clear() {
        return cookie("", 0);
    }

    /** The signed-in person of a cookie value, if the cookie is intact and not expired. */
    public Optional<SignedIn> open(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] sealed = Base64.getUrlDecoder().decode(value);
            if (sealed.length <= NONCE_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            String plain = new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES),
                    StandardCharsets.UTF_8);
            String[] parts = plain.split(String.valueOf(SEPARATOR), -1);
            if (parts.length != 5 || Long.parseLong(parts[4]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new SignedIn(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2], parts[3]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty(); // tampered, truncated or sealed with another key: not signed in
        }
    }

    private String seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] body = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + body.length).put(nonce).put(body).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(NAME).value(value).path(PATH).maxAge(maxAge).httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private byte[] keyBytes(Optional<String> secret) {
        Optional<String> given = secret.map(String::trim).filter(s -> !s.isEmpty());
        if (given.isPresent()) {
            if (given.get().length() < 32) {
                throw new IllegalStateException("web.session.secret must have at least 32 characters");
            }
            try {
                return MessageDigest.getInstance("SHA-256").digest(given.get().getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
