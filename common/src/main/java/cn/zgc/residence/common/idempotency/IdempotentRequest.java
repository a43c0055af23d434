package cn.zgc.residence.common.idempotency;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A request made idempotent by its {@code Idempotency-Key}: the key within its scope (who sent it), and the
 * fingerprint of what the request means. A result stored earlier under the same key is replayed when its fingerprint
 * matches and refused (422) when another request used the key. Plain Java: the store (a unique scope and key beside
 * the stored fingerprint, and a lock on {@link #lockName()} while the first request runs) stays with the caller.
 */
public record IdempotentRequest(String scope, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    /**
     * Checks the header (400 naming it when absent, blank or longer than {@value #MAX_KEY_LENGTH}) and fingerprints
     * the parts that make two requests the same one, in a fixed order.
     */
    public static IdempotentRequest of(String scope, String key, List<String> parts) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid(HEADER, new Text("the header is required, 1 to " + MAX_KEY_LENGTH
                    + " characters, one per intended request", "此请求头必填，长度 1 至 " + MAX_KEY_LENGTH
                    + " 个字符，每个预期的请求一个"));
        }
        return new IdempotentRequest(scope, key, fingerprint(parts));
    }

    /** The earlier result under this key, to answer again; empty when the key is new; 422 for another request. */
    public <T> Optional<T> replay(Optional<T> earlier, Function<T, String> storedFingerprint) {
        earlier.ifPresent(result -> {
            if (!fingerprint.equals(storedFingerprint.apply(result))) {
                throw ApiException.of(ProblemKind.IDEMPOTENCY_KEY_REUSED,
                        new Text("This Idempotency-Key was used for another request; use a new key for a new request",
                                "此 Idempotency-Key 已用于另一个请求；新的请求请使用新的键"));
            }
        });
        return earlier;
    }

    /** Scope and key as one name, for a lock held while the first request with the key runs. */
    public String lockName() {
        return scope + "\n" + key;
    }

    /** SHA-256 of the parts, one per line, in hex. */
    public static String fingerprint(List<String> parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
