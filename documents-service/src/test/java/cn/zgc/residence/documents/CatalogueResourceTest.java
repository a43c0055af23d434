package cn.zgc.residence.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {

    @Test
    void listsEveryMaterialOfTheProcedureWithItsDatedParameters() {
        given().auth().oauth2(Tokens.partner("p-catalogue"))
                .when().get("/api/v1/document-types")
                .then().statusCode(200)
                .body("$", hasSize(13))
                .body("code", hasItems("PHOTOS", "MEDICAL_CERTIFICATE", "WORK_PERMIT", "RESUME",
                        "NATURALIZATION_CHINESE_PASSPORT"))
                .body("find { it.code == 'MEDICAL_CERTIFICATE' }.parameters[0].name", equalTo("MEDICAL_MAX_AGE_MONTHS"))
                .body("find { it.code == 'MEDICAL_CERTIFICATE' }.parameters[0].value", equalTo(6))
                .body("find { it.code == 'UNIVERSITY_APPROVAL' }.appliesWhen", equalTo("KEY_UNIVERSITY_EMPLOYER"));
    }

    @Test
    void answersInChineseWhenAskedTo() {
        given().auth().oauth2(Tokens.partner("p-catalogue")).header("Accept-Language", "zh-CN,zh;q=0.9")
                .when().get("/api/v1/document-types")
                .then().statusCode(200)
                .body("find { it.code == 'MEDICAL_CERTIFICATE' }.name", equalTo("健康证明"));
    }

    @Test
    void hasNoRulesBeforeTheBaselineTookEffect() {
        given().auth().oauth2(Tokens.partner("p-catalogue")).queryParam("asOf", "2015-12-31")
                .when().get("/api/v1/document-types")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void personalisesTheChecklistWithReasonsAttentionAndBlockingConditions() {
        Map<String, Object> facts = Map.of("track", "TECHNICAL_TALENT", "employerKind", "HIGHER_EDUCATION_INSTITUTION",
                "keyUniversity", true, "formerChineseCitizen", true, "wantsChineseNameOnCard", true,
                "holdsChineseHouseholdRegistration", true, "nationality", "CAN", "documentLanguages", List.of("en"));
        given().auth().oauth2(Tokens.partner("p-checklist")).contentType(ContentType.JSON)
                .body(Map.of("facts", facts))
                .when().post("/api/v1/checklists")
                .then().statusCode(200)
                .body("items.code", hasItems("PUBLIC_INSTITUTION_CERTIFICATE", "UNIVERSITY_APPROVAL",
                        "FORMER_CITIZENSHIP_PROOF", "NATURALIZATION_CHINESE_PASSPORT", "MEDICAL_CERTIFICATE"))
                .body("items", hasSize(13))
                .body("items.find { it.code == 'UNIVERSITY_APPROVAL' }.appliesBecause.code", equalTo("KEY_UNIVERSITY_EMPLOYER"))
                .body("attention.code", contains("CONSULAR_CERTIFICATION", "TRANSLATION", "ORIGINALS_AND_A4",
                        "CHINESE_NAME_ON_CARD"))
                .body("blocking.code", contains("HOUSEHOLD_REGISTRATION"))
                .body("canApply", equalTo(false));
    }

    @Test
    void givesAnEnterpriseEmployeeTheBaseListInChinese() {
        given().auth().oauth2(Tokens.partner("p-checklist")).contentType(ContentType.JSON)
                .header("Accept-Language", "zh")
                .body(Map.of("facts", Map.of("track", "ENTREPRENEURIAL_TEAM_MEMBER", "employerKind", "ENTERPRISE",
                        "documentLanguages", List.of("zh"))))
                .when().post("/api/v1/checklists")
                .then().statusCode(200)
                .body("items", hasSize(9))
                .body("items.code", not(hasItem("PUBLIC_INSTITUTION_CERTIFICATE")))
                .body("attention.code", not(hasItem("TRANSLATION")))
                .body("items[0].appliesBecause.message", equalTo("所有申请人均须提供"))
                .body("canApply", equalTo(true));
    }

    @Test
    void refusesContradictoryOrUnknownFactsNamingTheField() {
        given().auth().oauth2(Tokens.partner("p-checklist")).contentType(ContentType.JSON)
                .body(Map.of("facts", Map.of("track", "TECHNICAL_TALENT", "employerKind", "ENTERPRISE", "keyUniversity", true)))
                .when().post("/api/v1/checklists")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("facts.keyUniversity"));
        given().auth().oauth2(Tokens.partner("p-checklist")).contentType(ContentType.JSON)
                .body(Map.of("facts", Map.of("track", "ASTRONAUT", "employerKind", "ENTERPRISE")))
                .when().post("/api/v1/checklists")
                .then().statusCode(400).body("errors[0].field", equalTo("facts.track"));
        given().auth().oauth2(Tokens.partner("p-checklist")).contentType(ContentType.JSON)
                .body(Map.of("facts", Map.of("track", "TECHNICAL_TALENT")))
                .when().post("/api/v1/checklists")
                .then().statusCode(400).body("errors.field", hasItem("facts.employerKind"));
    }
}
