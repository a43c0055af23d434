package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One submitted document was checked against its rules: ACCEPTED or REJECTED with reason codes. */
public record DocumentReviewed(UUID dossierId, String partnerId, String documentCode, String status,
        List<String> reasonCodes, OffsetDateTime reviewedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return dossierId.toString();
    }
}
