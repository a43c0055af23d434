package cn.zgc.residence.common.events.payload;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An invoice was issued; amounts in CNY with scale 2. */
public record InvoiceIssued(UUID invoiceId, UUID dossierId, String partnerId, List<String> items, BigDecimal total,
        String currency, String scheduleVersion, OffsetDateTime issuedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
