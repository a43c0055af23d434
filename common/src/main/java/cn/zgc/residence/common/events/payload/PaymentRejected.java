package cn.zgc.residence.common.events.payload;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Immigration rejected a payment the partner declared, with a reason. */
public record PaymentRejected(UUID invoiceId, UUID paymentId, UUID dossierId, String partnerId, String reason,
        OffsetDateTime rejectedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
