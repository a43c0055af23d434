package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's webhook endpoint failed every attempt of the retry schedule and no longer receives deliveries until
 * the partner enables it again; the reason names the last failure (never the URL's path or query).
 */
public record WebhookEndpointDisabled(UUID subscriptionId, String partnerId, String reason, OffsetDateTime failingSince,
        OffsetDateTime disabledAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return subscriptionId.toString();
    }
}
