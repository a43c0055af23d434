package cn.zgc.residence.fees.domain;

/**
 * The money state of one invoice: total, paid (confirmed payments), refunded (both gross) and pending (declared
 * payments waiting for the hall's confirmation). Due is the total less what was kept (paid less refunded); open is
 * what may still be declared: due less pending, so that declared money never exceeds what is owed.
 */
public record Settlement(Money total, Money paid, Money refunded, Money pending) {

    public Money kept() {
        return paid.minus(refunded);
    }

    /** What is still owed, counting confirmed payments only. */
    public Money due() {
        return total.minus(kept());
    }

    /** What a partner may still declare: due less what waits for confirmation. */
    public Money open() {
        return due().minus(pending);
    }

    public boolean isPaidInFull() {
        return kept().compareTo(total) == 0;
    }

    /** Whether declaring a payment of this amount would take more than is open. */
    public boolean wouldOverpay(Money payment) {
        return payment.exceeds(open());
    }

    /** Whether a refund of this amount would give back more than was kept. */
    public boolean wouldOverRefund(Money refund) {
        return refund.exceeds(kept());
    }

    /** A payment declared: it waits as pending. */
    public Settlement declare(Money payment) {
        if (!isPositive(payment) || wouldOverpay(payment)) {
            throw new IllegalArgumentException("payment of " + payment + " with " + open() + " open");
        }
        return new Settlement(total, paid, refunded, pending.plus(payment));
    }

    /** A pending payment confirmed: it moves from pending to paid. */
    public Settlement confirm(Money payment) {
        requirePending(payment);
        return new Settlement(total, paid.plus(payment), refunded, pending.minus(payment));
    }

    /** A pending payment rejected: it no longer counts, and its amount is open again. */
    public Settlement reject(Money payment) {
        requirePending(payment);
        return new Settlement(total, paid, refunded, pending.minus(payment));
    }

    public Settlement refund(Money refund) {
        if (!isPositive(refund) || wouldOverRefund(refund)) {
            throw new IllegalArgumentException("refund of " + refund + " with " + kept() + " kept");
        }
        return new Settlement(total, paid, refunded.plus(refund), pending);
    }

    private void requirePending(Money payment) {
        if (!isPositive(payment) || payment.exceeds(pending)) {
            throw new IllegalArgumentException("payment of " + payment + " with " + pending + " pending");
        }
    }

    private static boolean isPositive(Money amount) {
        return !amount.isNegative() && !amount.isZero();
    }
}
