package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * A range of a numeric fact ({@code min} inclusive, {@code max} exclusive, no max = no upper end) or a set of
 * category values, worth {@code points}.
 */
public record Band(BigDecimal min, BigDecimal max, List<String> values, int points, Text label) {

    public boolean matches(Object value) {
        if (value instanceof BigDecimal number) {
            return min != null && number.compareTo(min) >= 0 && (max == null || number.compareTo(max) < 0);
        }
        return values != null && values.contains(String.valueOf(value));
    }
}
