package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.ResidencePermitRules;
import cn.zgc.residence.documents.domain.rules.ResidencePermitRules.Permit;
import cn.zgc.residence.documents.domain.rules.ResidencePermitRules.Purpose;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidencePermitRulesTest {

    private final ResidencePermitRules rules = new ResidencePermitRules();

    @ParameterizedTest(name = "{4}")
    @CsvSource({
            "EMPLOYMENT, true,  2022-03-10, '',                           Beijing employment permits from exactly 4 years before",
            "EMPLOYMENT, true,  2022-03-11, RESIDENCE_PERMIT_GAP,         one day short of 4 years",
            "STUDY,      true,  2022-03-10, PERMIT_NOT_FOR_EMPLOYMENT RESIDENCE_PERMIT_GAP, a study permit does not count",
            "EMPLOYMENT, false, 2022-03-10, PERMIT_NOT_ISSUED_IN_BEIJING RESIDENCE_PERMIT_GAP, a permit from another city does not count",
    })
    void requiresBeijingEmploymentPermitsForThePastFourYears(Purpose purpose, boolean beijing, LocalDate from,
            String expected, String why) {
        var metadata = new ResidencePermitRules.Metadata(List.of(
                new Permit(purpose, beijing, from, LocalDate.of(2024, 12, 31)),
                new Permit(Purpose.EMPLOYMENT, true, LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))), null);
        var reasons = rules.review(metadata, Examples.context("RESIDENCE_PERMITS", LocalDate.of(2026, 3, 10)));
        assertThat(reasons).as(why).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }
}
