package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import java.util.List;
import java.util.Optional;

/** A scored dimension: one fact, its bands, and the label people read. */
public record Factor(String code, FactKey fact, Text label, List<Band> bands) {

    public int maxPoints() {
        return bands == null ? 0 : bands.stream().mapToInt(Band::points).max().orElse(0);
    }

    public Optional<Band> bandFor(Object value) {
        return bands.stream().filter(b -> b.matches(value)).findFirst();
    }
}
