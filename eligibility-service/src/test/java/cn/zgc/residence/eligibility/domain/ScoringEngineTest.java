package cn.zgc.residence.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import cn.zgc.residence.eligibility.Applicants;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoringEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    static Stream<Arguments> totalsAroundTheThreshold() {
        return Stream.of(
                Arguments.of(named("talent one point short: other high-tech field (5) and one award (4)",
                        Applicants.talent70().with(FactKey.FIELD, "OTHER_HIGH_TECH").with(FactKey.AWARDS, 1)),
                        Track.TECHNICAL_TALENT, 69, false),
                Arguments.of(named("talent exactly on the threshold", Applicants.talent70()),
                        Track.TECHNICAL_TALENT, 70, true),
                Arguments.of(named("talent one point over: other high-tech field (5) and two awards (6)",
                        Applicants.talent70().with(FactKey.FIELD, "OTHER_HIGH_TECH").with(FactKey.AWARDS, 2)),
                        Track.TECHNICAL_TALENT, 71, true),
                Arguments.of(named("team member one point short: no tax band (0), 10 employees (2)",
                        Applicants.teamMember70().with(FactKey.TAX_PAID_CNY, BigDecimal.ZERO).with(FactKey.EMPLOYEES, 10)),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER, 69, false),
                Arguments.of(named("team member exactly on the threshold", Applicants.teamMember70()),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER, 70, true),
                Arguments.of(named("team member one point over: no tax band (0), 50 employees (4)",
                        Applicants.teamMember70().with(FactKey.TAX_PAID_CNY, BigDecimal.ZERO).with(FactKey.EMPLOYEES, 50)),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER, 71, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void totalsAroundTheThreshold(Applicants applicant, Track track, int total, boolean eligible) {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, track, applicant.facts(), AS_OF);
        assertEquals(total, outcome.total());
        assertEquals(eligible, outcome.eligible());
        assertEquals(70, outcome.threshold());
        assertEquals(100, outcome.maxTotal());
    }

    static Stream<Arguments> eachUnmetPrerequisiteAloneMakesIneligible() {
        return Stream.of(
                Arguments.of(named("company registered outside Zhongguancun",
                        Applicants.teamMember70().with(FactKey.COMPANY_REGISTERED_IN_ZHONGGUANCUN, false)),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER, "company-registered-in-zhongguancun"),
                Arguments.of(named("company in neither a strategic emerging nor a modern service industry",
                        Applicants.teamMember70().with(FactKey.INDUSTRY, "OTHER")),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER, "strategic-emerging-or-modern-service-industry"),
                Arguments.of(named("team member below director level holding 4.99% of the shares",
                        Applicants.teamMember70().with(FactKey.POSITION, "MANAGER")
                                .with(FactKey.SHAREHOLDING_PERCENT, new BigDecimal("4.99"))
                                .with(FactKey.REVENUE_GROWTH_PERCENT, new BigDecimal("80")).with(FactKey.EMPLOYEES, 500)
                                .with(FactKey.FUNDING_RAISED_CNY, new BigDecimal("20000000"))
                                .with(FactKey.COMPANY_VALUATION_CNY, new BigDecimal("200000000"))
                                .with(FactKey.TAX_PAID_CNY, new BigDecimal("10000000"))),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER, "director-or-five-percent-shareholder"),
                Arguments.of(named("employer not a Zhongguancun high-tech enterprise in the statistical scope",
                        Applicants.talent70().with(FactKey.EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE, false)),
                        Track.TECHNICAL_TALENT, "employer-zhongguancun-high-tech-in-scope"),
                Arguments.of(named("talent below director level not heading an R&D team",
                        Applicants.talent70().with(FactKey.POSITION, "STAFF").with(FactKey.HEADS_RND_TEAM, false)),
                        Track.TECHNICAL_TALENT, "director-or-rnd-team-head"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachUnmetPrerequisiteAloneMakesIneligible(Applicants applicant, Track track, String unmet) {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, track, applicant.facts(), AS_OF);
        assertTrue(outcome.total() >= 70, "the score alone would be enough: " + outcome.total());
        assertFalse(outcome.eligible());
        List<String> unmetCodes = outcome.prerequisites().stream().filter(p -> !p.met())
                .map(Outcome.PrerequisiteOutcome::code).toList();
        assertEquals(List.of(unmet), unmetCodes);
        Outcome.PrerequisiteOutcome failed = outcome.prerequisites().stream().filter(p -> !p.met()).findFirst().get();
        assertTrue(failed.reason().complete(), "the reason is given in English and Chinese");
    }

    static Stream<Arguments> eitherAlternativeMeetsARolePrerequisite() {
        return Stream.of(
                Arguments.of(named("manager holding exactly 5% of the shares",
                        Applicants.teamMember70().with(FactKey.POSITION, "MANAGER")
                                .with(FactKey.SHAREHOLDING_PERCENT, new BigDecimal("5")).with(FactKey.EMPLOYEES, 500)
                                .with(FactKey.REVENUE_GROWTH_PERCENT, new BigDecimal("80"))
                                .with(FactKey.FUNDING_RAISED_CNY, new BigDecimal("20000000"))
                                .with(FactKey.COMPANY_VALUATION_CNY, new BigDecimal("200000000"))),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER),
                Arguments.of(named("director holding no shares",
                        Applicants.teamMember70().with(FactKey.POSITION, "DIRECTOR")
                                .with(FactKey.SHAREHOLDING_PERCENT, BigDecimal.ZERO).with(FactKey.EMPLOYEES, 500)
                                .with(FactKey.REVENUE_GROWTH_PERCENT, new BigDecimal("80"))
                                .with(FactKey.FUNDING_RAISED_CNY, new BigDecimal("20000000"))
                                .with(FactKey.COMPANY_VALUATION_CNY, new BigDecimal("200000000"))),
                        Track.ENTREPRENEURIAL_TEAM_MEMBER),
                Arguments.of(named("staff member heading a dedicated R&D team",
                        Applicants.talent70().with(FactKey.POSITION, "STAFF").with(FactKey.HEADS_RND_TEAM, true)),
                        Track.TECHNICAL_TALENT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eitherAlternativeMeetsARolePrerequisite(Applicants applicant, Track track) {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, track, applicant.facts(), AS_OF);
        assertTrue(outcome.prerequisitesMet(), () -> outcome.prerequisites().toString());
        assertTrue(outcome.eligible(), "total " + outcome.total());
    }

    /** Every band of every baseline factor: its lowest value earns its points, a step below earns the band before. */
    static Stream<Arguments> everyBandEdgeOfTheBaseline() {
        List<Arguments> rows = new ArrayList<>();
        for (Track track : Track.values()) {
            Applicants base = track == Track.TECHNICAL_TALENT ? Applicants.talent70() : Applicants.teamMember70();
            for (Factor factor : Baseline.VERSION.track(track).factors()) {
                for (int i = 0; i < factor.bands().size(); i++) {
                    Band band = factor.bands().get(i);
                    if (factor.fact().kind() == FactKey.Kind.CATEGORY) {
                        for (String value : band.values()) {
                            rows.add(row(track, base, factor, value, band.points(), "is in band " + band.label().en()));
                        }
                        continue;
                    }
                    rows.add(row(track, base, factor, band.min(), band.points(),
                            "is the lowest value of band " + band.label().en()));
                    if (i > 0) {
                        BigDecimal below = band.min().subtract(step(factor.fact()));
                        rows.add(row(track, base, factor, below, factor.bands().get(i - 1).points(),
                                "is just below band " + band.label().en()));
                    }
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void everyBandEdgeOfTheBaseline(Track track, Applicants applicant, String factorCode, int points) {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, track, applicant.facts(), AS_OF);
        Outcome.FactorScore score = outcome.factors().stream().filter(f -> f.code().equals(factorCode)).findFirst()
                .orElseThrow();
        assertEquals(points, score.points());
    }

    static Stream<Arguments> namedBandEdges() {
        return Stream.of(
                Arguments.of(named("salary 499,999.99 is still CNY 300,000 to 500,000",
                        FactKey.PREVIOUS_YEAR_SALARY_CNY), new BigDecimal("499999.99"), "salary", 6),
                Arguments.of(named("salary 500,000 starts CNY 500,000 to 1 million",
                        FactKey.PREVIOUS_YEAR_SALARY_CNY), new BigDecimal("500000"), "salary", 10),
                Arguments.of(named("age 45 is the last year of 30 to 45", FactKey.AGE), new BigDecimal("45"), "age", 10),
                Arguments.of(named("age 46 starts 46 to 55", FactKey.AGE), new BigDecimal("46"), "age", 6),
                Arguments.of(named("age 18 is the youngest band", FactKey.AGE), new BigDecimal("18"), "age", 6),
                Arguments.of(named("HSK level 6 earns the full 10", FactKey.HSK_LEVEL), new BigDecimal("6"),
                        "chinese-proficiency", 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void namedBandEdges(FactKey fact, BigDecimal value, String factorCode, int points) {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, Track.TECHNICAL_TALENT,
                Applicants.talent70().with(fact, value).facts(), AS_OF);
        assertEquals(points, outcome.factors().stream().filter(f -> f.code().equals(factorCode)).findFirst()
                .orElseThrow().points());
    }

    @Test
    void listsAMissingScoredFactWithWhatItCouldHaveBeenWorth() {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, Track.TECHNICAL_TALENT,
                Applicants.talent70().without(FactKey.PREVIOUS_YEAR_SALARY_CNY).facts(), AS_OF);
        assertEquals(60, outcome.total());
        assertEquals(1, outcome.missingFacts().size());
        Outcome.MissingFact missing = outcome.missingFacts().get(0);
        assertEquals("previousYearSalaryCny", missing.field());
        assertEquals(16, missing.worthUpTo());
    }

    @Test
    void givesTheSameResultEveryTime() {
        Facts facts = Applicants.teamMember70().facts();
        assertEquals(ScoringEngine.assess(Baseline.VERSION, Track.ENTREPRENEURIAL_TEAM_MEMBER, facts, AS_OF),
                ScoringEngine.assess(Baseline.VERSION, Track.ENTREPRENEURIAL_TEAM_MEMBER, facts, AS_OF));
    }

    private static Arguments row(Track track, Applicants base, Factor factor, Object value, int points, String why) {
        Applicants applicant = copy(base).with(factor.fact(), value);
        return Arguments.of(named(factor.code() + " " + Facts.display(value) + " " + why + " (" + points
                + " points)", track), applicant, factor.code(), points);
    }

    private static BigDecimal step(FactKey fact) {
        return fact.name().endsWith("_CNY") || fact.name().endsWith("_PERCENT") ? new BigDecimal("0.01") : BigDecimal.ONE;
    }

    /** A fresh builder of the same kind: builders are mutable. */
    private static Applicants copy(Applicants base) {
        return base.facts().has(FactKey.EDUCATION) ? Applicants.talent70() : Applicants.teamMember70();
    }
}
