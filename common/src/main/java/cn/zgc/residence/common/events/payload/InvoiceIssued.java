package cn.zgc.residence.common.events.payload;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An invoice was issued; amounts in CNY with scale 2. {@code trigger} is the dossier's lifecycle step whose charge
 * rules issued it (ACCEPTED, APPROVED); null for an invoice immigration issued by hand.
 */
public record InvoiceIssued(UUID invoiceId, UUID dossierId, String partnerId, List<String> items, BigDecimal total,
        String currency, String scheduleVersion, OffsetDateTime issuedAt, String trigger) implements EventPayload {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
