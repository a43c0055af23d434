package cn.zgc.residence.eligibility;

import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.eligibility.domain.FactKey;
import cn.zgc.residence.eligibility.domain.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The test applicants of this module, scored against the baseline criteria. {@link #talent70()} and
 * {@link #teamMember70()} sit exactly on the threshold; the builder changes one fact at a time.
 */
public final class Applicants {

    private final Map<FactKey, Object> facts = new EnumMap<>(FactKey.class);

    private Applicants() {
    }

    /** 16 doctorate + 10 age 35 + 12 experience 10 + 10 salary 500,000 + 4 one patent + 4 one certificate
     *  + 10 AI + 4 one year in Zhongguancun = 70. */
    public static Applicants talent70() {
        return new Applicants()
                .with(FactKey.EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE, true)
                .with(FactKey.POSITION, "DIRECTOR")
                .with(FactKey.HEADS_RND_TEAM, false)
                .with(FactKey.EDUCATION, "DOCTORATE")
                .with(FactKey.AGE, 35)
                .with(FactKey.YEARS_OF_RELEVANT_EXPERIENCE, 10)
                .with(FactKey.PREVIOUS_YEAR_SALARY_CNY, new BigDecimal("500000.00"))
                .with(FactKey.INVENTION_PATENTS, 1)
                .with(FactKey.AWARDS, 0)
                .with(FactKey.INTERNATIONAL_CERTIFICATES, 1)
                .with(FactKey.FIELD, "ARTIFICIAL_INTELLIGENCE")
                .with(FactKey.YEARS_IN_ZHONGGUANCUN, 1)
                .with(FactKey.HSK_LEVEL, 0);
    }

    /** 16 chief executive + 14 shareholding 20% + 14 four patents + 12 six advanced degrees + 8 funding 5 million
     *  + 3 valuation 10 million + 3 tax 500,000 = 70 (growth negative, 5 employees: 0). */
    public static Applicants teamMember70() {
        return new Applicants()
                .with(FactKey.COMPANY_REGISTERED_IN_ZHONGGUANCUN, true)
                .with(FactKey.INDUSTRY, "STRATEGIC_EMERGING")
                .with(FactKey.POSITION, "CHIEF_EXECUTIVE")
                .with(FactKey.SHAREHOLDING_PERCENT, new BigDecimal("20"))
                .with(FactKey.INVENTION_PATENTS, 4)
                .with(FactKey.CORE_TEAM_ADVANCED_DEGREES, 6)
                .with(FactKey.FUNDING_RAISED_CNY, new BigDecimal("5000000"))
                .with(FactKey.COMPANY_VALUATION_CNY, new BigDecimal("10000000"))
                .with(FactKey.TAX_PAID_CNY, new BigDecimal("500000"))
                .with(FactKey.REVENUE_GROWTH_PERCENT, new BigDecimal("-5"))
                .with(FactKey.EMPLOYEES, 5);
    }

    public Applicants with(FactKey key, Object value) {
        facts.put(key, value);
        return this;
    }

    public Applicants without(FactKey key) {
        facts.remove(key);
        return this;
    }

    public Facts facts() {
        return Facts.of(facts);
    }

    /** The facts as the API takes them; years in Zhongguancun become a start date that many years before today. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        facts.forEach((key, value) -> {
            if (key == FactKey.YEARS_IN_ZHONGGUANCUN) {
                LocalDate today = LocalDate.now(BusinessClock.ZONE);
                json.put(key.field(), today.minusYears(((Number) value).longValue()).toString());
            } else {
                json.put(key.field(), value);
            }
        });
        return json;
    }
}
