package cn.zgc.residence.documents.domain.lifecycle;

/**
 * Who moves a dossier: the partner (its own dossiers only), an Exit-Entry Administration officer, or the system
 * reacting to an event. The Administrative Committee has no dossier actions: its part ends with the letter.
 */
public enum Actor {
    PARTNER,
    IMMIGRATION,
    SYSTEM
}
