package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.events.payload.InvoiceIssued;
import cn.zgc.residence.common.events.payload.InvoicePaid;
import cn.zgc.residence.common.events.payload.PaymentConfirmed;
import cn.zgc.residence.common.events.payload.PaymentRejected;
import cn.zgc.residence.fees.repository.InvoiceEntity;
import cn.zgc.residence.fees.repository.PaymentEntity;

/** The events of fees.invoices, built from what is stored. */
final class InvoiceEvents {

    private InvoiceEvents() {
    }

    static InvoiceIssued issued(InvoiceEntity invoice) {
        return new InvoiceIssued(invoice.id, invoice.dossierId, invoice.partnerId,
                invoice.lines.stream().map(l -> l.serviceCode.name()).toList(), invoice.total, invoice.currency,
                invoice.scheduleVersion, invoice.issuedAt, trigger(invoice));
    }

    static InvoicePaid paid(InvoiceEntity invoice) {
        return new InvoicePaid(invoice.id, invoice.dossierId, invoice.partnerId, invoice.total, invoice.currency,
                invoice.paidAt, trigger(invoice));
    }

    static PaymentConfirmed confirmed(InvoiceEntity invoice, PaymentEntity payment) {
        return new PaymentConfirmed(invoice.id, payment.id, invoice.dossierId, invoice.partnerId, payment.amount,
                invoice.currency, payment.decidedAt);
    }

    static PaymentRejected rejected(InvoiceEntity invoice, PaymentEntity payment) {
        return new PaymentRejected(invoice.id, payment.id, invoice.dossierId, invoice.partnerId,
                payment.rejectionReason, payment.decidedAt);
    }

    /** The lifecycle step that issued the invoice; null for an officer's invoice. */
    static String trigger(InvoiceEntity invoice) {
        return invoice.triggerStep == null ? null : invoice.triggerStep.name();
    }
}
