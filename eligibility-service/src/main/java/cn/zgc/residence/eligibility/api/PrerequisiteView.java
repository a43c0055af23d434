package cn.zgc.residence.eligibility.api;

/** A prerequisite, whether it is met, and why. */
public record PrerequisiteView(String code, String requirement, boolean met, String reason) {
}
