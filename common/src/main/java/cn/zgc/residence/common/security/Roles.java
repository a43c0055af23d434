package cn.zgc.residence.common.security;

/** The roles of the system's bearer tokens (claim {@code groups}) and the claim that names a partner. */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String OFFICER = "officer";
    public static final String PARTNER_ID_CLAIM = "partner_id";

    private Roles() {
    }
}
