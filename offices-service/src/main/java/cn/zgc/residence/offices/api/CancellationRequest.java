package cn.zgc.residence.offices.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an appointment is cancelled (optional; a default reason is recorded otherwise). */
@Schema(description = "Why the appointment is cancelled, in English and Chinese (both optional)", example = """
        {"reasonEn": "The applicant is travelling that day.", "reasonZh": "申请人当天出差。"}""")
public record CancellationRequest(@Size(max = 500) String reasonEn, @Size(max = 500) String reasonZh) {
}
