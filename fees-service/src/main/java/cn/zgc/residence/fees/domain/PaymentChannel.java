package cn.zgc.residence.fees.domain;

/** How a payment reached the fee account; the procedure text names none, so these are the usual ones in Beijing. */
public enum PaymentChannel {
    BANK_TRANSFER,
    UNIONPAY_CARD,
    ALIPAY,
    WECHAT_PAY,
    CASH_AT_HALL
}
