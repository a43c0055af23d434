package cn.zgc.residence.common.events.payload;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An invoice was paid in full: the payments immigration confirmed cover its total. {@code trigger} is the step that
 * issued the invoice (ACCEPTED, APPROVED), null for an invoice immigration issued by hand.
 */
public record InvoicePaid(UUID invoiceId, UUID dossierId, String partnerId, BigDecimal total, String currency,
        OffsetDateTime paidAt, String trigger) implements EventPayload {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
