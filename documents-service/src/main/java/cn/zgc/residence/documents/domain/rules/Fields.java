package cn.zgc.residence.documents.domain.rules;

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
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    Fields notAfter(String field, LocalDate value, LocalDate latest) {
        if (value != null && value.isAfter(latest)) {
            errors.add(new FieldError(field, "is after " + latest + ": a document cannot be dated later than the date it is checked at"));
        }
        return this;
    }

    Fields notAfter(String field, YearMonth value, LocalDate latest) {
        if (value != null && value.isAfter(YearMonth.from(latest))) {
            errors.add(new FieldError(field, "is after " + YearMonth.from(latest) + ": a past period cannot lie in the future"));
        }
        return this;
    }

    Fields ordered(String endField, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError(endField, "ends (" + end + ") before it starts (" + start + ")"));
        }
        return this;
    }

    Fields ordered(String endField, YearMonth start, YearMonth end) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new FieldError(endField, "ends (" + end + ") before it starts (" + start + ")"));
        }
        return this;
    }

    Fields notNegative(String field, Integer value) {
        if (value != null && value < 0) {
            errors.add(new FieldError(field, "must not be negative"));
        }
        return this;
    }

    Fields notEmpty(String field, List<?> values) {
        if (values == null || values.isEmpty()) {
            errors.add(new FieldError(field, "must list at least one entry"));
        }
        return this;
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
