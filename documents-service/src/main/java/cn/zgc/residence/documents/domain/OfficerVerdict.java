package cn.zgc.residence.documents.domain;

/** What an immigration officer says of one checklist item after seeing it (and, for a photocopy, its original). */
public enum OfficerVerdict {
    /** No officer has reviewed the item (or the partner changed it since). */
    PENDING,
    CONFIRMED,
    REJECTED
}
