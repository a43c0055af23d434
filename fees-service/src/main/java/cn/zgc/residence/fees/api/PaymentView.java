package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.PaymentChannel;
import cn.zgc.residence.fees.domain.PaymentStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment as the partner declared it, and the hall's decision: PENDING until confirmed or rejected (then who
 * decided, when, and for a rejection why).
 */
public record PaymentView(UUID id, UUID invoiceId, BigDecimal amount, String currency, PaymentChannel channel,
        String externalReference, OffsetDateTime receivedAt, PaymentStatus status, String decidedBy,
        OffsetDateTime decidedAt, String rejectionReason) {
}
