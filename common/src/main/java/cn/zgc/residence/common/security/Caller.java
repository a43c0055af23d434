package cn.zgc.residence.common.security;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: a partner (named by its {@code partner_id} claim) or an officer of the committee or of immigration. A partner sees only what it
 * created; for anything else the answer is 404, so that another partner's ids reveal nothing.
 */
@RequestScoped
public class Caller {

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's roles (the token's {@code groups}). */
    public java.util.Set<String> roles() {
        return token.getGroups() == null ? java.util.Set.of() : token.getGroups();
    }

    public boolean isCommittee() {
        return roles().contains(Roles.COMMITTEE);
    }

    public boolean isImmigration() {
        return roles().contains(Roles.IMMIGRATION);
    }

    public boolean isPartner() {
        return roles().contains(Roles.PARTNER);
    }

    /** The calling partner's id; a partner token without the claim is refused. */
    public String partnerId() {
        String id = token.getClaim(Roles.PARTNER_ID_CLAIM);
        if (id == null || id.isBlank()) {
            throw ApiException.of(ProblemKind.FORBIDDEN, new Text("The token names no " + Roles.PARTNER_ID_CLAIM,
                    "令牌中没有 " + Roles.PARTNER_ID_CLAIM));
        }
        return id;
    }

    /** Who acted, for audit records: the token's subject, or its partner id. */
    public String actor() {
        String subject = token.getSubject();
        return subject != null ? subject : token.getName();
    }

    /**
     * An officer (committee or immigration) sees every partner's resource, a partner only its own; which officer
     * roles may call an operation at all is the resource's {@code @RolesAllowed}.
     */
    public boolean canSee(String ownerPartnerId) {
        return isCommittee() || isImmigration() || (isPartner() && partnerId().equals(ownerPartnerId));
    }

    /** Returns the resource if the caller may see it; otherwise answers 404 as if it did not exist. */
    public <T> T visible(T resource, String ownerPartnerId, Text what, Object id) {
        if (!canSee(ownerPartnerId)) {
            throw ApiException.notFound(what, id);
        }
        return resource;
    }
}
