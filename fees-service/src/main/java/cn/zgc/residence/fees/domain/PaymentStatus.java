package cn.zgc.residence.fees.domain;

/** A payment as the partner declared it (PENDING), until the hall confirms it or rejects it with a reason. */
public enum PaymentStatus {
    PENDING,
    CONFIRMED,
    REJECTED
}
