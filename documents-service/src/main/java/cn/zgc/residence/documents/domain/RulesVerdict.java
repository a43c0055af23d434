package cn.zgc.residence.documents.domain;

/**
 * What the document rules say of one checklist item. Named apart from the dossier's states (an item is never
 * "ACCEPTED": only a hall accepts, and it accepts the whole application).
 */
public enum RulesVerdict {
    /** Nothing submitted yet. */
    MISSING,
    /** Every rule holds as of the date checked. */
    SATISFIED,
    /** At least one rule fails; the reasons say which. */
    NOT_SATISFIED
}
