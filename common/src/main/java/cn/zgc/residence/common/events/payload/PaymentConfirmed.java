package cn.zgc.residence.common.events.payload;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Immigration confirmed a payment the partner declared; amounts in CNY with two decimals. */
public record PaymentConfirmed(UUID invoiceId, UUID paymentId, UUID dossierId, String partnerId, BigDecimal amount,
        String currency, OffsetDateTime confirmedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
