package cn.zgc.residence.offices.domain;

/** What an applicant must meet for a hall to take a category of application. */
public enum AcceptanceCondition {
    /** Every applicant. */
    NONE,
    /**
     * Condition (a) of the procedure: a foreign employee of a demonstrating entity or enterprise registered in the
     * hall's own district who meets the 10 and the 20 immigration policies.
     */
    DEMONSTRATING_ENTITY_IN_HALL_DISTRICT
}
