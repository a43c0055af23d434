package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The Administrative Committee revoked a recommendation letter, with its reason; the letter's dossier is withdrawn. */
public record LetterRevoked(String letterNumber, UUID assessmentId, String partnerId, String reason,
        OffsetDateTime revokedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return assessmentId.toString();
    }
}
