package cn.zgc.residence.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.ResumeRules;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResumeRulesTest {

    private static final LocalDate ACCEPTANCE = LocalDate.of(2026, 3, 10);
    private final ResumeRules rules = new ResumeRules();

    /** Entries as "from..to" ("from.." runs until now); expected reasons as "CODE@months" joined by ';'. */
    @ParameterizedTest(name = "{1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "2010-09 | 2010-09..2014-06 2014-07..                 | ''                                        | consecutive from 18 until now",
            "2010-09 | 2010-09..2014-06 2014-08..                 | RESUME_GAP@2014-07                        | a one-month gap",
            "2010-09 | 2010-10..2014-06 2014-07..                 | RESUME_GAP@2010-09                        | the month of turning 18 missing",
            "2010-09 | 2010-09..2014-06 2014-07..2026-02          | RESUME_GAP@2026-03                        | ends before the acceptance month",
            "2010-09 | 2010-09..2014-06 2014-06..                 | RESUME_OVERLAP@2014-06                    | a one-month overlap",
            "2010-09 | 2010-09..2012-01 2012-06..2015-12 2015-10..| RESUME_GAP@2012-02 to 2012-05;RESUME_OVERLAP@2015-10 to 2015-12 | a gap and an overlap, each by month",
    })
    void requiresAConsecutiveResumeFromAge18(YearMonth turned18, String entries, String expected, String why) {
        var metadata = new ResumeRules.Metadata(turned18, parse(entries), null);
        var reasons = rules.review(metadata, Examples.context("RESUME", ACCEPTANCE));
        List<String> rows = expected.isBlank() ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(reasons).as(why).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] parts = rows.get(i).split("@");
            assertThat(reasons.get(i).code()).isEqualTo(parts[0]);
            assertThat(reasons.get(i).en()).endsWith(parts[1]);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2014-07..2014-05        | entries[0].to   | an entry that ends before it starts",
            "2026-05..               | entries[0].from | an entry starting after the date it is checked at",
    })
    void refusesImpossibleEntries(String entries, String field, String why) {
        var metadata = new ResumeRules.Metadata(YearMonth.of(2010, 9), parse(entries), null);
        assertThat(rules.invalid(metadata, ACCEPTANCE)).as(why).extracting(e -> e.field()).containsExactly(field);
    }

    static List<ResumeRules.Entry> parse(String entries) {
        return Arrays.stream(entries.trim().split("\\s+")).map(e -> e.split("\\.\\.", -1))
                .map(e -> new ResumeRules.Entry(YearMonth.parse(e[0]),
                        e[1].isEmpty() ? null : YearMonth.parse(e[1]), "work"))
                .toList();
    }
}
