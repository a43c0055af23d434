package cn.zgc.residence.notifications.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One attempt to deliver an event to the subscription's endpoint")
public record AttemptView(
        UUID deliveryId,
        @Schema(description = "The CloudEvents id: the webhook-id header") UUID eventId,
        String eventType,
        @Schema(description = "LIVE or REPLAY") String origin,
        int attempt,
        OffsetDateTime attemptedAt,
        @Schema(description = "The endpoint's status code; absent when no response came") Integer statusCode,
        long latencyMs,
        boolean succeeded,
        String error) {
}
