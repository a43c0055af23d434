package cn.zgc.residence.documents.domain.lifecycle;

/** What can happen to a dossier. Each move of the lifecycle is one of these; {@link Lifecycle} says where it leads. */
public enum DossierAction {
    /** Every required item is satisfied by the rules (system). */
    BECOME_READY,
    /** Back to OPEN: an item of a READY dossier fails again (system), or the partner corrects a RETURNED one. */
    REOPEN,
    /** The partner changes facts or a document; the state stays (OPEN or READY), the rules decide what follows. */
    CORRECT,
    /** The partner submits to a hall, for a booked appointment. */
    SUBMIT,
    /** An officer confirms or rejects one item (the original seen for a photocopy); the state stays. */
    REVIEW_ITEM,
    /** The hall returns the dossier with per-item reasons. */
    RETURN,
    /** The hall accepts the application on today's date. */
    ACCEPT,
    /** The first-application fee is paid (system, from InvoicePaid). */
    START_EXAMINATION,
    APPROVE,
    REFUSE,
    PRODUCE_CARD,
    COLLECT_CARD,
    /** The partner withdraws before a decision, or the system does when the letter is revoked. */
    WITHDRAW
}
