package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public check of a letter: its standing in the register, the day it was issued and its track, and nothing
 * about the person. UNKNOWN carries nothing else: a wrong code and a number never issued look the same.
 */
@Schema(name = "LetterCheck")
public record LetterCheckView(
        @Schema(required = true) LetterStatus status,
        @Schema(description = "Day of issue (Beijing); absent for UNKNOWN") LocalDate issuedOn,
        @Schema(description = "Absent for UNKNOWN") Track track,
        @Schema(description = "Day of revocation (Beijing); only for REVOKED") LocalDate revokedOn) {

    public static LetterCheckView unknown() {
        return new LetterCheckView(LetterStatus.UNKNOWN, null, null, null);
    }
}
