package cn.zgc.residence.notifications.api;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What changes; absent fields stay as they are. Enabling a disabled subscription clears its reason.",
        example = """
        {"enabled": true}""")
public record UpdateSubscriptionRequest(
        @Size(max = 2000) String url,
        @Size(min = 1, max = 50) List<String> eventTypes,
        @Size(max = 200) String description,
        Boolean enabled) {
}
