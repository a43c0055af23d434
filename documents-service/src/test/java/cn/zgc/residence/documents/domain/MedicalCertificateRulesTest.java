package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.MedicalCertificateRules;
import cn.zgc.residence.documents.domain.rules.MedicalCertificateRules.Issuer;
import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MedicalCertificateRulesTest {

    private final MedicalCertificateRules rules = new MedicalCertificateRules();

    @ParameterizedTest(name = "issued {0}, accepted {1}: {2} ({3})")
    @CsvSource({
            "2026-03-10, 2026-03-10, SATISFIED, issued on the acceptance date",
            "2025-09-10, 2026-03-10, SATISFIED, exactly 6 months before",
            "2025-09-09, 2026-03-10, NOT_SATISFIED, 6 months and one day before",
            "2026-02-28, 2026-08-31, SATISFIED, exactly 6 months before when the month is shorter",
            "2026-02-27, 2026-08-31, NOT_SATISFIED, one day over when the month is shorter",
            "2024-01-01, 2026-03-10, NOT_SATISFIED, two years old",
    })
    void acceptsMedicalCertificateIssuedWithinSixMonthsBeforeAcceptance(LocalDate issuedOn, LocalDate asOf,
            RulesVerdict expected, String why) {
        var metadata = new MedicalCertificateRules.Metadata(Issuer.DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT, issuedOn,
                Examples.GOOD_PHOTOCOPY);
        ReviewContext context = new ReviewContext(asOf, Examples.PARAMETERS,
                Examples.type("MEDICAL_CERTIFICATE", true), java.util.Optional.empty());
        assertThat(DocumentReview.review(rules, metadata, context, Examples.a4File("MEDICAL_CERTIFICATE")).verdict()).as(why).isEqualTo(expected);
    }

    @Test
    void rejectsMedicalCertificateOlderThanSixMonthsNamingTheEarliestDate() {
        var metadata = new MedicalCertificateRules.Metadata(Issuer.DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT,
                LocalDate.of(2025, 9, 9), Examples.GOOD_PHOTOCOPY);
        var reasons = rules.review(metadata, Examples.context("MEDICAL_CERTIFICATE", LocalDate.of(2026, 3, 10)));
        assertThat(reasons).extracting(Reason::code).containsExactly("MEDICAL_CERTIFICATE_TOO_OLD");
        assertThat(reasons.get(0).en()).contains("2025-09-10");
    }

    @Test
    void usesTheWindowOfTheRuleParametersOfTheDate() {
        var metadata = new MedicalCertificateRules.Metadata(Issuer.DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT,
                LocalDate.of(2025, 12, 9), Examples.GOOD_PHOTOCOPY);
        var threeMonths = new ReviewContext(LocalDate.of(2026, 3, 10),
                Examples.parameters("MEDICAL_MAX_AGE_MONTHS", 3),
                Examples.type("MEDICAL_CERTIFICATE", true), java.util.Optional.empty());
        assertThat(rules.review(metadata, threeMonths)).extracting(Reason::code)
                .containsExactly("MEDICAL_CERTIFICATE_TOO_OLD");
    }

    @ParameterizedTest(name = "foreign institution, certified {0}: {1}")
    @CsvSource({"true, SATISFIED", "false, NOT_SATISFIED"})
    void requiresConsularCertificationOfAForeignInstitutionsCertificate(boolean certified, RulesVerdict expected) {
        var metadata = new MedicalCertificateRules.Metadata(Issuer.FOREIGN_MEDICAL_INSTITUTION,
                LocalDate.of(2026, 1, 10), new Presentation(false, "zh", certified, false, true, true));
        ReviewContext context = new ReviewContext(LocalDate.of(2026, 3, 10), Examples.PARAMETERS,
                Examples.type("MEDICAL_CERTIFICATE", true), java.util.Optional.empty());
        assertThat(DocumentReview.review(rules, metadata, context, Examples.a4File("MEDICAL_CERTIFICATE")).verdict()).isEqualTo(expected);
    }

    @Test
    void refusesACertificateIssuedAfterTheDateItIsCheckedAt() {
        var metadata = new MedicalCertificateRules.Metadata(Issuer.DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT,
                LocalDate.of(2026, 3, 11), null);
        assertThat(rules.invalid(metadata, LocalDate.of(2026, 3, 10)))
                .extracting(e -> e.field()).containsExactly("issuedOn");
    }
}
