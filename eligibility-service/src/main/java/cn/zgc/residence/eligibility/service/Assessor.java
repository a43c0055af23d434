package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.eligibility.api.ApplicantFacts;
import cn.zgc.residence.eligibility.config.EligibilityConfig;
import cn.zgc.residence.eligibility.domain.CriteriaVersion;
import cn.zgc.residence.eligibility.domain.FactKey;
import cn.zgc.residence.eligibility.domain.Facts;
import cn.zgc.residence.eligibility.domain.Outcome;
import cn.zgc.residence.eligibility.domain.ScoringEngine;
import cn.zgc.residence.eligibility.domain.Suggestion;
import cn.zgc.residence.eligibility.domain.Track;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns request facts into domain facts and scores them against the version in effect; reads criteria from the
 * catalog only, so that an evaluation needs no database.
 */
@ApplicationScoped
public class Assessor {

    private final CriteriaCatalog catalog;
    private final int suggestionLimit;

    private final Clock clock;

    public Assessor(CriteriaCatalog catalog, EligibilityConfig config, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.suggestionLimit = config.suggestionLimit();
    }

    public record Assessed(CriteriaVersion version, Outcome outcome) {
    }

    /** Today in Beijing, from the system's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The criteria in memory, when they may be used without reading the database. */
    public Optional<CriteriaCatalog.Snapshot> criteriaInMemory() {
        return catalog.inMemory();
    }

    /** Checks the facts against the track, then scores them as of the date; 400 naming each bad field. */
    public Assessed assess(Track track, LocalDate asOf, ApplicantFacts facts) {
        return assess(catalog.inEffectOn(asOf), track, asOf, facts);
    }

    /** The same with criteria already in memory: reads nothing from the database. */
    public Assessed assess(CriteriaCatalog.Snapshot criteria, Track track, LocalDate asOf, ApplicantFacts facts) {
        return assess(criteria.inEffectOn(asOf), track, asOf, facts);
    }

    private Assessed assess(Optional<CriteriaVersion> inEffect, Track track, LocalDate asOf, ApplicantFacts facts) {
        CriteriaVersion version = inEffect.orElseThrow(() -> ApiException.unprocessable(new Text(
                "No criteria version is in effect on " + asOf, asOf + " 没有生效的评估标准版本")));
        List<FieldError> errors = new ArrayList<>();
        LocalDate since = facts.zhongguancunEmploymentSince();
        if (since != null && since.isAfter(today())) {
            errors.add(new FieldError("facts.zhongguancunEmploymentSince",
                    new Text("must not be in the future", "不得晚于今天")));
        } else if (since != null && since.isAfter(asOf)) {
            errors.add(new FieldError("facts.zhongguancunEmploymentSince",
                    new Text("must not be after asOf " + asOf, "不得晚于评估日期 asOf " + asOf)));
        }
        Facts domainFacts = toFacts(facts, asOf);
        for (FactKey required : version.track(track).requiredFacts()) {
            if (!domainFacts.has(required)) {
                errors.add(new FieldError("facts." + required.field(),
                        new Text("is required for track " + track, "申请类别 " + track + " 必填")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new Assessed(version, ScoringEngine.assess(version, track, domainFacts, asOf));
    }

    /** The same facts scored again with the given version and date: a stored result must come out identical. */
    public Outcome recompute(CriteriaVersion version, Track track, LocalDate asOf, ApplicantFacts facts) {
        return ScoringEngine.assess(version, track, toFacts(facts, asOf), asOf);
    }

    /** A published version by id (stored assessments name theirs). */
    public CriteriaVersion version(String id) {
        return catalog.byId(id).map(CriteriaCatalog.Published::version)
                .orElseThrow(() -> ApiException.notFound(CriteriaService.CRITERIA_VERSION, id));
    }

    public List<Suggestion> whatItTakes(Assessed assessed) {
        return ScoringEngine.whatItTakes(assessed.version(), assessed.outcome(), suggestionLimit);
    }

    static Facts toFacts(ApplicantFacts f, LocalDate asOf) {
        Map<FactKey, Object> values = new EnumMap<>(FactKey.class);
        put(values, FactKey.COMPANY_REGISTERED_IN_ZHONGGUANCUN, f.companyRegisteredInZhongguancun());
        put(values, FactKey.INDUSTRY, f.industry());
        put(values, FactKey.POSITION, f.position());
        put(values, FactKey.SHAREHOLDING_PERCENT, f.shareholdingPercent());
        put(values, FactKey.FUNDING_RAISED_CNY, f.fundingRaisedCny());
        put(values, FactKey.COMPANY_VALUATION_CNY, f.companyValuationCny());
        put(values, FactKey.REVENUE_GROWTH_PERCENT, f.revenueGrowthPercent());
        put(values, FactKey.EMPLOYEES, f.employees());
        put(values, FactKey.TAX_PAID_CNY, f.taxPaidCny());
        put(values, FactKey.CORE_TEAM_ADVANCED_DEGREES, f.coreTeamAdvancedDegrees());
        put(values, FactKey.INVENTION_PATENTS, f.inventionPatents());
        put(values, FactKey.EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE, f.employerZhongguancunHighTechInScope());
        put(values, FactKey.HEADS_RND_TEAM, f.headsRndTeam());
        put(values, FactKey.EDUCATION, f.education());
        put(values, FactKey.AGE, f.age());
        put(values, FactKey.YEARS_OF_RELEVANT_EXPERIENCE, f.yearsOfRelevantExperience());
        put(values, FactKey.PREVIOUS_YEAR_SALARY_CNY, f.previousYearSalaryCny());
        put(values, FactKey.AWARDS, f.awards());
        put(values, FactKey.INTERNATIONAL_CERTIFICATES, f.internationalCertificates());
        put(values, FactKey.FIELD, f.field());
        LocalDate since = f.zhongguancunEmploymentSince();
        if (since != null && !since.isAfter(asOf)) {
            put(values, FactKey.YEARS_IN_ZHONGGUANCUN, Period.between(since, asOf).getYears());
        }
        put(values, FactKey.HSK_LEVEL, f.hskLevel());
        return Facts.of(values);
    }

    private static void put(Map<FactKey, Object> values, FactKey key, Object value) {
        if (value != null) {
            values.put(key, value);
        }
    }
}
