package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.eligibility.api.ApplicantFacts;
import cn.zgc.residence.eligibility.api.AssessmentView;
import cn.zgc.residence.eligibility.api.ChangeView;
import cn.zgc.residence.eligibility.api.EvaluationView;
import cn.zgc.residence.eligibility.api.FactorView;
import cn.zgc.residence.eligibility.api.MissingFactView;
import cn.zgc.residence.eligibility.api.PrerequisiteView;
import cn.zgc.residence.eligibility.api.RecommendationSummary;
import cn.zgc.residence.eligibility.api.SuggestionView;
import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.eligibility.domain.Outcome;
import cn.zgc.residence.eligibility.domain.Suggestion;
import cn.zgc.residence.common.i18n.Text;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Domain results as the API shows them, in the caller's language. */
final class AssessmentViews {

    private AssessmentViews() {
    }

    static AssessmentView assessment(UUID id, String partnerId, String applicantRef, Outcome o, ApplicantFacts facts,
            OffsetDateTime assessedAt, RecommendationSummary recommendation, Language lang) {
        return new AssessmentView(id, partnerId, applicantRef, o.track(), o.asOf(), o.criteriaVersion(), o.total(),
                o.maxTotal(), o.threshold(), o.eligible(), prerequisites(o, lang), factors(o, lang),
                missing(o, lang), facts, assessedAt, recommendation);
    }

    static EvaluationView evaluation(Outcome o, List<Suggestion> suggestions, Language lang) {
        return new EvaluationView(o.track(), o.asOf(), o.criteriaVersion(), o.total(), o.maxTotal(), o.threshold(),
                o.eligible(), prerequisites(o, lang), factors(o, lang), missing(o, lang),
                suggestions.stream().map(s -> suggestion(s, lang)).toList());
    }

    private static List<PrerequisiteView> prerequisites(Outcome o, Language lang) {
        return o.prerequisites().stream()
                .map(p -> new PrerequisiteView(p.code(), p.label().in(lang), p.met(), p.reason().in(lang)))
                .toList();
    }

    private static List<FactorView> factors(Outcome o, Language lang) {
        return o.factors().stream()
                .map(f -> new FactorView(f.code(), f.label().in(lang), f.field(), f.value(), text(f.band(), lang),
                        f.points(), f.maxPoints()))
                .toList();
    }

    private static List<MissingFactView> missing(Outcome o, Language lang) {
        return o.missingFacts().stream()
                .map(m -> new MissingFactView(m.field(), m.factor(), m.label().in(lang), m.worthUpTo()))
                .toList();
    }

    private static SuggestionView suggestion(Suggestion s, Language lang) {
        List<ChangeView> changes = s.changes().stream()
                .map(c -> new ChangeView(c.field(), c.factor(), c.factorLabel().in(lang), c.from(), c.to(),
                        c.band().in(lang), c.pointsAdded()))
                .toList();
        String joiner = lang == Language.ZH ? "；并且" : "; and ";
        String text = changes.stream().map(c -> sentence(c, lang)).collect(Collectors.joining(joiner))
                + (lang == Language.ZH
                ? "，共加" + s.pointsAdded() + "分，总分达到" + s.totalAfter() + "分"
                : ": +" + s.pointsAdded() + " points, " + s.totalAfter() + " in total");
        return new SuggestionView(changes, s.pointsAdded(), s.totalAfter(), text);
    }

    private static String sentence(ChangeView c, Language lang) {
        if (lang == Language.ZH) {
            return c.label() + "达到“" + c.band() + "”（" + c.field() + " = " + c.to() + "，加" + c.pointsAdded() + "分）";
        }
        return c.label() + " reaching \"" + c.band() + "\" (" + c.field() + " = " + c.to() + ", +"
                + c.pointsAdded() + ")";
    }

    private static String text(Text text, Language lang) {
        return text == null ? null : text.in(lang);
    }
}
