package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
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
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("ZGC-\\d{4}-\\d{6}");
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Z2-7]+");

    private final RecommendationLetterRepository letters;
    private final AssessmentRepository assessments;

    public LetterRegister(RecommendationLetterRepository letters, AssessmentRepository assessments) {
        this.letters = letters;
        this.assessments = assessments;
    }

    @Transactional
    public LetterCheckView check(String number, String code) {
        // the form of a number and of a code is public: input of another form is refused, and says nothing of letters
        if (number == null || number.length() > LONGEST || !NUMBER.matcher(number).matches()) {
            throw ApiException.invalid("number", new Text("a letter number reads ZGC-<year>-<6 digits>",
                    "推荐函编号的格式为 ZGC-<年份>-<6 位数字>"));
        }
        if (code != null && (code.length() > LONGEST || !CODE.matcher(code).matches())) {
            throw ApiException.invalid("code", new Text("a verification code is letters A-Z and digits 2-7 (base32)",
                    "验证码由字母 A-Z 和数字 2-7 组成（base32）"));
        }
        if (code == null) {
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
