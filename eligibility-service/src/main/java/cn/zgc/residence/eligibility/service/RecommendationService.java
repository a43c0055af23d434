package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.LetterRevoked;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.eligibility.api.LetterStatus;
import cn.zgc.residence.eligibility.api.RecommendationView;
import cn.zgc.residence.eligibility.config.EligibilityConfig;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.letter.Letter;
import cn.zgc.residence.eligibility.letter.VerificationCodes;
import cn.zgc.residence.eligibility.repository.AssessmentEntity;
import cn.zgc.residence.eligibility.repository.AssessmentRepository;
import cn.zgc.residence.eligibility.repository.RecommendationLetterEntity;
import cn.zgc.residence.eligibility.repository.RecommendationLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The Administrative Committee's recommendation letters: issued only for an eligible assessment and only once,
 * revoked at most once with a reason; each change is audited and published through the outbox in its transaction.
 */
@ApplicationScoped
public class RecommendationService {

    private static final Text LETTER_FOR_ASSESSMENT = new Text("Recommendation letter for assessment", "推荐函（积分评估）");

    private final AssessmentRepository assessments;
    private final RecommendationLetterRepository letters;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Caller caller;
    private final PartnerScope scope;
    private final Clock clock;
    private final String verificationBase;

    public RecommendationService(AssessmentRepository assessments, RecommendationLetterRepository letters,
            AuditLog audit, Outbox outbox, Caller caller, PartnerScope scope, Clock clock, EligibilityConfig config) {
        this.assessments = assessments;
        this.letters = letters;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
        this.scope = scope;
        this.clock = clock;
        String base = config.letters().verificationBaseUrl();
        this.verificationBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Transactional
    public RecommendationView issue(UUID assessmentId) {
        AssessmentEntity assessment = assessments.findForUpdate(assessmentId)
                .orElseThrow(() -> ApiException.notFound(AssessmentService.ASSESSMENT, assessmentId));
        letters.findByIdOptional(assessmentId).ifPresent(existing -> {
            throw ApiException.conflict(new Text("Recommendation letter " + existing.letterNumber
                    + " was already issued for assessment " + assessmentId,
                    "积分评估 " + assessmentId + " 已出具推荐函 " + existing.letterNumber));
        });
        if (!assessment.eligible) {
            throw ApiException.conflict(new Text("Assessment " + assessmentId + " is not eligible (" + assessment.total
                    + " points, threshold " + assessment.threshold + ", or a prerequisite unmet): no letter can be issued",
                    "积分评估 " + assessmentId + " 不符合条件（" + assessment.total + " 分，合格线 " + assessment.threshold
                    + " 分，或有前提条件未满足）：不能出具推荐函"));
        }
        RecommendationLetterEntity letter = new RecommendationLetterEntity();
        letter.assessmentId = assessmentId;
        // as the database keeps it, so that the letter issued and the letter read back are the same
        letter.issuedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        letter.letterNumber = String.format("ZGC-%d-%06d", letter.issuedAt.getYear(), letters.nextNumber());
        letter.issuedBy = caller.actor();
        letter.verificationCode = VerificationCodes.next();
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
        Issued issued = visibleLetter(assessmentId);
        return view(issued.letter(), issued.assessment());
    }

    /** What the letter's PDF prints, for the caller who may read the letter. */
    @Transactional
    public Letter letter(UUID assessmentId) {
        Issued issued = visibleLetter(assessmentId);
        RecommendationLetterEntity l = issued.letter();
        AssessmentEntity a = issued.assessment();
        return new Letter(l.letterNumber, inZone(l.issuedAt), Track.valueOf(a.track), a.total, a.threshold,
                a.criteriaVersion, a.applicantRef, l.verificationCode, verificationUrl(l));
    }

    /** Revokes the letter once, with the committee's reason; a second revocation is a conflict. */
    @Transactional
    public RecommendationView revoke(UUID assessmentId, String reason) {
        AssessmentEntity assessment = assessments.findByIdOptional(assessmentId)
                .orElseThrow(() -> ApiException.notFound(AssessmentService.ASSESSMENT, assessmentId));
        RecommendationLetterEntity letter = letters.findForUpdate(assessmentId)
                .orElseThrow(() -> ApiException.notFound(LETTER_FOR_ASSESSMENT, assessmentId));
        if (letter.revoked()) {
            throw ApiException.conflict(new Text("Recommendation letter " + letter.letterNumber
                    + " was already revoked on " + inZone(letter.revokedAt).toLocalDate(),
                    "推荐函 " + letter.letterNumber + " 已于 " + inZone(letter.revokedAt).toLocalDate() + " 撤销"));
        }
        letter.revokedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        letter.revokedBy = caller.actor();
        letter.revocationReason = reason.strip();
        audit.record(letter.revokedBy, "recommendation.revoked", "assessment:" + assessmentId,
                "letter " + letter.letterNumber + " revoked: " + letter.revocationReason);
        outbox.record(new LetterRevoked(letter.letterNumber, assessmentId, assessment.partnerId,
                letter.revocationReason, letter.revokedAt));
        return view(letter, assessment);
    }

    private record Issued(AssessmentEntity assessment, RecommendationLetterEntity letter) {
    }

    private Issued visibleLetter(UUID assessmentId) {
        AssessmentEntity assessment = assessments.findByIdOptional(assessmentId)
                .orElseThrow(() -> ApiException.notFound(AssessmentService.ASSESSMENT, assessmentId));
        scope.visible(assessment, assessment.partnerId, AssessmentService.ASSESSMENT, assessmentId);
        RecommendationLetterEntity letter = letters.findByIdOptional(assessmentId)
                .orElseThrow(() -> ApiException.notFound(LETTER_FOR_ASSESSMENT, assessmentId));
        return new Issued(assessment, letter);
    }

    private String verificationUrl(RecommendationLetterEntity l) {
        return verificationBase + "/verify/letters/" + l.letterNumber + "?code="
                + URLEncoder.encode(l.verificationCode, StandardCharsets.UTF_8);
    }

    private static OffsetDateTime inZone(OffsetDateTime time) {
        return time.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime();
    }

    private RecommendationView view(RecommendationLetterEntity l, AssessmentEntity a) {
        return new RecommendationView(l.letterNumber, a.id, a.partnerId, a.applicantRef, Track.valueOf(a.track),
                a.total, a.criteriaVersion, inZone(l.issuedAt), l.issuedBy,
                l.revoked() ? LetterStatus.REVOKED : LetterStatus.VALID, verificationUrl(l),
                l.revoked() ? inZone(l.revokedAt) : null, l.revokedBy, l.revocationReason);
    }
}
