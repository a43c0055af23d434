package cn.zgc.residence.documents.api;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Submits the dossier as accepted by the hall on this date", example = """
        {"acceptanceDate": "2026-03-10"}""")
public record SubmissionRequest(@NotNull LocalDate acceptanceDate) {
}
