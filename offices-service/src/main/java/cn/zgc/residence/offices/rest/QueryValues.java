package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Reads query parameters as text and answers 400 naming the parameter, instead of the framework's bare 404/400. */
final class QueryValues {

    private QueryValues() {
    }

    static OffsetDateTime instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, new Text("expected a timestamp with offset like 2026-01-31T09:00:00+08:00",
                    "应为带时区偏移的时间戳，如 2026-01-31T09:00:00+08:00"));
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, new Text("expected a date like 2026-01-31", "应为日期，如 2026-01-31"));
        }
    }

    static boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(field, new Text("expected true or false", "应为 true 或 false"));
        };
    }

    static Integer integer(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, new Text("expected an integer", "应为整数"));
        }
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, new Text("is required", "必填"));
        }
        return value.trim();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
