package cn.zgc.residence.documents.domain;

import java.util.Map;

/** The numbers of the document rules as of a date (rule_parameter rows), by name. */
public record RuleParameters(Map<String, Integer> values) {

    public static RuleParameters baseline() {
        return new RuleParameters(Map.of("PRINTED_PHOTOS", 2, "DIGITAL_PHOTOS", 1, "PHOTO_MAX_AGE_MONTHS", 6,
                "RESIDENCE_PERMIT_YEARS", 4, "MEDICAL_MAX_AGE_MONTHS", 6, "EMPLOYMENT_YEARS", 4, "TAX_YEARS", 4,
                "WORK_PERMIT_YEARS", 4, "RESUME_FROM_AGE", 18));
    }

    public int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("rule parameter " + name + " has no value for this date");
        }
        return value;
    }

    public RuleParameters with(String name, int value) {
        Map<String, Integer> copy = new java.util.HashMap<>(values);
        copy.put(name, value);
        return new RuleParameters(Map.copyOf(copy));
    }
}
