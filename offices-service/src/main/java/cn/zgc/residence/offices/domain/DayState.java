package cn.zgc.residence.offices.domain;

/** What a hall's day is. */
public enum DayState {
    OPEN,
    CLOSED,
    /** A public holiday, or a Sunday worked by State Council arrangement, that no notice has decided yet. */
    SUBJECT_TO_NOTICE
}
