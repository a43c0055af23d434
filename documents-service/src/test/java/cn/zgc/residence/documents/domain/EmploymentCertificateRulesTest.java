package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules;
import cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules.Rank;
import cn.zgc.residence.documents.domain.rules.Holder;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmploymentCertificateRulesTest {

    private final EmploymentCertificateRules rules = new EmploymentCertificateRules();

    @ParameterizedTest(name = "{0} since {1}: {3}")
    @CsvSource({
            "ASSOCIATE_PROFESSOR,      2022-03-10, '',                  held exactly 4 years",
            "ASSOCIATE_RESEARCHER,     2020-01-01, '',                  held 6 years",
            "EQUAL_TREATMENT_POSITION, 2021-05-01, '',                  a position of equal treatment",
            "PROFESSOR,                2022-03-11, POST_HELD_TOO_SHORT, one day short of 4 years",
            "OTHER,                    2020-01-01, POST_NOT_QUALIFYING, a post below associate level",
    })
    void requiresAQualifyingPostHeldForFourYears(Rank rank, LocalDate heldSince, String expected, String why) {
        var metadata = new EmploymentCertificateRules.Metadata("Lab", "Chief", rank, heldSince,
                LocalDate.of(2026, 1, 5), new Holder("A", "1"), null);
        var reasons = rules.review(metadata, Examples.context("EMPLOYMENT_CERTIFICATE", LocalDate.of(2026, 3, 10)));
        if (expected.isBlank()) {
            assertThat(reasons).as(why).isEmpty();
        } else {
            assertThat(reasons).as(why).extracting(Reason::code).containsExactly(expected);
        }
    }
}
