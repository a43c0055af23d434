package cn.zgc.residence.documents.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Submits a READY dossier to a hall, for an appointment booked there for this dossier", example = """
        {"hallId": "zhongguancun-center", "appointmentId": "5d1c0b8e-3f2a-4b7c-9e61-0a9d8c7b6a50"}""")
public record SubmissionRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "{zgc.documents.hallId.pattern}") String hallId,
        @NotNull UUID appointmentId) {
}
