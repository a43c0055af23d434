package cn.zgc.residence.offices.domain;

import java.util.List;
import java.util.Optional;

/** A service hall and the applications it takes. */
public record Hall(String id, String nameEn, String nameZh, String addressEn, String addressZh, District district, String phone,
        String complaintHotline, List<AcceptanceRule> accepts) {

    public Hall {
        accepts = List.copyOf(accepts);
    }

    /** The rule under which the hall takes this category from this applicant, if it does. */
    public Optional<AcceptanceRule> takes(String category, ApplicantFacts applicant) {
        return accepts.stream()
                .filter(rule -> rule.category().equals(category))
                .filter(rule -> meets(rule.condition(), applicant))
                .findFirst();
    }

    private boolean meets(AcceptanceCondition condition, ApplicantFacts applicant) {
        return switch (condition) {
            case NONE -> true;
            case DEMONSTRATING_ENTITY_IN_HALL_DISTRICT ->
                    applicant.demonstratingEntity() && district == applicant.employerDistrict();
        };
    }
}
