package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HallResourceTest {

    @Test
    void listsTheSixHallsOfTheProcedure() {
        given().auth().oauth2(Tokens.partner("p-halls"))
                .when().get("/api/v1/halls")
                .then().statusCode(200)
                .body("$", hasSize(6))
                .body("id", hasItems("beijing-reception-hall", "zhongguancun-center", "shijingshan-center"))
                .body("find { it.id == 'chaoyang-center' }.district", equalTo("CHAOYANG"));
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
        given().auth().oauth2(Tokens.partner("p-halls"))
                .when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
