package cn.zgc.residence.fees.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An invoice with its lines, its money state (paid, confirmed payments, and refunded are gross; due is what is still
 * owed; pending is declared and waiting for the hall's confirmation), its payments and its refunds. {@code trigger}
 * names the lifecycle step that issued it (ACCEPTED, APPROVED), null for an officer's invoice.
 */
public record InvoiceView(UUID id, String origin, String trigger, UUID dossierId, String partnerId,
        String applicantRef, String applicationKind, String status, String currency, String scheduleVersion,
        LocalDate pricedOn, List<PricedLine> lines, BigDecimal total, BigDecimal paid, BigDecimal refunded,
        BigDecimal pending, BigDecimal due, String issuedBy, OffsetDateTime issuedAt, OffsetDateTime paidAt,
        List<PaymentView> payments, List<RefundView> refunds) {
}
