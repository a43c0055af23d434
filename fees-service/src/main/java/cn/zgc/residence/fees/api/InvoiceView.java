package cn.zgc.residence.fees.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An invoice with its lines, its money state (paid and refunded are gross; due is what is still to pay), its
 * payments and its refunds.
 */
public record InvoiceView(UUID id, String origin, UUID dossierId, String partnerId, String applicantRef,
        String applicationKind, String status, String currency, String scheduleVersion, LocalDate pricedOn,
        List<PricedLine> lines, BigDecimal total, BigDecimal paid, BigDecimal refunded, BigDecimal due,
        String issuedBy, OffsetDateTime issuedAt, OffsetDateTime paidAt, List<PaymentView> payments,
        List<RefundView> refunds) {
}
