package cn.zgc.residence.documents.domain.lifecycle;

/** Where a dossier stands on the path from the recommendation letter to the card (DESIGN.md, "after the letter"). */
public enum DossierState {
    OPEN,
    READY,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    UNDER_EXAMINATION,
    APPROVED,
    REFUSED,
    CARD_PRODUCED,
    COLLECTED,
    WITHDRAWN;

    /** The partner may still change the facts and the documents. */
    public boolean editableByPartner() {
        return this == OPEN || this == READY || this == RETURNED;
    }
}
