package cn.zgc.residence.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: HMAC-SHA256 over {@code <webhook-id>.<webhook-timestamp>.<body>}, base64, as
 * {@code v1,<signature>}; with several secrets (a rotation's overlap) one such value per secret, space-separated.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** The webhook-signature header value: one {@code v1,...} per secret, in the order given. */
    public static String header(String webhookId, long timestampSeconds, String body, List<SigningSecret> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret signs");
        }
        return secrets.stream().map(s -> "v1," + sign(webhookId, timestampSeconds, body, s.key()))
                .collect(Collectors.joining(" "));
    }

    static String sign(String webhookId, long timestampSeconds, String body, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestampSeconds + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
