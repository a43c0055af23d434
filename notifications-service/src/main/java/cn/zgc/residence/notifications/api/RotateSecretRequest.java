package cn.zgc.residence.notifications.api;

import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How long the previous secret still signs beside the new one (ISO 8601 duration, at most 7 days; default 24 hours; PT0S ends it at once)",
        example = """
        {"overlap": "PT24H"}""")
public record RotateSecretRequest(
        @Schema(implementation = String.class, example = "PT24H") Duration overlap) {
}
