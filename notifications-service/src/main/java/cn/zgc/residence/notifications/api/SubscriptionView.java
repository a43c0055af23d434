package cn.zgc.residence.notifications.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A webhook subscription. The secret appears only in the answers to creation and rotation.")
public record SubscriptionView(
        UUID id,
        String partnerId,
        String url,
        List<String> eventTypes,
        String description,
        boolean enabled,
        @Schema(description = "Why the service disabled it (absent while enabled or when the partner disabled it)")
        String disabledReason,
        OffsetDateTime disabledAt,
        @Schema(description = "Until when the previous secret also signs (the webhook-signature header then carries two v1 values)")
        OffsetDateTime previousSecretExpiresAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "The signing secret (whsec_ + base64): shown once, in the answer to creation or rotation")
        String secret) {
}
