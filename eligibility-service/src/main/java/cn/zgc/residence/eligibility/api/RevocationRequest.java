package cn.zgc.residence.eligibility.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the committee revokes a letter; kept in the register and sent with LetterRevoked (no personal data in it). */
@Schema(description = "Why the committee revokes a recommendation letter", example = """
        {"reason": "The employment named in the assessment ended before the application."}""")
public record RevocationRequest(
        @Schema(description = "The committee's reason, in words a partner can act on; no names or passport numbers",
                examples = "The employment named in the assessment ended before the application.")
        @NotBlank @Size(max = 500) String reason) {
}
