package cn.zgc.residence.eligibility.api;

/** A letter's standing in the register; UNKNOWN is what the public check answers for anything it cannot confirm. */
public enum LetterStatus {
    VALID, REVOKED, UNKNOWN
}
