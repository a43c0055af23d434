package cn.zgc.residence.offices.domain;

/** Why a day has its state: which rule decided it. */
public enum DayBasis {
    /** The regular hours of the day of the week. */
    REGULAR_HOURS,
    /** An officer's notice. */
    NOTICE,
    /** A statutory holiday of the State Council arrangement: subject to further notice. */
    STATUTORY_HOLIDAY,
    /** An adjusted working day (调休): regular hours if the hall opens on that weekday, else subject to notice. */
    ADJUSTED_WORKING_DAY,
    /** No regular hours were in force on that date. */
    NO_REGULAR_HOURS
}
