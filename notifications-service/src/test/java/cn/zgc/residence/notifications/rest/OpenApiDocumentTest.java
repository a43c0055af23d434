package cn.zgc.residence.notifications.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentsEveryOperationWithItsStatuses() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/webhook-subscriptions'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/webhook-subscriptions'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/webhook-subscriptions/{id}'.patch.responses", hasKey("409"))
                .body("paths.'/api/v1/webhook-subscriptions/{id}/secret-rotations'.post.summary", notNullValue())
                .body("paths.'/api/v1/webhook-subscriptions/{id}/attempts'.get.responses", hasKey("200"))
                .body("paths.'/api/v1/webhook-subscriptions/{id}/replays'.post.responses", hasKey("202"));
    }

    @Test
    void healthAndMetricsAnswer() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }
}
