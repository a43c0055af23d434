package cn.zgc.residence.fees.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A refund with its audit: who gave back how much, when and why. */
public record RefundView(UUID id, UUID invoiceId, BigDecimal amount, String currency, String reason,
        String refundedBy, OffsetDateTime refundedAt) {
}
