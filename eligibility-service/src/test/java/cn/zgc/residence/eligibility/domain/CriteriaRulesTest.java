package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Named.named;

import cn.zgc.residence.common.problem.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CriteriaRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String TALENT = "tracks.TECHNICAL_TALENT";

    private static CriteriaVersion future() {
        return Baseline.dated("zgc-2027", LocalDate.of(2027, 1, 1), null);
    }

    @Test
    void acceptsTheBaselineAsANewFutureVersion() {
        assertEquals(List.of(), CriteriaRules.check(future(), TODAY));
    }

    static Stream<Arguments> rejectsAVersionThatBreaksARule() {
        return Stream.of(
                Arguments.of(named("a gap between two salary bands",
                        talentFactor(3, f -> withBand(f, 2, b -> new Band(new BigDecimal("600000"), b.max(),
                                b.values(), b.points(), b.label())))), TALENT + ".factors[3].bands[2].min"),
                Arguments.of(named("two salary bands overlapping",
                        talentFactor(3, f -> withBand(f, 2, b -> new Band(new BigDecimal("400000"), b.max(),
                                b.values(), b.points(), b.label())))), TALENT + ".factors[3].bands[2].min"),
                Arguments.of(named("the last band with an upper end",
                        talentFactor(3, f -> withBand(f, 3, b -> new Band(b.min(), new BigDecimal("9000000"),
                                b.values(), b.points(), b.label())))), TALENT + ".factors[3].bands[3].max"),
                Arguments.of(named("a category left out (education DOCTORATE)",
                        talentFactor(0, f -> withBand(f, 3, b -> new Band(null, null, List.of("MASTER"), b.points(),
                                b.label())))), TALENT + ".factors[0].bands[3].values"),
                Arguments.of(named("a band without its Chinese label",
                        talentFactor(1, f -> withBand(f, 0, b -> new Band(b.min(), b.max(), b.values(), b.points(),
                                new Text("18 to 29", ""))))), TALENT + ".factors[1].bands[0].label"),
                Arguments.of(named("a band label of 501 characters",
                        talentFactor(1, f -> withBand(f, 0, b -> new Band(b.min(), b.max(), b.values(), b.points(),
                                new Text("18 to 29", "岁".repeat(501)))))), TALENT + ".factors[1].bands[0].label"),
                Arguments.of(named("factors worth 104 in all (education doctorate 20)",
                        talentFactor(0, f -> withBand(f, 3, b -> new Band(b.min(), b.max(), b.values(), 20,
                                b.label())))), TALENT + ".factors"),
                Arguments.of(named("a threshold of 101",
                        new CriteriaVersion("zgc-2027", future().title(), future().effectiveFrom(), null, 101,
                                future().tracks())), "threshold"),
                Arguments.of(named("a start today, which could change today's results",
                        Baseline.dated("zgc-2027", TODAY, null)), "effectiveFrom"),
                Arguments.of(named("an end before the start",
                        Baseline.dated("zgc-2027", LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31))), "effectiveTo"),
                Arguments.of(named("a track left out",
                        new CriteriaVersion("zgc-2027", future().title(), future().effectiveFrom(), null, 70,
                                Map.of(Track.TECHNICAL_TALENT, future().track(Track.TECHNICAL_TALENT)))),
                        "tracks.ENTREPRENEURIAL_TEAM_MEMBER"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejectsAVersionThatBreaksARule(CriteriaVersion version, String field) {
        List<FieldError> errors = CriteriaRules.check(version, TODAY);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals(field)), () -> field + " not in " + errors);
    }

    static Stream<Arguments> datesAgainstPublishedVersions() {
        CriteriaVersion open2024 = Baseline.dated("baseline", LocalDate.of(2024, 1, 1), null);
        CriteriaVersion bounded2028 = Baseline.dated("y2028", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
        return Stream.of(
                Arguments.of(named("a later start ends the open-ended version", LocalDate.of(2027, 1, 1)), null,
                        List.of(open2024), List.of(), "baseline"),
                Arguments.of(named("a bounded version inside another bounded one", LocalDate.of(2028, 6, 1)),
                        LocalDate.of(2028, 7, 1), List.of(bounded2028), List.of("y2028"), null),
                Arguments.of(named("an open end running into a later version", LocalDate.of(2027, 1, 1)), null,
                        List.of(open2024, bounded2028), List.of("y2028"), "baseline"),
                Arguments.of(named("a version after a bounded one", LocalDate.of(2029, 1, 1)), null,
                        List.of(bounded2028), List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void datesAgainstPublishedVersions(LocalDate from, LocalDate to, List<CriteriaVersion> published,
            List<String> overlapping, String superseded) {
        CriteriaVersion candidate = Baseline.dated("new", from, to);
        assertEquals(overlapping, CriteriaRules.overlapping(candidate, published));
        assertEquals(superseded, CriteriaRules.supersedes(candidate, published).map(CriteriaVersion::id).orElse(null));
    }

    private static CriteriaVersion talentFactor(int index, UnaryOperator<Factor> change) {
        CriteriaVersion base = future();
        TrackCriteria talent = base.track(Track.TECHNICAL_TALENT);
        List<Factor> factors = new ArrayList<>(talent.factors());
        factors.set(index, change.apply(factors.get(index)));
        Map<Track, TrackCriteria> tracks = new EnumMap<>(base.tracks());
        tracks.put(Track.TECHNICAL_TALENT, new TrackCriteria(talent.prerequisites(), factors));
        return new CriteriaVersion(base.id(), base.title(), base.effectiveFrom(), null, base.threshold(), tracks);
    }

    private static Factor withBand(Factor factor, int index, UnaryOperator<Band> change) {
        List<Band> bands = new ArrayList<>(factor.bands());
        bands.set(index, change.apply(bands.get(index)));
        return new Factor(factor.code(), factor.fact(), factor.label(), bands);
    }
}
