package cn.zgc.residence.eligibility.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What is known about an applicant: numbers as BigDecimal, categories by name, flags as Boolean. */
public final class Facts {

    private final Map<FactKey, Object> values;

    private Facts(Map<FactKey, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Facts of(Map<FactKey, ?> values) {
        EnumMap<FactKey, Object> copy = new EnumMap<>(FactKey.class);
        values.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, normalise(key, value));
            }
        });
        return new Facts(copy);
    }

    public Optional<Object> get(FactKey key) {
        return Optional.ofNullable(values.get(key));
    }

    public boolean has(FactKey key) {
        return values.containsKey(key);
    }

    /** The same facts with one changed: the what-if of a suggestion. */
    public Facts with(FactKey key, Object value) {
        EnumMap<FactKey, Object> copy = values.isEmpty() ? new EnumMap<>(FactKey.class) : new EnumMap<>(values);
        copy.put(key, normalise(key, value));
        return new Facts(copy);
    }

    public Map<FactKey, Object> asMap() {
        return values;
    }

    private static Object normalise(FactKey key, Object value) {
        return switch (key.kind()) {
            case NUMBER -> value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
            case CATEGORY -> value instanceof Enum<?> e ? e.name() : value.toString();
            case FLAG -> value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
        };
    }

    /** How a fact reads in a result: numbers without trailing zeros. */
    public static String display(Object value) {
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
