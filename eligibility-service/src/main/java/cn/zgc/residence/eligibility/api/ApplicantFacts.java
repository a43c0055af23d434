package cn.zgc.residence.eligibility.api;

import cn.zgc.residence.eligibility.domain.Categories.Education;
import cn.zgc.residence.eligibility.domain.Categories.Industry;
import cn.zgc.residence.eligibility.domain.Categories.Position;
import cn.zgc.residence.eligibility.domain.Categories.TechField;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a partner tells about an applicant. The prerequisite facts of the chosen track are required; a scored fact
 * left out earns no points and is listed as missing. Facts of the other track are ignored. Money in CNY.
 */
@Schema(description = "Facts about the applicant; which ones count depends on the track")
public record ApplicantFacts(
        @Schema(description = "Team member: the company is registered in Zhongguancun")
        Boolean companyRegisteredInZhongguancun,
        @Schema(description = "Team member: the company's industry")
        Industry industry,
        @Schema(description = "The applicant's position; DIRECTOR is a director-level manager (总监)")
        Position position,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal shareholdingPercent,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        BigDecimal fundingRaisedCny,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        BigDecimal companyValuationCny,
        @Schema(description = "Revenue growth over the previous year, percent")
        @DecimalMin("-100") @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
        BigDecimal revenueGrowthPercent,
        @Min(0) @Max(10_000_000)
        Integer employees,
        @Schema(description = "Tax the company paid in the previous year, CNY")
        @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        BigDecimal taxPaidCny,
        @Schema(description = "Core team members with a master's degree or doctorate")
        @Min(0) @Max(10_000)
        Integer coreTeamAdvancedDegrees,
        @Min(0) @Max(10_000)
        Integer inventionPatents,
        @Schema(description = "Technical talent: the employer is a Zhongguancun high-tech enterprise within the statistical scope")
        Boolean employerZhongguancunHighTechInScope,
        @Schema(description = "Technical talent: heads a dedicated technical R&D team")
        Boolean headsRndTeam,
        Education education,
        @Min(18) @Max(100)
        Integer age,
        @Min(0) @Max(80)
        Integer yearsOfRelevantExperience,
        @DecimalMin("0") @Digits(integer = 15, fraction = 2)
        BigDecimal previousYearSalaryCny,
        @Schema(description = "Science and technology awards at provincial level or above")
        @Min(0) @Max(1_000)
        Integer awards,
        @Min(0) @Max(1_000)
        Integer internationalCertificates,
        TechField field,
        @Schema(description = "Since when the applicant works in Zhongguancun; not after today or asOf")
        LocalDate zhongguancunEmploymentSince,
        @Schema(description = "HSK level, 0 for none")
        @Min(0) @Max(9)
        Integer hskLevel) {
}
