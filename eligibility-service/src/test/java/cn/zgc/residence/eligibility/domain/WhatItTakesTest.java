package cn.zgc.residence.eligibility.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.eligibility.Applicants;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WhatItTakesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);

    /** 65 points: other high-tech field instead of AI; 5 short. */
    private static Outcome talent65() {
        return ScoringEngine.assess(Baseline.VERSION, Track.TECHNICAL_TALENT,
                Applicants.talent70().with(FactKey.FIELD, "OTHER_HIGH_TECH").facts(), AS_OF);
    }

    @Test
    void suggestsNothingForAnApplicantOnTheThreshold() {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, Track.TECHNICAL_TALENT,
                Applicants.talent70().facts(), AS_OF);
        assertEquals(List.of(), ScoringEngine.whatItTakes(Baseline.VERSION, outcome, 10));
    }

    @Test
    void listsSingleChangesFirstWithTheirSmallestSufficientBand() {
        Outcome outcome = talent65();
        assertEquals(65, outcome.total());
        List<Suggestion> suggestions = ScoringEngine.whatItTakes(Baseline.VERSION, outcome, 50);
        Suggestion first = suggestions.get(0);
        assertEquals(1, first.changes().size());
        assertEquals(5, first.pointsAdded(), "the field reaching 'urgently needed' adds exactly the 5 missing");
        assertEquals("field", first.changes().get(0).field());
        assertEquals("ARTIFICIAL_INTELLIGENCE", first.changes().get(0).to());
        Map<String, String> singleTargets = suggestions.stream().filter(s -> s.changes().size() == 1)
                .collect(Collectors.toMap(s -> s.changes().get(0).factor(), s -> s.changes().get(0).to()));
        assertEquals("1000000", singleTargets.get("salary"), "salary jumps to the 1 million band (+6), not beyond");
        assertEquals("4", singleTargets.get("chinese-proficiency"), "HSK 3 (+4) is not enough alone, HSK 4 (+7) is");
    }

    @Test
    void pairsOnlyChangesThatAreNotEnoughAloneAndCannotBeSmaller() {
        List<Suggestion> suggestions = ScoringEngine.whatItTakes(Baseline.VERSION, talent65(), 200);
        List<Suggestion> pairs = suggestions.stream().filter(s -> s.changes().size() == 2).toList();
        assertFalse(pairs.isEmpty());
        for (Suggestion pair : pairs) {
            assertTrue(pair.totalAfter() >= 70);
            pair.changes().forEach(c -> assertTrue(c.pointsAdded() < 5, c + " alone would suffice"));
        }
        assertTrue(pairs.stream().anyMatch(p -> p.changes().stream().map(Suggestion.Change::factor).toList()
                .equals(List.of("patents", "awards"))), "a third patent (+4) and an award (+4)");
    }

    @Test
    void neverAsksAnApplicantToChangeTheirAge() {
        Outcome outcome = ScoringEngine.assess(Baseline.VERSION, Track.TECHNICAL_TALENT,
                Applicants.talent70().with(FactKey.AGE, 60).facts(), AS_OF);
        assertEquals(62, outcome.total());
        ScoringEngine.whatItTakes(Baseline.VERSION, outcome, 200).forEach(s -> s.changes()
                .forEach(c -> assertFalse(c.field().equals("age"), s.toString())));
    }

    @Test
    void keepsToTheLimit() {
        assertEquals(3, ScoringEngine.whatItTakes(Baseline.VERSION, talent65(), 3).size());
    }
}
