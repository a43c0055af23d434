package cn.zgc.residence.fees.domain;

/**
 * The money state of one invoice: total due, paid and refunded (gross). What is still due is the total less what
 * was kept (paid less refunded). Decides whether a payment or refund may be taken.
 */
public record Settlement(Money total, Money paid, Money refunded) {

    public Money kept() {
        return paid.minus(refunded);
    }

    public Money due() {
        return total.minus(kept());
    }

    public boolean isPaidInFull() {
        return kept().compareTo(total) == 0;
    }

    /** Whether a payment of this amount would take more than is due. */
    public boolean wouldOverpay(Money payment) {
        return payment.exceeds(due());
    }

    /** Whether a refund of this amount would give back more than was kept. */
    public boolean wouldOverRefund(Money refund) {
        return refund.exceeds(kept());
    }

    public Settlement pay(Money payment) {
        if (payment.isNegative() || payment.isZero() || wouldOverpay(payment)) {
            throw new IllegalArgumentException("payment of " + payment + " with " + due() + " due");
        }
        return new Settlement(total, paid.plus(payment), refunded);
    }

    public Settlement refund(Money refund) {
        if (refund.isNegative() || refund.isZero() || wouldOverRefund(refund)) {
            throw new IllegalArgumentException("refund of " + refund + " with " + kept() + " kept");
        }
        return new Settlement(total, paid, refunded.plus(refund));
    }
}
