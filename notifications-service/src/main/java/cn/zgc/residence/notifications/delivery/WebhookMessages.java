package cn.zgc.residence.notifications.delivery;

import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.notifications.crypto.SecretSealer;
import cn.zgc.residence.notifications.domain.SigningSecret;
import cn.zgc.residence.notifications.domain.WebhookSignature;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.WebhookEventEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request of a delivery: the CloudEvent in structured JSON as the body (the same bytes on every attempt) and the
 * Standard Webhooks headers, signed with the subscription's secret and, during a rotation's overlap, its previous one.
 */
@ApplicationScoped
public class WebhookMessages {

    public static final String WEBHOOK_ID = "webhook-id";
    public static final String WEBHOOK_TIMESTAMP = "webhook-timestamp";
    public static final String WEBHOOK_SIGNATURE = "webhook-signature";
    /** The event's place in its aggregate's order (also the CloudEvents {@code sequence} attribute of the body). */
    public static final String WEBHOOK_SEQUENCE = "webhook-sequence";

    private final ObjectMapper json;
    private final Clock clock;
    private final SecretSealer sealer;

    public WebhookMessages(ObjectMapper json, Clock clock, SecretSealer sealer) {
        this.json = json;
        this.clock = clock;
        this.sealer = sealer;
    }

    /**
     * The CloudEvent: specversion, id, source, type, subject, time, datacontenttype, the sequence extension
     * (zero-padded so that it orders as text, as the extension asks) and data.
     */
    public String body(WebhookEventEntity event) {
        ObjectNode body = json.createObjectNode();
        body.put("specversion", "1.0");
        body.put("id", event.id.toString());
        body.put("source", event.source);
        body.put("type", event.type);
        body.put("subject", event.subject);
        body.put("time",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time.atZoneSameInstant(BusinessClock.ZONE)));
        body.put("datacontenttype", "application/json");
        body.put("sequence", String.format("%019d", event.sequence));
        try {
            body.set("data", json.readTree(event.data));
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored event data is not JSON: " + event.id, e);
        }
    }

    /** The headers of an attempt made now. */
    public Map<String, String> headers(WebhookEventEntity event, SubscriptionEntity subscription, String body) {
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WEBHOOK_ID, event.id.toString());
        headers.put(WEBHOOK_TIMESTAMP, Long.toString(timestamp));
        headers.put(WEBHOOK_SIGNATURE, WebhookSignature.header(event.id.toString(), timestamp, body,
                signingSecrets(subscription, OffsetDateTime.now(clock))));
        headers.put(WEBHOOK_SEQUENCE, Long.toString(event.sequence));
        return headers;
    }

    /** The current secret, and the previous one while its overlap lasts, opened from their stored (sealed) form. */
    List<SigningSecret> signingSecrets(SubscriptionEntity subscription, OffsetDateTime now) {
        List<SigningSecret> secrets = new ArrayList<>(2);
        secrets.add(sealer.open(subscription.id, subscription.secret));
        if (subscription.previousSecret != null && subscription.previousSecretExpiresAt != null
                && now.isBefore(subscription.previousSecretExpiresAt)) {
            secrets.add(sealer.open(subscription.id, subscription.previousSecret));
        }
        return secrets;
    }
}
