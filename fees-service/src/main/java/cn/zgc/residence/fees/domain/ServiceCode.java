package cn.zgc.residence.fees.domain;

/** The chargeable services of the procedure; each fee schedule version gives an amount for every one. */
public enum ServiceCode {
    FIRST_APPLICATION,
    CERTIFICATE_PRODUCTION,
    REPLACEMENT,
    REISSUANCE
}
