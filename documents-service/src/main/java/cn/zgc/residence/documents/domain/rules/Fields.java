package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.FieldError;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Collects the field errors of one document's metadata. */
final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    Fields required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.add(new FieldError(field, new Text("is required", "必填")));
        }
        return this;
    }

    Fields notAfter(String field, LocalDate value, LocalDate latest) {
        if (value != null && value.isAfter(latest)) {
            errors.add(new FieldError(field, new Text("is after " + latest
                    + ": a document cannot be dated later than the date it is checked at",
                    "晚于 " + latest + "：材料的日期不能晚于核查日期")));
        }
        return this;
    }

    Fields notAfter(String field, YearMonth value, LocalDate latest) {
        if (value != null && value.isAfter(YearMonth.from(latest))) {
            errors.add(new FieldError(field, new Text("is after " + YearMonth.from(latest)
                    + ": a past period cannot lie in the future", "晚于 " + YearMonth.from(latest) + "：过去的期间不能在将来")));
        }
        return this;
    }

    Fields ordered(String endField, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(endsBeforeStart(endField, start, end));
        }
        return this;
    }

    Fields ordered(String endField, YearMonth start, YearMonth end) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(endsBeforeStart(endField, start, end));
        }
        return this;
    }

    private static FieldError endsBeforeStart(String endField, Object start, Object end) {
        return new FieldError(endField, new Text("ends (" + end + ") before it starts (" + start + ")",
                "结束（" + end + "）早于开始（" + start + "）"));
    }

    Fields notNegative(String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, new Text("must not be negative", "不能为负数")));
        }
        return this;
    }

    Fields notEmpty(String field, List<?> values) {
        if (values == null || values.isEmpty()) {
            errors.add(new FieldError(field, new Text("must list at least one entry", "至少列出一项")));
        }
        return this;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
