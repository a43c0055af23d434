package cn.zgc.residence.documents.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Withdraws the application before a decision; the reason is optional", example = """
        {"reason": "The applicant has left the company"}""")
public record WithdrawalRequest(@Size(max = 500) String reason) {
}
