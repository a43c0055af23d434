package cn.zgc.residence.documents.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Opens a dossier for an eligible assessment", example = """
        {"assessmentId": "0b7f3c1e-2a4d-4e55-9a41-1c2f5f7f0c11", "applicantRef": "APP-2026-0042",
         "facts": {"track": "TECHNICAL_TALENT", "employerKind": "ENTERPRISE", "documentLanguages": ["en"]}}""")
public record DossierRequest(
        @NotNull UUID assessmentId,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' or '-' only") String applicantRef,
        @NotNull @Valid ApplicantFactsInput facts) {
}
