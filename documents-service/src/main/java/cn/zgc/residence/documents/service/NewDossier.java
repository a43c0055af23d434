package cn.zgc.residence.documents.service;

import cn.zgc.residence.documents.domain.ApplicantFacts;
import java.util.UUID;

/** What opening a dossier needs, from a partner's request or from a recommendation letter. */
public record NewDossier(UUID assessmentId, String partnerId, String applicantRef, ApplicantFacts facts,
        boolean factsConfirmed, String origin, String letterNumber) {

    public static final String FROM_PARTNER = "PARTNER";
    public static final String FROM_RECOMMENDATION = "RECOMMENDATION";
}
