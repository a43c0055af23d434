package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.idempotency.IdempotentRequest;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.fees.api.PaymentPage;
import cn.zgc.residence.fees.api.PaymentRequest;
import cn.zgc.residence.fees.api.PaymentView;
import cn.zgc.residence.fees.api.RefundRequest;
import cn.zgc.residence.fees.api.RefundView;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.PaymentStatus;
import cn.zgc.residence.fees.domain.Settlement;
import cn.zgc.residence.fees.repository.InvoiceEntity;
import cn.zgc.residence.fees.repository.InvoiceRepository;
import cn.zgc.residence.fees.repository.PaymentEntity;
import cn.zgc.residence.fees.repository.PaymentRepository;
import cn.zgc.residence.fees.repository.RefundEntity;
import cn.zgc.residence.fees.repository.RefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Payments and refunds on an invoice. A partner declares a payment (PENDING); the hall confirms it, and the invoice
 * is PAID once confirmed payments cover it, or rejects it with a reason. Each runs with the invoice row locked, so
 * declarations are taken one after the other against what is still open and never exceed it; a decision changes a
 * payment only while it is PENDING, so of two decisions at once exactly one happens.
 */
@ApplicationScoped
public class PaymentService {

    private static final Text PAYMENT = new Text("Payment", "缴费");

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final RefundRepository refunds;
    private final Outbox outbox;
    private final Clock clock;

    public PaymentService(InvoiceRepository invoices, PaymentRepository payments, RefundRepository refunds,
            Outbox outbox, Clock clock) {
        this.invoices = invoices;
        this.payments = payments;
        this.refunds = refunds;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A payment and whether it answers a repeated request (same key, same body) rather than a new one. */
    public record Outcome(PaymentView payment, boolean replayed) {
    }

    /** A partner declares a payment; it waits for the hall's confirmation, counted as pending against what is due. */
    @Transactional
    public Outcome declare(UUID invoiceId, String idempotencyKey, PaymentRequest request, Caller caller) {
        Money amount = new Money(request.amount());
        IdempotentRequest idempotent = IdempotentRequest.of(caller.actor(), idempotencyKey, List.of(
                invoiceId.toString(), amount.amount().toPlainString(), Money.CURRENCY, request.channel().name(),
                request.externalReference()));
        InvoiceEntity invoice = lockVisible(invoiceId, caller);
        payments.lockKey(idempotent.lockName());
        var earlier = idempotent.replay(payments.findByKey(idempotent.scope(), idempotent.key()),
                p -> p.requestHash);
        if (earlier.isPresent()) {
            return new Outcome(InvoiceReader.payment(earlier.get()), true);
        }
        if (invoice.status != InvoiceEntity.Status.ISSUED) {
            throw ApiException.conflict(new Text("Invoice " + invoiceId + " is " + invoice.status + "; nothing is due",
                    "发票 " + invoiceId + " 的状态为 " + invoice.status + "，无应缴金额"));
        }
        Settlement settlement = invoice.settlement();
        if (settlement.wouldOverpay(amount)) {
            throw ApiException.conflict(new Text("The payment of " + amount + " is more than the " + settlement.open()
                    + " still open on invoice " + invoiceId + " (" + settlement.due() + " due, "
                    + settlement.pending() + " of it declared and waiting for confirmation)",
                    "缴费金额 " + amount + " 超过发票 " + invoiceId + " 尚未结清的 " + settlement.open() + "（应缴 "
                    + settlement.due() + "，其中 " + settlement.pending() + " 已申报、待确认）"));
        }
        PaymentEntity payment = new PaymentEntity();
        payment.id = UUID.randomUUID();
        payment.invoiceId = invoiceId;
        payment.amount = amount.amount();
        payment.channel = request.channel().name();
        payment.externalReference = request.externalReference();
        payment.payer = idempotent.scope();
        payment.idempotencyKey = idempotent.key();
        payment.requestHash = idempotent.fingerprint();
        payment.receivedAt = OffsetDateTime.now(clock);
        payment.status = PaymentStatus.PENDING;
        payments.persist(payment);
        invoice.settle(settlement.declare(amount));
        LOG.infof("payment %s of %s declared on invoice %s; waits for confirmation", payment.id, amount, invoiceId);
        return new Outcome(InvoiceReader.payment(payment), false);
    }

    /**
     * The hall confirms a pending payment: PaymentConfirmed, and InvoicePaid when the confirmed payments cover the
     * invoice. A payment no longer PENDING is 409.
     */
    @Transactional
    public PaymentView confirm(UUID invoiceId, UUID paymentId, Caller caller) {
        InvoiceEntity invoice = lockVisible(invoiceId, caller);
        PaymentEntity payment = decide(invoice, paymentId, PaymentStatus.CONFIRMED, caller.actor(), null);
        Settlement after = invoice.settlement().confirm(new Money(payment.amount));
        invoice.settle(after);
        outbox.record(InvoiceEvents.confirmed(invoice, payment));
        if (after.isPaidInFull()) {
            invoice.status = InvoiceEntity.Status.PAID;
            invoice.paidAt = payment.decidedAt;
            outbox.record(InvoiceEvents.paid(invoice));
        }
        LOG.infof("payment %s on invoice %s confirmed; %s due", paymentId, invoiceId, after.due());
        return InvoiceReader.payment(payment);
    }

    /** The hall rejects a pending payment with a reason: PaymentRejected, and its amount is open again. */
    @Transactional
    public PaymentView reject(UUID invoiceId, UUID paymentId, String reason, Caller caller) {
        InvoiceEntity invoice = lockVisible(invoiceId, caller);
        PaymentEntity payment = decide(invoice, paymentId, PaymentStatus.REJECTED, caller.actor(), reason);
        invoice.settle(invoice.settlement().reject(new Money(payment.amount)));
        outbox.record(InvoiceEvents.rejected(invoice, payment));
        LOG.infof("payment %s on invoice %s rejected", paymentId, invoiceId);
        return InvoiceReader.payment(payment);
    }

    /** Payments waiting for the hall's decision, oldest first. */
    public PaymentPage pending(int page, int size) {
        return new PaymentPage(payments.listPending(page, size).stream().map(InvoiceReader::payment).toList(), page,
                size, payments.countPending());
    }

    public PaymentView payment(UUID invoiceId, UUID paymentId, Caller caller) {
        visible(invoiceId, caller);
        return payments.findByIdOptional(paymentId).filter(p -> p.invoiceId.equals(invoiceId))
                .map(InvoiceReader::payment)
                .orElseThrow(() -> ApiException.notFound(PAYMENT, paymentId));
    }

    /** Immigration gives back money kept on the invoice; the refund row is the audit record (who, when, why). */
    @Transactional
    public RefundView refund(UUID invoiceId, RefundRequest request, Caller caller) {
        InvoiceEntity invoice = lockVisible(invoiceId, caller);
        Money amount = new Money(request.amount());
        Settlement settlement = invoice.settlement();
        if (settlement.wouldOverRefund(amount)) {
            throw ApiException.conflict(new Text("The refund of " + amount + " is more than the " + settlement.kept()
                    + " kept on invoice " + invoiceId,
                    "退费金额 " + amount + " 超过发票 " + invoiceId + " 已收取的 " + settlement.kept()));
        }
        RefundEntity refund = new RefundEntity();
        refund.id = UUID.randomUUID();
        refund.invoiceId = invoiceId;
        refund.amount = amount.amount();
        refund.reason = request.reason();
        refund.refundedBy = caller.actor();
        refund.refundedAt = OffsetDateTime.now(clock);
        refunds.persist(refund);
        invoice.settle(settlement.refund(amount));
        if (invoice.status == InvoiceEntity.Status.PAID) {
            // a paid invoice that gives money back is closed as refunded: nothing more is taken on it
            invoice.status = InvoiceEntity.Status.REFUNDED;
        }
        LOG.infof("refund %s of %s on invoice %s by %s", refund.id, amount, invoiceId, refund.refundedBy);
        return InvoiceReader.refund(refund);
    }

    public RefundView refundOf(UUID invoiceId, UUID refundId, Caller caller) {
        visible(invoiceId, caller);
        return refunds.findByIdOptional(refundId).filter(r -> r.invoiceId.equals(invoiceId))
                .map(InvoiceReader::refund)
                .orElseThrow(() -> ApiException.notFound(new Text("Refund", "退费"), refundId));
    }

    /** Decides the invoice's payment if it is still PENDING (a conditional update), else 409. */
    private PaymentEntity decide(InvoiceEntity invoice, UUID paymentId, PaymentStatus decision, String by,
            String reason) {
        PaymentEntity payment = payments.findByIdOptional(paymentId).filter(p -> p.invoiceId.equals(invoice.id))
                .orElseThrow(() -> ApiException.notFound(PAYMENT, paymentId));
        if (payment.status != PaymentStatus.PENDING
                || !payments.decide(invoice.id, paymentId, decision, by, OffsetDateTime.now(clock), reason)) {
            throw ApiException.conflict(new Text("Payment " + paymentId + " is " + payment.status
                    + "; only a PENDING payment is confirmed or rejected",
                    "缴费 " + paymentId + " 的状态为 " + payment.status + "；只有 PENDING（待确认）的缴费可以确认或驳回"));
        }
        payments.getEntityManager().refresh(payment);
        return payment;
    }

    private InvoiceEntity lockVisible(UUID invoiceId, Caller caller) {
        InvoiceEntity invoice = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> ApiException.notFound(InvoiceService.INVOICE, invoiceId));
        return caller.visible(invoice, invoice.partnerId, InvoiceService.INVOICE, invoice.id);
    }

    private void visible(UUID invoiceId, Caller caller) {
        InvoiceEntity invoice = invoices.findByIdOptional(invoiceId)
                .orElseThrow(() -> ApiException.notFound(InvoiceService.INVOICE, invoiceId));
        caller.visible(invoice, invoice.partnerId, InvoiceService.INVOICE, invoice.id);
    }
}
