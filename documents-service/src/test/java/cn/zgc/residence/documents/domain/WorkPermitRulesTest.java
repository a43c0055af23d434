package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.domain.rules.Periods.DateRange;
import cn.zgc.residence.documents.domain.rules.WorkPermitRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkPermitRulesTest {

    private static final LocalDate ACCEPTANCE = LocalDate.of(2026, 3, 10);
    private static final List<DateRange> FOUR_YEARS = List.of(new DateRange(LocalDate.of(2022, 3, 10),
            LocalDate.of(2027, 3, 9)));
    private final WorkPermitRules rules = new WorkPermitRules();

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', value = {
            "Zhongguancun Lab Ltd | Chief Scientist   | Anna Berg  | X1234567 | everything matches                  | ''",
            "zhongguancun  lab ltd| chief scientist   | ANNA  BERG | x1234567 | differs only in case and spacing    | ''",
            "Zhongguancun Lab Ltd | Senior Engineer   | Anna Berg  | X1234567 | the position differs                | WORK_PERMIT_MISMATCH:position",
            "Other Company        | Chief Scientist   | Anna Berg  | X1234567 | the employer differs                | WORK_PERMIT_MISMATCH:employer",
            "Other Company        | Senior Engineer   | Anna Smith | Y7654321 | every field differs                 | WORK_PERMIT_MISMATCH:employer WORK_PERMIT_MISMATCH:position WORK_PERMIT_MISMATCH:holder.name WORK_PERMIT_MISMATCH:holder.passportNumber",
    })
    void reportsEachFieldThatDiffersFromTheEmploymentCertificate(String employer, String position, String name,
            String passport, String why, String expected) {
        var permit = new WorkPermitRules.Metadata(WorkPermitRules.Kind.FOREIGNERS_WORK_PERMIT, employer, position,
                new Holder(name, passport), FOUR_YEARS, null);
        var certificate = Examples.employment("Zhongguancun Lab Ltd", "Chief Scientist", "Anna Berg", "X1234567");
        var reasons = rules.review(permit, Examples.context("WORK_PERMIT", ACCEPTANCE, certificate));
        assertThat(reasons).as(why).extracting(Reason::code)
                .containsExactlyElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void comparesPersonalDetailsStoredOnlyAsDigests() {
        var certificate = Examples.employment("Lab", "Chief Scientist", "Anna Berg", "X1234567");
        var digestedCertificate = new cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules.Metadata(
                certificate.employer(), certificate.position(), certificate.rank(), certificate.heldSince(),
                certificate.issuedOn(), certificate.holder().digested(), null);
        var permit = new WorkPermitRules.Metadata(WorkPermitRules.Kind.ALIEN_EMPLOYMENT_PERMIT, "Lab",
                "Chief Scientist", new Holder("anna berg", "X1234567"), FOUR_YEARS, null);
        assertThat(digestedCertificate.holder().name()).startsWith("sha256:").doesNotContain("Anna");
        assertThat(rules.review(permit, Examples.context("WORK_PERMIT", ACCEPTANCE, digestedCertificate))).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "2022-03-10..2027-03-09                       | ''                                  | valid from exactly 4 years before",
            "2022-03-11..2027-03-09                       | 2022-03-10                          | valid from one day short of 4 years",
            "2022-03-01..2024-02-29 2024-03-02..2027-01-01| 2024-03-01                          | a one-day gap between two permits",
            "2022-03-01..2026-03-09                       | 2026-03-10                          | expired the day before application",
    })
    void requiresFourConsecutiveYearsOfValidity(String periods, String gap, String why) {
        List<DateRange> validity = java.util.Arrays.stream(periods.trim().split("\\s+")).map(p -> p.split("\\.\\."))
                .map(p -> new DateRange(LocalDate.parse(p[0]), LocalDate.parse(p[1]))).toList();
        var permit = new WorkPermitRules.Metadata(WorkPermitRules.Kind.FOREIGN_EXPERT_CERTIFICATE, "Lab", "Chief",
                new Holder("A", "1"), validity, null);
        var reasons = rules.review(permit, Examples.context("WORK_PERMIT", ACCEPTANCE,
                Examples.employment("Lab", "Chief", "A", "1")));
        if (gap.isBlank()) {
            assertThat(reasons).as(why).isEmpty();
        } else {
            assertThat(reasons).as(why).extracting(Reason::code).containsExactly("WORK_PERMIT_GAP");
            assertThat(reasons.get(0).en()).as(why).contains("from " + gap);
        }
    }

    @Test
    void cannotAcceptAPermitBeforeTheEmploymentCertificateIsThere() {
        var permit = new WorkPermitRules.Metadata(WorkPermitRules.Kind.FOREIGNERS_WORK_PERMIT, "Lab", "Chief",
                new Holder("A", "1"), FOUR_YEARS, null);
        assertThat(rules.review(permit, Examples.context("WORK_PERMIT", ACCEPTANCE))).extracting(Reason::code)
                .containsExactly("EMPLOYMENT_CERTIFICATE_NEEDED");
    }
}
