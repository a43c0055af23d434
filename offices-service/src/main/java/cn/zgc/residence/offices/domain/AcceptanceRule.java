package cn.zgc.residence.offices.domain;

/** A hall takes applications of {@code category} from applicants who meet {@code condition}. */
public record AcceptanceRule(String category, AcceptanceCondition condition) {
}
