package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.i18n.CallerLanguage;
import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.fees.api.InvoiceView;
import cn.zgc.residence.fees.api.PaymentView;
import cn.zgc.residence.fees.api.PricedLine;
import cn.zgc.residence.fees.api.RefundView;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.PaymentChannel;
import cn.zgc.residence.fees.repository.InvoiceEntity;
import cn.zgc.residence.fees.repository.PaymentEntity;
import cn.zgc.residence.fees.repository.PaymentRepository;
import cn.zgc.residence.fees.repository.RefundEntity;
import cn.zgc.residence.fees.repository.RefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Builds views of invoices with their payments and refunds. */
@ApplicationScoped
public class InvoiceReader {

    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final CallerLanguage language;

    public InvoiceReader(PaymentRepository payments, RefundRepository refunds, CallerLanguage language) {
        this.payments = payments;
        this.refunds = refunds;
        this.language = language;
    }

    public InvoiceView view(InvoiceEntity i) {
        Language lang = language.get();
        List<PricedLine> lines = i.lines.stream().map(l -> PricedLine.of(l.serviceCode, l.amount, lang)).toList();
        return new InvoiceView(i.id, i.origin.name(), InvoiceEvents.trigger(i), i.dossierId, i.partnerId,
                i.applicantRef, i.applicationKind, i.status.name(), i.currency, i.scheduleVersion, i.pricedOn, lines,
                i.total, i.paid, i.refunded, i.pending, i.settlement().due().amount(), i.issuedBy, i.issuedAt,
                i.paidAt, payments.listByInvoice(i.id).stream().map(InvoiceReader::payment).toList(),
                refunds.listByInvoice(i.id).stream().map(InvoiceReader::refund).toList());
    }

    public static PaymentView payment(PaymentEntity p) {
        return new PaymentView(p.id, p.invoiceId, p.amount, Money.CURRENCY, PaymentChannel.valueOf(p.channel),
                p.externalReference, p.receivedAt, p.status, p.decidedBy, p.decidedAt, p.rejectionReason);
    }

    public static RefundView refund(RefundEntity r) {
        return new RefundView(r.id, r.invoiceId, r.amount, Money.CURRENCY, r.reason, r.refundedBy, r.refundedAt);
    }
}
