package cn.zgc.residence.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.eligibility.domain.FactKey;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.testsupport.LanguageWalk;
import cn.zgc.residence.testsupport.Tokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Every operation of eligibility, in Chinese and in English: no problem title or detail, no field message, no
 * prerequisite reason, factor label or suggestion is left in the other language. Real ids (an assessment with its
 * letter, one eligible without, one below the threshold) make some answers views.
 */
@QuarkusTest
class LanguageWalkTest {

    private static final Logger LOG = Logger.getLogger(LanguageWalkTest.class);

    @Test
    void everyOperationAnswersInTheCallersLanguage() throws Exception {
        Requests.Issued letter = Requests.issued("APP-WALK");
        String eligible = Requests.created(letter.partner(), "APP-WALK-2", Track.TECHNICAL_TALENT, Applicants.talent70());
        Applicants weaker = Applicants.talent70().with(FactKey.EDUCATION, "BACHELOR")
                .with(FactKey.EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE, false);
        String belowThreshold = Requests.created(letter.partner(), "APP-WALK-3", Track.TECHNICAL_TALENT, weaker);
        String evaluation = new ObjectMapper().writeValueAsString(Map.of("track", "TECHNICAL_TALENT",
                "facts", Applicants.talent70().with(FactKey.EDUCATION, "BACHELOR").json()));
        String code = letter.verificationUrl().replaceAll(".*[?&]code=([^&]+).*", "$1");

        LanguageWalk.Report report = LanguageWalk.service()
                .token("partner", Tokens.partner(letter.partner()))
                .pathValue("id", letter.assessmentId(), eligible, belowThreshold, "baseline-2024")
                .pathValue("number", letter.letterNumber())
                .queryValue("code", code, "not-base32!")
                .queryValue("assessmentId", letter.assessmentId(), "not-a-uuid")
                .queryValue("changedOnly", "maybe")
                .queryValue("size", "1000")
                .body("POST /api/v1/assessments/evaluate", evaluation)
                // a publication's example would change the criteria every other test of the run assesses with
                .withoutExample("POST /api/v1/criteria")
                // the committee's reason for a revocation, and the audit log's lines, are stored as written
                .storedAsWritten("revocationReason", "items[].detail")
                .walk();
        LOG.info(report.summary());

        report.assertBothLanguages();
        assertThat(report.answers("GET /api/v1/assessments/{id}")).anyMatch(LanguageWalk.Answer::view);
        assertThat(report.answers("POST /api/v1/assessments/evaluate")).anyMatch(LanguageWalk.Answer::view);
        assertThat(report.answers("GET /api/v1/criteria/{id}")).anyMatch(LanguageWalk.Answer::view);
    }
}
