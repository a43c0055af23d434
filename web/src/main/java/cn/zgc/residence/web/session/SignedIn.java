package cn.zgc.residence.web.session;

/** Who is signed in: the role the pages are chosen by, the partner id of a partner, and the bearer token for the API. */
@io.quarkus.qute.TemplateData
public record SignedIn(String role, String partnerId, String subject, String token) {

    public static final String PARTNER = "partner";
    public static final String COMMITTEE = "committee";
    public static final String IMMIGRATION = "immigration";

    public boolean isPartner() {
        return PARTNER.equals(role);
    }

    public boolean isCommittee() {
        return COMMITTEE.equals(role);
    }

    public boolean isImmigration() {
        return IMMIGRATION.equals(role);
    }

    /** A name to show: the partner id, or the officer's subject. */
    public String shownAs() {
        return isPartner() ? partnerId : subject;
    }
}
