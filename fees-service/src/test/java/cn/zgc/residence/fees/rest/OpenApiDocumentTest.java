package cn.zgc.residence.fees.rest;

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
                .body("paths", hasKey("/api/v1/fee-schedules/current"))
                .body("paths.'/api/v1/fee-schedules'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/quotes'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/invoices/{id}/payments'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/invoices/{id}/payments'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/invoices/{id}/payments'.post.responses", hasKey("422"))
                .body("paths.'/api/v1/invoices/{id}/refunds'.post.summary", notNullValue())
                .body("paths.'/api/v1/invoices/{id}/payments/{paymentId}/confirmation'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/invoices/{id}/payments/{paymentId}/rejection'.post.responses", hasKey("400"))
                .body("paths.'/api/v1/invoices/{id}/payments/{paymentId}/rejection'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/invoices/pending-payments'.get.responses", hasKey("403"));
    }
}
