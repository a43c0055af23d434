package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.documents.domain.Track;

/** What opening a dossier needs: a recommendation letter, as RecommendationIssued carries it. */
public record NewDossier(RecommendationIssued letter, Track track) {

    public static final String FROM_RECOMMENDATION = "RECOMMENDATION";

    /** A letter without what a dossier needs cannot open one; the event goes to the dead-letter topic. */
    public static NewDossier of(RecommendationIssued letter) {
        if (letter.assessmentId() == null || letter.partnerId() == null || letter.applicantRef() == null
                || letter.letterNumber() == null || letter.letterNumber().isBlank() || letter.track() == null) {
            throw new UnprocessableEventException(
                    "RecommendationIssued without assessmentId, partnerId, applicantRef, track or letterNumber");
        }
        try {
            return new NewDossier(letter, Track.valueOf(letter.track()));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("RecommendationIssued with an unknown track");
        }
    }
}
