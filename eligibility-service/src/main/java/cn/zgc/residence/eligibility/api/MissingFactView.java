package cn.zgc.residence.eligibility.api;

/** A scored fact that was not given, and what it could have been worth. */
public record MissingFactView(String field, String factor, String label, int worthUpTo) {
}
