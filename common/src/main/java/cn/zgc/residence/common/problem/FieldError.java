package cn.zgc.residence.common.problem;

/** One offending input field of a request, named by its JSON path (for example {@code facts.age}). */
public record FieldError(String field, String message) {
}
