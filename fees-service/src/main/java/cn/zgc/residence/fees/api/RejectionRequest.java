package cn.zgc.residence.fees.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the hall rejects a declared payment; the partner reads it. */
@Schema(example = """
        {"reason": "No transfer with this reference reached the fee account"}""")
public record RejectionRequest(@NotBlank @Size(max = 500) String reason) {
}
