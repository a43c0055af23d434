package cn.zgc.residence.notifications.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One event (eventId), or every event of the partner that the subscription wants in [from, to)",
        example = """
        {"from": "2026-11-30T08:00:00+08:00", "to": "2026-11-30T12:00:00+08:00"}""")
public record ReplayRequest(UUID eventId, OffsetDateTime from, OffsetDateTime to) {
}
