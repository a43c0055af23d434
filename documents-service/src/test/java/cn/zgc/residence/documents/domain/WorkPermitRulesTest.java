package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.domain.rules.Periods.DateRange;
import cn.zgc.residence.documents.domain.rules.WorkPermitRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkPermitRulesTest {

    private static final LocalDate ACCEPTANCE = LocalDate.of(2026, 3, 10);
    private static final List<DateRange> FOUR_YEARS = List.of(new DateRange(LocalDate.of(2022, 3, 10),
            LocalDate.of(2027, 3, 9)));
    private final WorkPermitRules rules = new WorkPermitRules();

    @BeforeAll
    static void keyTheDigests() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Holder.useKey(key);
    }

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
        // rules read stored documents: personal details as digests
        var permit = new WorkPermitRules.Metadata(WorkPermitRules.Kind.FOREIGNERS_WORK_PERMIT, employer, position,
                new Holder(name, passport), FOUR_YEARS, null).forStorage();
        var certificate = Examples.employment("Zhongguancun Lab Ltd", "Chief Scientist", "Anna Berg", "X1234567")
                .forStorage();
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
                "Chief Scientist", new Holder("anna berg", "X1234567"), FOUR_YEARS, null).forStorage();
        assertThat(digestedCertificate.holder().name()).startsWith("hmac-sha256:").doesNotContain("Anna");
        assertThat(rules.review(permit, Examples.context("WORK_PERMIT", ACCEPTANCE, digestedCertificate))).isEmpty();
    }

    @Test
    void neverTakesADigestSentByTheClientAsADigest() throws Exception {
        var certificate = Examples.employment("Lab", "Chief Scientist", "Anna Berg", "X1234567").forStorage();
        String unkeyed = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("ANNA BERG".getBytes(StandardCharsets.UTF_8)));
        var sentAsDigest = new WorkPermitRules.Metadata(WorkPermitRules.Kind.ALIEN_EMPLOYMENT_PERMIT, "Lab",
                "Chief Scientist", new Holder(unkeyed, "X1234567"), FOUR_YEARS, null).forStorage();
        assertThat(sentAsDigest.holder().name()).isNotEqualTo(certificate.holder().name());
        assertThat(rules.review(sentAsDigest, Examples.context("WORK_PERMIT", ACCEPTANCE, certificate)))
                .extracting(Reason::code).containsExactly("WORK_PERMIT_MISMATCH:holder.name");
    }

    @Test
    void aMigratedUnkeyedDigestEqualsTheKeyedDigestOfTheSameValue() throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Holder.useKey(key);
        String unkeyed = "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("X1234567".getBytes(StandardCharsets.UTF_8)));
        assertThat(Holder.keyed(unkeyed, key)).isEqualTo(new Holder("A", " x1234567 ").digested().passportNumber());
        byte[] other = key.clone();
        other[0] ^= 1;
        assertThat(Holder.keyed(unkeyed, other)).isNotEqualTo(Holder.keyed(unkeyed, key));
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
