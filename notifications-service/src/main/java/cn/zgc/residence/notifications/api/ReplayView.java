package cn.zgc.residence.notifications.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many deliveries the replay queued; each goes on the retry schedule with the event's own webhook-id")
public record ReplayView(int deliveries) {
}
