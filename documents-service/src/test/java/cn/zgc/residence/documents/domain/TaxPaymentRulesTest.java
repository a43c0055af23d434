package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.Periods.MonthRange;
import cn.zgc.residence.documents.domain.rules.TaxPaymentRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaxPaymentRulesTest {

    private static final LocalDate ACCEPTANCE = LocalDate.of(2026, 3, 10);
    private final TaxPaymentRules rules = new TaxPaymentRules();

    /** Periods as "from..to" separated by spaces; expected reasons as "code@months" separated by spaces. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2022-03..2026-02                   | ''                                    | the 48 months before March 2026",
            "2022-03..2023-12 2024-01..2026-02  | ''                                    | two certificates meeting exactly",
            "2022-03..2024-04 2024-06..2026-02  | TAX_PERIOD_GAP@2024-05                | 4 tax years with one month missing",
            "2022-04..2026-02                   | TAX_PERIOD_GAP@2022-03                | the first month missing",
            "2022-03..2026-01                   | TAX_PERIOD_GAP@2026-02                | the last month before application missing",
            "2021-01..2026-05                   | ''                                    | more than required",
            "2022-03..2023-02 2024-03..2026-02  | TAX_PERIOD_GAP@2023-03 to 2024-02     | a whole year missing",
    })
    void requiresFourConsecutiveTaxYearsBeforeTheApplication(String periods, String expected, String why) {
        var metadata = new TaxPaymentRules.Metadata(true, parse(periods), Examples.GOOD_PHOTOCOPY);
        var reasons = rules.review(metadata, Examples.context("TAX_CERTIFICATES", ACCEPTANCE));
        List<String> expectedCodes = expected.isBlank() ? List.of() : Arrays.asList(expected.split(" (?=[A-Z_]+@)"));
        assertThat(reasons).as(why).hasSize(expectedCodes.size());
        for (int i = 0; i < expectedCodes.size(); i++) {
            String[] parts = expectedCodes.get(i).split("@");
            assertThat(reasons.get(i).code()).isEqualTo(parts[0]);
            assertThat(reasons.get(i).en()).contains("for " + parts[1] + " ");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-05, 2024-04, periods[0].to", "2026-03, 2026-04, periods[0].to"})
    void refusesImpossiblePeriods(YearMonth from, YearMonth to, String field) {
        var metadata = new TaxPaymentRules.Metadata(true, List.of(new MonthRange(from, to)), null);
        assertThat(rules.invalid(metadata, ACCEPTANCE)).extracting(e -> e.field()).containsExactly(field);
    }

    static List<MonthRange> parse(String periods) {
        return Arrays.stream(periods.trim().split("\\s+")).map(p -> p.split("\\.\\."))
                .map(p -> new MonthRange(YearMonth.parse(p[0]), YearMonth.parse(p[1]))).toList();
    }
}
