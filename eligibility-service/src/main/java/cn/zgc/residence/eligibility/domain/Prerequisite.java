package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import java.util.List;

/** A condition of eligibility whatever the score; met when any of its conditions holds. */
public record Prerequisite(String code, Text label, Text unmetReason, List<Condition> anyOf) {

    public boolean metBy(Facts facts) {
        return anyOf.stream().anyMatch(c -> c.holds(facts));
    }
}
