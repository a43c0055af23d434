package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.documents.api.DossierRequest;
import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.Track;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens dossiers after asking eligibility-service for the assessment. The remote call runs outside any
 * transaction; the dossier is then written in one.
 */
@ApplicationScoped
public class DossierOpening {

    private final EligibilityAssessments eligibility;
    private final DossierService dossiers;
    private final PendingRecommendations pending;

    public DossierOpening(EligibilityAssessments eligibility, DossierService dossiers, PendingRecommendations pending) {
        this.eligibility = eligibility;
        this.dossiers = dossiers;
        this.pending = pending;
    }

    /** A partner opens a dossier; eligibility-service is asked with the partner's own token. */
    public DossierService.Opened openForPartner(String partnerId, DossierRequest request, String authorization) {
        CatalogueService.validate(request.facts(), "facts.");
        Assessment assessment;
        try {
            assessment = eligibility.find(request.assessmentId(), authorization)
                    .orElseThrow(() -> ApiException.invalid("assessmentId", "no assessment of yours has this id"));
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ApiException.of(ProblemKind.SERVICE_UNAVAILABLE,
                    "eligibility-service cannot confirm the assessment now; try again shortly");
        }
        if (!assessment.isEligible()) {
            throw ApiException.unprocessable("Assessment " + request.assessmentId() + " is not eligible");
        }
        if (assessment.track() != null && !assessment.track().equals(request.facts().track().name())) {
            throw ApiException.invalid("facts.track", "the assessment is for " + assessment.track());
        }
        DossierService.Opened opened = dossiers.open(new NewDossier(request.assessmentId(), partnerId,
                request.applicantRef(), request.facts().toDomain(), true, NewDossier.FROM_PARTNER, null));
        if (!opened.created()) {
            throw ApiException.conflict("Assessment " + request.assessmentId() + " already has dossier " + opened.id());
        }
        return opened;
    }

    /** What became of a recommendation: opened (or already open), refused for good, or to be retried. */
    public enum Attempt { OPENED, REFUSED, UNAVAILABLE }

    public record Result(Attempt attempt, String detail) {
    }

    /**
     * Opens the dossier of a claimed recommendation letter with the base list of its track, using the service token;
     * the dossier and the removal of the pending letter are written in one transaction.
     */
    public Result openForRecommendation(ClaimedRecommendation letter, String authorization) {
        UUID assessmentId = letter.assessmentId();
        Optional<Assessment> found;
        try {
            found = eligibility.find(assessmentId, authorization);
        } catch (RuntimeException e) {
            return new Result(Attempt.UNAVAILABLE, e.getClass().getSimpleName());
        }
        if (found.isEmpty()) {
            return new Result(Attempt.REFUSED, "eligibility-service has no assessment " + assessmentId);
        }
        if (!found.get().isEligible()) {
            return new Result(Attempt.REFUSED, "assessment " + assessmentId + " is not eligible");
        }
        Track parsed;
        try {
            parsed = Track.valueOf(found.get().track() != null ? found.get().track() : letter.track());
        } catch (IllegalArgumentException e) {
            return new Result(Attempt.REFUSED, "unknown track");
        }
        pending.openDossier(letter.eventId(), new NewDossier(assessmentId, letter.partnerId(), letter.applicantRef(),
                ApplicantFacts.baseFor(parsed), false, NewDossier.FROM_RECOMMENDATION, letter.letterNumber()));
        return new Result(Attempt.OPENED, null);
    }
}
