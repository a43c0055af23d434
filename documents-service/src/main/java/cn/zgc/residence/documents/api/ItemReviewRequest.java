package cn.zgc.residence.documents.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An immigration officer's verdict on one item; a rejection needs its reason in English and Chinese. "
        + "originalSeen: the officer saw the original of this photocopy.", example = """
        {"verdict": "CONFIRMED", "originalSeen": true}""")
public record ItemReviewRequest(
        @NotNull Verdict verdict,
        Boolean originalSeen,
        @Size(max = 500) String reasonEn,
        @Size(max = 500) String reasonZh) {

    /** The officer's verdicts (the rules' are MISSING, SATISFIED, NOT_SATISFIED). */
    public enum Verdict { CONFIRMED, REJECTED }
}
