package cn.zgc.residence.documents.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Facts in, personalised list out; {@code asOf} picks the rules of a date (default today, Asia/Shanghai). */
@Schema(description = "The applicant's facts to personalise the list of materials from; asOf defaults to today in Beijing", example = """
        {"facts": {"track": "TECHNICAL_TALENT", "employerKind": "ENTERPRISE", "nationality": "DEU",
        "documentLanguages": ["en"]}}""")
public record ChecklistRequest(@NotNull @Valid ApplicantFactsInput facts, LocalDate asOf) {
}
