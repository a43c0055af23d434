package cn.zgc.residence.common.security;

/** The roles of the system's bearer tokens (claim {@code groups}) and the claim that names a partner. */
public final class Roles {

    public static final String PARTNER = "partner";
    /** The Zhongguancun Administrative Committee: criteria versions and recommendation letters. */
    public static final String COMMITTEE = "committee";
    /** The Exit-Entry Administration's halls: hours, notices, appointments, acceptance, decisions, cards, fees. */
    public static final String IMMIGRATION = "immigration";
    public static final String PARTNER_ID_CLAIM = "partner_id";

    private Roles() {
    }
}
