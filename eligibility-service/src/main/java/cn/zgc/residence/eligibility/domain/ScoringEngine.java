package cn.zgc.residence.eligibility.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Scores an applicant's facts against a criteria version: pure, so that a result can be recomputed exactly. */
public final class ScoringEngine {

    private ScoringEngine() {
    }

    public static Outcome assess(CriteriaVersion version, Track track, Facts facts, LocalDate asOf) {
        TrackCriteria criteria = version.track(track);
        List<Outcome.PrerequisiteOutcome> prerequisites = criteria.prerequisites().stream()
                .map(p -> {
                    boolean met = p.metBy(facts);
                    return new Outcome.PrerequisiteOutcome(p.code(), p.label(), met, met ? p.label() : p.unmetReason());
                })
                .toList();
        List<Outcome.FactorScore> scores = new ArrayList<>();
        List<Outcome.MissingFact> missing = new ArrayList<>();
        for (Factor factor : criteria.factors()) {
            Object value = facts.get(factor.fact()).orElse(null);
            Band band = value == null ? null : factor.bandFor(value).orElse(null);
            if (value == null) {
                missing.add(new Outcome.MissingFact(factor.fact().field(), factor.code(), factor.label(),
                        factor.maxPoints()));
            }
            scores.add(new Outcome.FactorScore(factor.code(), factor.label(), factor.fact().field(),
                    value == null ? null : Facts.display(value), band == null ? null : band.label(),
                    band == null ? 0 : band.points(), factor.maxPoints()));
        }
        int total = scores.stream().mapToInt(Outcome.FactorScore::points).sum();
        boolean prerequisitesMet = prerequisites.stream().allMatch(Outcome.PrerequisiteOutcome::met);
        return new Outcome(version.id(), track, asOf, prerequisites, List.copyOf(scores), total,
                criteria.maxPoints(), version.threshold(), prerequisitesMet && total >= version.threshold(),
                List.copyOf(missing));
    }

    /**
     * What it takes to reach the threshold: each single fact change that suffices (its lowest sufficient band),
     * then pairs of changes where neither alone suffices and neither could be a smaller step; fewest points first.
     */
    public static List<Suggestion> whatItTakes(CriteriaVersion version, Outcome outcome, int limit) {
        int gap = outcome.threshold() - outcome.total();
        if (gap <= 0) {
            return List.of();
        }
        TrackCriteria criteria = version.track(outcome.track());
        List<List<Step>> stepsByFactor = new ArrayList<>();
        for (int i = 0; i < criteria.factors().size(); i++) {
            Factor factor = criteria.factors().get(i);
            Outcome.FactorScore current = outcome.factors().get(i);
            stepsByFactor.add(factor.fact().changeable() ? steps(factor, current) : List.of());
        }
        List<Suggestion> singles = new ArrayList<>();
        List<Suggestion> pairs = new ArrayList<>();
        for (int i = 0; i < stepsByFactor.size(); i++) {
            stepsByFactor.get(i).stream().filter(s -> s.change.pointsAdded() >= gap).findFirst()
                    .ifPresent(s -> singles.add(suggestion(outcome, List.of(s.change))));
            for (int j = i + 1; j < stepsByFactor.size(); j++) {
                for (Step a : stepsByFactor.get(i)) {
                    for (Step b : stepsByFactor.get(j)) {
                        int sum = a.change.pointsAdded() + b.change.pointsAdded();
                        boolean enough = sum >= gap && a.change.pointsAdded() < gap && b.change.pointsAdded() < gap;
                        boolean smallest = a.lowerGain + b.change.pointsAdded() < gap
                                && a.change.pointsAdded() + b.lowerGain < gap;
                        if (enough && smallest) {
                            pairs.add(suggestion(outcome, List.of(a.change, b.change)));
                        }
                    }
                }
            }
        }
        Comparator<Suggestion> fewestPoints = Comparator.comparingInt(Suggestion::pointsAdded);
        singles.sort(fewestPoints);
        pairs.sort(fewestPoints);
        List<Suggestion> all = new ArrayList<>(singles);
        all.addAll(pairs);
        return all.size() > limit ? List.copyOf(all.subList(0, limit)) : List.copyOf(all);
    }

    /** A better band of one factor, with the gain of the next smaller step (0 for no change). */
    private record Step(Suggestion.Change change, int lowerGain) {
    }

    private static List<Step> steps(Factor factor, Outcome.FactorScore current) {
        List<Band> better = factor.bands().stream()
                .filter(b -> b.points() > current.points())
                .filter(b -> target(factor, b) != null)
                .sorted(Comparator.comparingInt(Band::points))
                .toList();
        List<Step> steps = new ArrayList<>();
        int lowerGain = 0;
        for (Band band : better) {
            int gain = band.points() - current.points();
            if (!steps.isEmpty() && steps.get(steps.size() - 1).change.pointsAdded() == gain) {
                continue; // two bands worth the same: the first (lower) one is the smaller change
            }
            steps.add(new Step(new Suggestion.Change(factor.fact().field(), factor.code(), factor.label(),
                    current.value(), target(factor, band), band.label(), gain), lowerGain));
            lowerGain = gain;
        }
        return steps;
    }

    private static String target(Factor factor, Band band) {
        if (factor.fact().kind() == FactKey.Kind.NUMBER) {
            return band.min() == null ? null : Facts.display(band.min());
        }
        return band.values() == null || band.values().isEmpty() ? null : band.values().get(0);
    }

    private static Suggestion suggestion(Outcome outcome, List<Suggestion.Change> changes) {
        int added = changes.stream().mapToInt(Suggestion.Change::pointsAdded).sum();
        return new Suggestion(changes, added, outcome.total() + added);
    }
}
