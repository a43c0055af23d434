package cn.zgc.residence.offices.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HallRoutingTest {

    private static final Map<String, Hall> HALLS = HallData.halls().stream()
            .collect(Collectors.toMap(Hall::id, Function.identity()));

    private static final ApplicantFacts NO_CONDITION = ApplicantFacts.UNKNOWN;

    @ParameterizedTest(name = "{0} takes {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            beijing-reception-hall | PERMANENT_RESIDENCE               | true  | the bureau's hall takes every category
            beijing-reception-hall | RESIDENCE_PERMIT_EMPLOYMENT       | true  | the bureau's hall takes every category
            beijing-reception-hall | RESIDENCE_PERMIT_STUDY            | true  | the bureau's hall takes every category
            beijing-reception-hall | RESIDENCE_PERMIT_FAMILY_REUNION   | true  | the bureau's hall takes every category
            beijing-reception-hall | RESIDENCE_PERMIT_PRIVATE_BUSINESS | true  | the bureau's hall takes every category
            zhongguancun-center    | PERMANENT_RESIDENCE               | true  | the Zhongguancun centre takes every category
            zhongguancun-center    | RESIDENCE_PERMIT_EMPLOYMENT       | true  | the Zhongguancun centre takes every category
            zhongguancun-center    | RESIDENCE_PERMIT_STUDY            | true  | the Zhongguancun centre takes every category
            zhongguancun-center    | RESIDENCE_PERMIT_FAMILY_REUNION   | true  | the Zhongguancun centre takes every category
            zhongguancun-center    | RESIDENCE_PERMIT_PRIVATE_BUSINESS | true  | the Zhongguancun centre takes every category
            chaoyang-center        | PERMANENT_RESIDENCE               | false | only under condition (a)
            chaoyang-center        | RESIDENCE_PERMIT_EMPLOYMENT       | true  | (b) residence permits
            chaoyang-center        | RESIDENCE_PERMIT_STUDY            | true  | (b) residence permits
            chaoyang-center        | RESIDENCE_PERMIT_FAMILY_REUNION   | true  | (b) residence permits
            chaoyang-center        | RESIDENCE_PERMIT_PRIVATE_BUSINESS | true  | (b) residence permits
            shunyi-center          | PERMANENT_RESIDENCE               | false | only under condition (a)
            shunyi-center          | RESIDENCE_PERMIT_EMPLOYMENT       | true  | (b) residence permits
            shunyi-center          | RESIDENCE_PERMIT_STUDY            | true  | (b) residence permits
            shunyi-center          | RESIDENCE_PERMIT_FAMILY_REUNION   | true  | (b) residence permits
            shunyi-center          | RESIDENCE_PERMIT_PRIVATE_BUSINESS | true  | (b) residence permits
            tongzhou-center        | PERMANENT_RESIDENCE               | false | only (b) residence permits
            tongzhou-center        | RESIDENCE_PERMIT_EMPLOYMENT       | true  | (b) residence permits
            tongzhou-center        | RESIDENCE_PERMIT_STUDY            | true  | (b) residence permits
            tongzhou-center        | RESIDENCE_PERMIT_FAMILY_REUNION   | true  | (b) residence permits
            tongzhou-center        | RESIDENCE_PERMIT_PRIVATE_BUSINESS | true  | (b) residence permits
            shijingshan-center     | PERMANENT_RESIDENCE               | false | only (b) residence permits
            shijingshan-center     | RESIDENCE_PERMIT_EMPLOYMENT       | true  | (b) residence permits
            shijingshan-center     | RESIDENCE_PERMIT_STUDY            | true  | (b) residence permits
            shijingshan-center     | RESIDENCE_PERMIT_FAMILY_REUNION   | true  | (b) residence permits
            shijingshan-center     | RESIDENCE_PERMIT_PRIVATE_BUSINESS | true  | (b) residence permits
            """)
    void routesEveryHallAndCategoryWithoutCondition(String hall, String category, boolean takes, String reason) {
        assertThat(HALLS.get(hall).takes(category, NO_CONDITION).isPresent()).as(reason).isEqualTo(takes);
    }

    @ParameterizedTest(name = "{0} takes permanent residence from a demonstrating entity in {1}: {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            chaoyang-center        | CHAOYANG    | true  | condition (a) in the hall's own district
            chaoyang-center        | SHUNYI      | false | condition (a) holds only in the hall's own district
            shunyi-center          | SHUNYI      | true  | condition (a) in the hall's own district
            shunyi-center          | CHAOYANG    | false | condition (a) holds only in the hall's own district
            tongzhou-center        | TONGZHOU    | false | Tongzhou has no condition (a)
            shijingshan-center     | SHIJINGSHAN | false | Shijingshan has no condition (a)
            beijing-reception-hall | HAIDIAN     | true  | the bureau's hall takes it anyway
            zhongguancun-center    | CHAOYANG    | true  | the Zhongguancun centre takes it anyway
            """)
    void routesPermanentResidenceUnderConditionA(String hall, District employer, boolean takes, String reason) {
        ApplicantFacts demonstrating = new ApplicantFacts(employer, true);
        assertThat(HALLS.get(hall).takes("PERMANENT_RESIDENCE", demonstrating).isPresent()).as(reason).isEqualTo(takes);
    }

    @ParameterizedTest(name = "{0}: an employer in its district that is not a demonstrating entity gives no (a)")
    @CsvSource({"chaoyang-center, CHAOYANG", "shunyi-center, SHUNYI"})
    void needsTheDemonstratingEntityForConditionA(String hall, District employer) {
        assertThat(HALLS.get(hall).takes("PERMANENT_RESIDENCE", new ApplicantFacts(employer, false))).isEmpty();
    }
}
