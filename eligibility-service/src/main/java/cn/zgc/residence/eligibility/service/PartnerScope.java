package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What the caller may read: a partner its own assessments and letters only (another partner's answer 404, as if
 * they did not exist); the committee and immigration, which the resources admit for reading, everything.
 */
@RequestScoped
public class PartnerScope {

    private final Caller caller;

    public PartnerScope(Caller caller) {
        this.caller = caller;
    }

    /** The partner the caller is limited to, or empty for the committee and immigration. */
    public Optional<String> ownPartner() {
        return caller.isPartner() ? Optional.of(caller.partnerId()) : Optional.empty();
    }

    /** Returns the resource if the caller may see it; otherwise answers 404 as if it did not exist. */
    public <T> T visible(T resource, String ownerPartnerId, Text what, Object id) {
        if (ownPartner().map(own -> !own.equals(ownerPartnerId)).orElse(false)) {
            throw ApiException.notFound(what, id);
        }
        return resource;
    }
}
