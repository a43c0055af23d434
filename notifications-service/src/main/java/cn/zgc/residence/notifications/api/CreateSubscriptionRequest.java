package cn.zgc.residence.notifications.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new webhook endpoint of the calling partner", example = """
        {"url": "https://portal.example-agency.cn/hooks/zgc", "eventTypes": ["DossierAccepted", "DossierDecided"],
         "description": "case tracker"}""")
public record CreateSubscriptionRequest(
        @Schema(description = "HTTPS URL the events are POSTed to (no credentials, no fragment; its host must resolve to public addresses)", maxLength = 2000)
        @NotNull @Size(max = 2000) String url,
        @Schema(description = "Event names wanted, as in the AsyncAPI document (for example DossierAccepted)")
        @NotEmpty @Size(max = 50) List<String> eventTypes,
        @Schema(description = "A note for the partner's own use", maxLength = 200)
        @Size(max = 200) String description) {
}
