package cn.zgc.residence.offices.domain;

/** What an officer's notice decides for its days. */
public enum NoticeKind {
    /** The hall is closed on these days. */
    CLOSED,
    /** The hall is open on these days, with the notice's own intervals. */
    SPECIAL_HOURS
}
