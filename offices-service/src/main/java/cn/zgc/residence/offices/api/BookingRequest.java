package cn.zgc.residence.offices.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner books a slot at a hall for a dossier's applicant. */
@Schema(example = "{\"dossierId\": \"8d7f8c1e-2b1a-4d4e-9a55-2f1f0c6c1b11\", \"hallId\": \"zhongguancun-center\", "
        + "\"startsAt\": \"2026-12-08T09:30:00+08:00\"}")
public record BookingRequest(
        @NotNull UUID dossierId,
        @NotBlank @Size(max = 100) String hallId,
        @NotNull @Schema(description = "The start of a slot the hall offers (see /halls/{id}/slots)") OffsetDateTime startsAt,
        @Size(max = 100) @Schema(description = "Default: the dossier's category (PERMANENT_RESIDENCE)") String category,
        @Size(max = 40) @Schema(description = "For condition (a) at Chaoyang or Shunyi: the employer's district") String employerDistrict,
        @Schema(description = "For condition (a): the employer is a demonstrating entity under the 10 and 20 policies") Boolean demonstratingEntity) {
}
