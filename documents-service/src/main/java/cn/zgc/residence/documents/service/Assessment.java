package cn.zgc.residence.documents.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The part of eligibility-service's assessment this service reads; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Assessment(UUID id, String applicantRef, String track, Boolean eligible, Integer total,
        String criteriaVersion) {

    public boolean isEligible() {
        return Boolean.TRUE.equals(eligible);
    }
}
