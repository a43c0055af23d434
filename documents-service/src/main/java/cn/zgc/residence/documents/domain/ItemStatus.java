package cn.zgc.residence.documents.domain;

public enum ItemStatus {
    MISSING,
    ACCEPTED,
    REJECTED
}
