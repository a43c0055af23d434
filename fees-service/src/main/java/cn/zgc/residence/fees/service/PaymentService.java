package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.InvoicePaid;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.fees.api.PaymentRequest;
import cn.zgc.residence.fees.api.PaymentView;
import cn.zgc.residence.fees.api.RefundRequest;
import cn.zgc.residence.fees.api.RefundView;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.Settlement;
import cn.zgc.residence.fees.repository.InvoiceEntity;
import cn.zgc.residence.fees.repository.InvoiceRepository;
import cn.zgc.residence.fees.repository.PaymentEntity;
import cn.zgc.residence.fees.repository.PaymentRepository;
import cn.zgc.residence.fees.repository.RefundEntity;
import cn.zgc.residence.fees.repository.RefundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Payments and refunds on an invoice. Each runs with the invoice row locked, so parallel payments are taken one
 * after the other against what is still due and never overpay.
 */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);
    private static final int MAX_KEY_LENGTH = 200;

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

    @Transactional
    public Outcome pay(UUID invoiceId, String idempotencyKey, PaymentRequest request, Caller caller) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid("Idempotency-Key", "the header is required, 1 to " + MAX_KEY_LENGTH
                    + " characters, one per intended payment");
        }
        InvoiceEntity invoice = lockVisible(invoiceId, caller);
        String payer = caller.actor();
        Money amount = new Money(request.amount());
        String fingerprint = fingerprint(invoiceId, amount, request);
        payments.lockKey(payer, idempotencyKey);
        Optional<PaymentEntity> earlier = payments.findByKey(payer, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash.equals(fingerprint)) {
                throw ApiException.of(ProblemKind.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used for another payment request; use a new key for a new payment");
            }
            return new Outcome(InvoiceReader.payment(earlier.get()), true);
        }
        if (invoice.status != InvoiceEntity.Status.ISSUED) {
            throw ApiException.conflict("Invoice " + invoiceId + " is " + invoice.status + "; nothing is due");
        }
        Settlement settlement = invoice.settlement();
        if (settlement.wouldOverpay(amount)) {
            throw ApiException.conflict("The payment of " + amount + " is more than the " + settlement.due()
                    + " due on invoice " + invoiceId);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        PaymentEntity payment = new PaymentEntity();
        payment.id = UUID.randomUUID();
        payment.invoiceId = invoiceId;
        payment.amount = amount.amount();
        payment.channel = request.channel().name();
        payment.externalReference = request.externalReference();
        payment.payer = payer;
        payment.idempotencyKey = idempotencyKey;
        payment.requestHash = fingerprint;
        payment.receivedAt = now;
        payments.persist(payment);
        Settlement after = settlement.pay(amount);
        invoice.settle(after);
        if (after.isPaidInFull()) {
            invoice.status = InvoiceEntity.Status.PAID;
            invoice.paidAt = now;
            outbox.record(new InvoicePaid(invoice.id, invoice.dossierId, invoice.partnerId, invoice.total,
                    invoice.currency, now));
        }
        LOG.infof("payment %s of %s on invoice %s; %s due", payment.id, amount, invoiceId, after.due());
        return new Outcome(InvoiceReader.payment(payment), false);
    }

    public PaymentView payment(UUID invoiceId, UUID paymentId, Caller caller) {
        visible(invoiceId, caller);
        return payments.findByIdOptional(paymentId).filter(p -> p.invoiceId.equals(invoiceId))
                .map(InvoiceReader::payment)
                .orElseThrow(() -> ApiException.notFound("Payment", paymentId));
    }

    /** An officer gives back money kept on the invoice; the refund row is the audit record (who, when, why). */
    @Transactional
    public RefundView refund(UUID invoiceId, RefundRequest request, Caller caller) {
        InvoiceEntity invoice = lockVisible(invoiceId, caller);
        Money amount = new Money(request.amount());
        Settlement settlement = invoice.settlement();
        if (settlement.wouldOverRefund(amount)) {
            throw ApiException.conflict("The refund of " + amount + " is more than the " + settlement.kept()
                    + " kept on invoice " + invoiceId);
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
                .orElseThrow(() -> ApiException.notFound("Refund", refundId));
    }

    private InvoiceEntity lockVisible(UUID invoiceId, Caller caller) {
        InvoiceEntity invoice = invoices.findForUpdate(invoiceId)
                .orElseThrow(() -> ApiException.notFound("Invoice", invoiceId));
        return caller.visible(invoice, invoice.partnerId, "Invoice", invoiceId);
    }

    private void visible(UUID invoiceId, Caller caller) {
        InvoiceEntity invoice = invoices.findByIdOptional(invoiceId)
                .orElseThrow(() -> ApiException.notFound("Invoice", invoiceId));
        caller.visible(invoice, invoice.partnerId, "Invoice", invoiceId);
    }

    /** What makes two requests the same payment: the invoice, the amount in fen, channel and reference. */
    private static String fingerprint(UUID invoiceId, Money amount, PaymentRequest request) {
        String canonical = String.join("\n", invoiceId.toString(), amount.amount().toPlainString(),
                Money.CURRENCY, request.channel().name(), request.externalReference());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
