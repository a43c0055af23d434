package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.PaymentChannel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

public record PaymentView(UUID id, UUID invoiceId, BigDecimal amount, String currency, PaymentChannel channel,
        String externalReference, OffsetDateTime receivedAt) {
}
