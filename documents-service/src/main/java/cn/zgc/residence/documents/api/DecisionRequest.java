package cn.zgc.residence.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The decision on an application under examination, with its reasons in English and Chinese", example = """
        {"outcome": "APPROVED", "reasonEn": "Every condition of the procedure is met", "reasonZh": "符合全部申请条件"}""")
public record DecisionRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 1000) String reasonEn,
        @NotBlank @Size(max = 1000) String reasonZh) {

    public enum Outcome { APPROVED, REFUSED }
}
