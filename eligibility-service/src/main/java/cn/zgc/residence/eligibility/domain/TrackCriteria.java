package cn.zgc.residence.eligibility.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A track's prerequisites and scored factors within a criteria version. */
public record TrackCriteria(List<Prerequisite> prerequisites, List<Factor> factors) {

    public int maxPoints() {
        return factors.stream().mapToInt(Factor::maxPoints).sum();
    }

    /** The facts the prerequisites read: without them a track cannot be assessed. */
    public Set<FactKey> requiredFacts() {
        Set<FactKey> required = EnumSet.noneOf(FactKey.class);
        prerequisites.forEach(p -> p.anyOf().forEach(c -> required.add(c.fact())));
        return required;
    }
}
