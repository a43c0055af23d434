package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.eligibility.api.RecommendationView;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.repository.AssessmentEntity;
import cn.zgc.residence.eligibility.repository.AssessmentRepository;
import cn.zgc.residence.eligibility.repository.RecommendationLetterEntity;
import cn.zgc.residence.eligibility.repository.RecommendationLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Issues the Administrative Committee's recommendation letter: only for an eligible assessment, only once. */
@ApplicationScoped
public class RecommendationService {

    private final AssessmentRepository assessments;
    private final RecommendationLetterRepository letters;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Caller caller;

    public RecommendationService(AssessmentRepository assessments, RecommendationLetterRepository letters,
            AuditLog audit, Outbox outbox, Caller caller) {
        this.assessments = assessments;
        this.letters = letters;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
    }

    @Transactional
    public RecommendationView issue(UUID assessmentId) {
        AssessmentEntity assessment = assessments.findForUpdate(assessmentId)
                .orElseThrow(() -> ApiException.notFound("Assessment", assessmentId));
        letters.findByIdOptional(assessmentId).ifPresent(existing -> {
            throw ApiException.conflict("Recommendation letter " + existing.letterNumber
                    + " was already issued for assessment " + assessmentId);
        });
        if (!assessment.eligible) {
            throw ApiException.conflict("Assessment " + assessmentId + " is not eligible (" + assessment.total
                    + " points, threshold " + assessment.threshold + ", or a prerequisite unmet): no letter can be issued");
        }
        RecommendationLetterEntity letter = new RecommendationLetterEntity();
        letter.assessmentId = assessmentId;
        letter.issuedAt = OffsetDateTime.now(Outbox.ZONE);
        letter.letterNumber = String.format("ZGC-%d-%06d", letter.issuedAt.getYear(), letters.nextNumber());
        letter.issuedBy = caller.actor();
        letters.persist(letter);
        audit.record(letter.issuedBy, "recommendation.issued", "assessment:" + assessmentId,
                "letter " + letter.letterNumber + " for " + assessment.total + " points under criteria "
                        + assessment.criteriaVersion);
        outbox.record(new RecommendationIssued(letter.letterNumber, assessmentId, assessment.partnerId,
                assessment.applicantRef, assessment.track, assessment.total, assessment.criteriaVersion,
                letter.issuedAt));
        return view(letter, assessment);
    }

    @Transactional
    public RecommendationView get(UUID assessmentId) {
        AssessmentEntity assessment = assessments.findByIdOptional(assessmentId)
                .orElseThrow(() -> ApiException.notFound("Assessment", assessmentId));
        caller.visible(assessment, assessment.partnerId, "Assessment", assessmentId);
        RecommendationLetterEntity letter = letters.findByIdOptional(assessmentId)
                .orElseThrow(() -> ApiException.notFound("Recommendation letter for assessment", assessmentId));
        return view(letter, assessment);
    }

    private static RecommendationView view(RecommendationLetterEntity l, AssessmentEntity a) {
        return new RecommendationView(l.letterNumber, a.id, a.partnerId, a.applicantRef, Track.valueOf(a.track),
                a.total, a.criteriaVersion, l.issuedAt.atZoneSameInstant(Outbox.ZONE).toOffsetDateTime(), l.issuedBy);
    }
}
