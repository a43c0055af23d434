package cn.zgc.residence.documents.domain;

import java.util.Map;

/** The numbers of the document rules as of a date (rule_parameter rows), by name. */
public record RuleParameters(Map<String, Integer> values) {

    public int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("rule parameter " + name + " has no value for this date");
        }
        return value;
    }
}
