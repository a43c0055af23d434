package cn.zgc.residence.eligibility.letter;

import cn.zgc.residence.eligibility.domain.Track;
import java.time.OffsetDateTime;

/**
 * What a recommendation letter prints: everything comes from the register, so the same letter always gives the
 * same document. The applicant is named by the partner's reference only.
 */
public record Letter(String number, OffsetDateTime issuedAt, Track track, int total, int threshold,
        String criteriaVersion, String applicantRef, String verificationCode, String verificationUrl) {
}
