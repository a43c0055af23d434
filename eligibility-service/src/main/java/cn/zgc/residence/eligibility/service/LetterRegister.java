package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.eligibility.api.LetterCheckView;
import cn.zgc.residence.eligibility.api.LetterStatus;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.letter.VerificationCodes;
import cn.zgc.residence.eligibility.repository.AssessmentRepository;
import cn.zgc.residence.eligibility.repository.RecommendationLetterEntity;
import cn.zgc.residence.eligibility.repository.RecommendationLetterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The public check of a letter against the register (never against the document): only the number together with
 * its verification code answers VALID or REVOKED; anything else is UNKNOWN, so numbers cannot be probed.
 */
@ApplicationScoped
public class LetterRegister {

    /** Longer input is never a letter number or code; answered UNKNOWN without a database read. */
    private static final int LONGEST = 64;

    private final RecommendationLetterRepository letters;
    private final AssessmentRepository assessments;

    public LetterRegister(RecommendationLetterRepository letters, AssessmentRepository assessments) {
        this.letters = letters;
        this.assessments = assessments;
    }

    @Transactional
    public LetterCheckView check(String number, String code) {
        if (number == null || code == null || number.length() > LONGEST || code.length() > LONGEST) {
            return LetterCheckView.unknown();
        }
        return letters.findByNumber(number)
                .filter(letter -> VerificationCodes.matches(letter.verificationCode, code))
                .map(this::check)
                .orElseGet(LetterCheckView::unknown);
    }

    private LetterCheckView check(RecommendationLetterEntity letter) {
        Track track = Track.valueOf(assessments.findById(letter.assessmentId).track);
        return new LetterCheckView(letter.revoked() ? LetterStatus.REVOKED : LetterStatus.VALID, day(letter.issuedAt),
                track, letter.revoked() ? day(letter.revokedAt) : null);
    }

    private static LocalDate day(OffsetDateTime time) {
        return time.atZoneSameInstant(BusinessClock.ZONE).toLocalDate();
    }
}
