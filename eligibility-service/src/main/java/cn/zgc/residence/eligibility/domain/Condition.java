package cn.zgc.residence.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/** One way of meeting a prerequisite: a flag that is true, a number at least some value, or one of some categories. */
public record Condition(FactKey fact, Operator operator, BigDecimal atLeast, List<String> values) {

    public enum Operator { IS_TRUE, AT_LEAST, ONE_OF }

    public boolean holds(Facts facts) {
        return facts.get(fact).map(value -> switch (operator) {
            case IS_TRUE -> Boolean.TRUE.equals(value);
            case AT_LEAST -> value instanceof BigDecimal number && number.compareTo(atLeast) >= 0;
            case ONE_OF -> values.contains(String.valueOf(value));
        }).orElse(false);
    }
}
