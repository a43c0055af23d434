package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class HallResourceTest {

    private static RequestSpecification partner() {
        return given().auth().oauth2(Tokens.partner("p-halls"));
    }

    @Test
    void listsTheSixHallsOfTheProcedure() {
        partner().when().get("/api/v1/halls")
                .then().statusCode(200)
                .body("$", hasSize(6))
                .body("id", hasItems("beijing-reception-hall", "zhongguancun-center", "shijingshan-center"))
                .body("find { it.id == 'chaoyang-center' }.district", equalTo("CHAOYANG"))
                .body("find { it.id == 'chaoyang-center' }.phone", equalTo("(8610) 84020101"))
                .body("find { it.id == 'chaoyang-center' }.complaintHotline", equalTo("(8610) 84015300"));
    }

    @Test
    void namesTheHallInChineseWhenAsked() {
        partner().header("Accept-Language", "zh-CN").when().get("/api/v1/halls/zhongguancun-center")
                .then().statusCode(200)
                .body("name", equalTo("中关村外籍人才出入境服务大厅"))
                .body("accepts.categoryName", hasItems("外国人永久居留"));
    }

    @Test
    void showsShijingshansRegularHoursWithTheLunchBreakAndAsOpenStreetMapValue() {
        partner().when().get("/api/v1/halls/shijingshan-center")
                .then().statusCode(200)
                .body("regularHours.weekly.MONDAY", contains("09:00-12:00", "13:30-17:00"))
                .body("regularHours.weekly.SUNDAY", equalTo(null))
                .body("regularHours.openingHours",
                        equalTo("Mo-Sa 09:00-12:00,13:30-17:00; PH unknown \"subject to further notice\""));
        partner().when().get("/api/v1/halls/beijing-reception-hall")
                .then().statusCode(200)
                .body("regularHours.openingHours", equalTo("Mo-Sa 09:00-17:00; PH unknown \"subject to further notice\""));
    }

    @Test
    void statesConditionAForPermanentResidenceInChaoyang() {
        partner().when().get("/api/v1/halls/chaoyang-center")
                .then().statusCode(200)
                .body("accepts.find { it.category == 'PERMANENT_RESIDENCE' }.condition",
                        equalTo("DEMONSTRATING_ENTITY_IN_HALL_DISTRICT"))
                .body("accepts.find { it.category == 'RESIDENCE_PERMIT_STUDY' }.condition", equalTo("NONE"));
    }

    /** Every hall and every category: the halls a query answers are exactly those that take it. */
    @ParameterizedTest(name = "{0} employer={1} demonstrating={2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PERMANENT_RESIDENCE               |             | false | beijing-reception-hall,zhongguancun-center
            PERMANENT_RESIDENCE               | CHAOYANG    | false | beijing-reception-hall,zhongguancun-center
            PERMANENT_RESIDENCE               | CHAOYANG    | true  | beijing-reception-hall,chaoyang-center,zhongguancun-center
            PERMANENT_RESIDENCE               | SHUNYI      | true  | beijing-reception-hall,shunyi-center,zhongguancun-center
            PERMANENT_RESIDENCE               | TONGZHOU    | true  | beijing-reception-hall,zhongguancun-center
            PERMANENT_RESIDENCE               | HAIDIAN     | true  | beijing-reception-hall,zhongguancun-center
            RESIDENCE_PERMIT_EMPLOYMENT       |             | false | beijing-reception-hall,chaoyang-center,shijingshan-center,shunyi-center,tongzhou-center,zhongguancun-center
            RESIDENCE_PERMIT_STUDY            |             | false | beijing-reception-hall,chaoyang-center,shijingshan-center,shunyi-center,tongzhou-center,zhongguancun-center
            RESIDENCE_PERMIT_FAMILY_REUNION   |             | false | beijing-reception-hall,chaoyang-center,shijingshan-center,shunyi-center,tongzhou-center,zhongguancun-center
            RESIDENCE_PERMIT_PRIVATE_BUSINESS |             | false | beijing-reception-hall,chaoyang-center,shijingshan-center,shunyi-center,tongzhou-center,zhongguancun-center
            RESIDENCE_PERMIT_EMPLOYMENT       | SHUNYI      | true  | beijing-reception-hall,chaoyang-center,shijingshan-center,shunyi-center,tongzhou-center,zhongguancun-center
            """)
    void routesEachCategoryToTheHallsThatTakeIt(String category, String employer, boolean demonstrating, String halls) {
        RequestSpecification request = partner().queryParam("category", category)
                .queryParam("demonstratingEntity", demonstrating);
        if (employer != null) {
            request.queryParam("employerDistrict", employer);
        }
        request.when().get("/api/v1/halls")
                .then().statusCode(200)
                .body("id", contains(halls.split(",")));
    }

    @ParameterizedTest(name = "open at {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-02T10:00:00+08:00 | 6
            2026-03-02T12:30:00+08:00 | 5
            2026-03-02T04:30:00Z      | 5
            2026-03-08T10:00:00+08:00 | 0
            2026-01-01T10:00:00+08:00 | 0
            2026-02-14T10:00:00+08:00 | 6
            """)
    void filtersTheHallsOpenAtAnInstant(String instant, int open) {
        partner().queryParam("openAt", instant).when().get("/api/v1/halls")
                .then().statusCode(200).body("$", hasSize(open));
    }

    @ParameterizedTest(name = "{0}={1} is refused")
    @CsvSource({
            "category, PERMANENT_RESIDENT",
            "employerDistrict, GOTHAM",
            "demonstratingEntity, yes",
            "openAt, 2026-03-02T10:00:00",
            "openAt, tomorrow"})
    void refusesMalformedFiltersNamingTheParameter(String parameter, String value) {
        partner().queryParam(parameter, value).when().get("/api/v1/halls")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:validation"))
                .body("errors.field", containsInAnyOrder(parameter));
    }

    @Test
    void answersNotFoundProblemForAnUnknownHall() {
        partner().when().get("/api/v1/halls/haidian-annex")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:not-found"))
                .body("title", equalTo("Not found"));
    }

    @Test
    void answersTheProblemTitleInChineseWhenTheCallerPrefersIt() {
        partner().header("Accept-Language", "en;q=0.4,zh-CN;q=0.9").when().get("/api/v1/halls/haidian-annex")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:not-found"))
                .body("title", equalTo("未找到"));
        partner().header("Accept-Language", "zh-Hans").queryParam("category", "NOT-A-CATEGORY").when().get("/api/v1/halls")
                .then().statusCode(400)
                .body("type", equalTo("urn:zgc:problem:validation"))
                .body("title", equalTo("请求无效"));
    }

    @Test
    void answersUnauthorizedProblemWithoutAToken() {
        given().when().get("/api/v1/halls")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:zgc:problem:unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void answersUnauthorizedProblemForAnExpiredToken() {
        given().auth().oauth2(Tokens.expired("p-halls"))
                .when().get("/api/v1/halls")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void answersNotFoundProblemForAnUnknownPath() {
        partner().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
