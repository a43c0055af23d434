package cn.zgc.residence.eligibility.domain;

/** The values of the category facts; bands of a category factor name these values. */
public final class Categories {

    private Categories() {
    }

    public enum Industry { STRATEGIC_EMERGING, MODERN_SERVICE, OTHER }

    /** Position in the enterprise; DIRECTOR is the director-level manager (总监). */
    public enum Position { STAFF, MANAGER, DIRECTOR, SENIOR_EXECUTIVE, CHIEF_EXECUTIVE }

    public enum Education { BELOW_BACHELOR, BACHELOR, MASTER, DOCTORATE }

    /** The technical field; the first four are the fields named as urgently needed. */
    public enum TechField {
        ARTIFICIAL_INTELLIGENCE, INTEGRATED_CIRCUITS, LIFE_SCIENCES, NEW_MATERIALS, OTHER_HIGH_TECH, OTHER
    }
}
