package cn.zgc.residence.eligibility.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The facts about an applicant that criteria may refer to: the request field that carries each, its kind, and
 * for numbers the lowest valid value (numeric bands start there and run without gaps to no upper end).
 */
public enum FactKey {
    COMPANY_REGISTERED_IN_ZHONGGUANCUN("companyRegisteredInZhongguancun", Kind.FLAG, null, null, true),
    INDUSTRY("industry", Kind.CATEGORY, null, Categories.Industry.class, true),
    POSITION("position", Kind.CATEGORY, null, Categories.Position.class, true),
    SHAREHOLDING_PERCENT("shareholdingPercent", Kind.NUMBER, BigDecimal.ZERO, null, true),
    FUNDING_RAISED_CNY("fundingRaisedCny", Kind.NUMBER, BigDecimal.ZERO, null, true),
    COMPANY_VALUATION_CNY("companyValuationCny", Kind.NUMBER, BigDecimal.ZERO, null, true),
    REVENUE_GROWTH_PERCENT("revenueGrowthPercent", Kind.NUMBER, BigDecimal.valueOf(-100), null, true),
    EMPLOYEES("employees", Kind.NUMBER, BigDecimal.ZERO, null, true),
    TAX_PAID_CNY("taxPaidCny", Kind.NUMBER, BigDecimal.ZERO, null, true),
    CORE_TEAM_ADVANCED_DEGREES("coreTeamAdvancedDegrees", Kind.NUMBER, BigDecimal.ZERO, null, true),
    INVENTION_PATENTS("inventionPatents", Kind.NUMBER, BigDecimal.ZERO, null, true),
    EMPLOYER_ZHONGGUANCUN_HIGH_TECH_IN_SCOPE("employerZhongguancunHighTechInScope", Kind.FLAG, null, null, true),
    HEADS_RND_TEAM("headsRndTeam", Kind.FLAG, null, null, true),
    EDUCATION("education", Kind.CATEGORY, null, Categories.Education.class, true),
    // nobody can change their age, so no suggestion asks for it
    AGE("age", Kind.NUMBER, BigDecimal.valueOf(18), null, false),
    YEARS_OF_RELEVANT_EXPERIENCE("yearsOfRelevantExperience", Kind.NUMBER, BigDecimal.ZERO, null, true),
    PREVIOUS_YEAR_SALARY_CNY("previousYearSalaryCny", Kind.NUMBER, BigDecimal.ZERO, null, true),
    AWARDS("awards", Kind.NUMBER, BigDecimal.ZERO, null, true),
    INTERNATIONAL_CERTIFICATES("internationalCertificates", Kind.NUMBER, BigDecimal.ZERO, null, true),
    FIELD("field", Kind.CATEGORY, null, Categories.TechField.class, true),
    /** Full years from the request's {@code zhongguancunEmploymentSince} date to the assessment date. */
    YEARS_IN_ZHONGGUANCUN("zhongguancunEmploymentSince", Kind.NUMBER, BigDecimal.ZERO, null, true),
    HSK_LEVEL("hskLevel", Kind.NUMBER, BigDecimal.ZERO, null, true);

    public enum Kind { FLAG, NUMBER, CATEGORY }

    private final String field;
    private final Kind kind;
    private final BigDecimal lowest;
    private final List<String> categories;
    private final boolean changeable;

    FactKey(String field, Kind kind, BigDecimal lowest, Class<? extends Enum<?>> categories, boolean changeable) {
        this.field = field;
        this.kind = kind;
        this.lowest = lowest;
        this.categories = categories == null ? List.of()
                : Arrays.stream(categories.getEnumConstants()).map(Enum::name).toList();
        this.changeable = changeable;
    }

    /** The request field (under {@code facts}) that carries this fact. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    /** For numbers: the lowest valid value, where the first band of a factor starts. */
    public BigDecimal lowest() {
        return lowest;
    }

    /** For categories: every value, in order. */
    public List<String> categories() {
        return categories;
    }

    /** Whether an applicant can change the fact, so that a suggestion may name it. */
    public boolean changeable() {
        return changeable;
    }
}
