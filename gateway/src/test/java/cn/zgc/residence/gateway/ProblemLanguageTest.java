package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The problems the gateway writes itself come in the caller's language: title and detail in Chinese for any
 * {@code zh} range the caller prefers to English (q-values honoured), in English otherwise; type, status and
 * instance are the same in both.
 */
@QuarkusTest
class ProblemLanguageTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh", "zh-CN", "zh-Hans", "zh-TW", "en;q=0.4, zh-Hans-CN;q=0.8"})
    void aCallerPreferringChineseGetsTheTitleAndDetailInChinese(String acceptLanguage) {
        given().header("Accept-Language", acceptLanguage)
                .when().get("/api/v1/halls")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zgc:problem:unauthorized"))
                .body("title", equalTo("需要有效的持有者令牌"))
                .body("detail", equalTo("需要持有者令牌"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/halls"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "en", "fr-FR", "zh;q=0.2, en;q=0.9", "zh;q=0", "*"})
    void everyOtherCallerGetsThemInEnglish(String acceptLanguage) {
        given().header("Accept-Language", acceptLanguage)
                .when().get("/api/v1/halls")
                .then().statusCode(401)
                .body("type", equalTo("urn:zgc:problem:unauthorized"))
                .body("title", equalTo("A valid bearer token is required"))
                .body("detail", equalTo("A bearer token is required"));
    }

    @Test
    void aTokenThatFailsVerificationIsRefusedInChinese() {
        given().auth().oauth2(Tokens.expired("p-lang-" + UUID.randomUUID())).header("Accept-Language", "zh-CN")
                .when().get("/api/v1/halls")
                .then().statusCode(401)
                .body("detail", equalTo("持有者令牌无效（签名、签发者、受众或有效期）"));
    }

    @Test
    void anOperationOfAnotherRoleIsRefusedInChinese() {
        given().auth().oauth2(Tokens.partner("p-lang-" + UUID.randomUUID())).header("Accept-Language", "zh-CN")
                .contentType("application/json").body("{}")
                .when().post("/api/v1/criteria")
                .then().statusCode(403)
                .body("type", equalTo("urn:zgc:problem:forbidden"))
                .body("title", equalTo("该令牌不允许此操作"))
                .body("detail", equalTo("此操作仅限角色 committee"));
    }

    @Test
    void aPathNoServiceOwnsAndAPathWithNothingAreNotFoundInChinese() {
        given().auth().oauth2(Tokens.partner("p-lang-" + UUID.randomUUID())).header("Accept-Language", "zh")
                .when().get("/api/v1/nobody-owns-this")
                .then().statusCode(404)
                .body("type", equalTo("urn:zgc:problem:not-found"))
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("没有服务负责此路径"));
        given().header("Accept-Language", "zh")
                .when().get("/nothing-here")
                .then().statusCode(404)
                .body("title", equalTo("未找到"))
                .body("detail", equalTo("此路径下没有内容"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedInChinese() {
        given().auth().oauth2(Tokens.partner("p-lang-" + UUID.randomUUID())).header("Accept-Language", "zh-Hans")
                .contentType("application/json").body("{\"x\":\"" + "a".repeat(17 * 1024) + "\"}")
                .when().post("/api/v1/assessments")
                .then().statusCode(413)
                .body("type", equalTo("urn:zgc:problem:payload-too-large"))
                .body("title", equalTo("请求正文过大"))
                .body("detail", equalTo("请求正文最多 16384 字节"));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsReportedInChinese() {
        given().auth().oauth2(Tokens.partner("p-lang-" + UUID.randomUUID())).header("Accept-Language", "zh-CN")
                .when().get("/api/v1/slow/report")
                .then().statusCode(504)
                .body("type", equalTo("urn:zgc:problem:gateway-timeout"))
                .body("title", equalTo("上游服务未及时应答"))
                .body("detail", equalTo("slow 服务未及时应答"));
    }
}
