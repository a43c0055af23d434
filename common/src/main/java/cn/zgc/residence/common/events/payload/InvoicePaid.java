package cn.zgc.residence.common.events.payload;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An invoice was paid in full. */
public record InvoicePaid(UUID invoiceId, UUID dossierId, String partnerId, BigDecimal total, String currency,
        OffsetDateTime paidAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
