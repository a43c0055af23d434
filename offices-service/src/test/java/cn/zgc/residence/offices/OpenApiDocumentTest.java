package cn.zgc.residence.offices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void documentsEveryStatusOfTheHallQueriesAndNotices() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/halls'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/halls/{id}/schedule'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/halls/{id}/schedule'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/halls/next-opening'.get.summary", notNullValue())
                .body("paths.'/api/v1/halls/{id}/calendar.ics'.get.responses.'200'.content", hasKey("text/calendar"))
                .body("paths.'/api/v1/halls/{id}/notices'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/halls/{id}/notices'.post.responses", hasKey("403"))
                .body("paths.'/api/v1/halls/{id}/regular-hours'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/appointments'.post.responses", hasKey("201"))
                .body("paths.'/api/v1/appointments'.post.responses", hasKey("409"))
                .body("paths.'/api/v1/appointments'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/appointments/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/appointments/{id}/invitation.ics'.get.responses.'200'.content", hasKey("text/calendar"))
                .body("paths.'/api/v1/halls/{id}/slots'.get.summary", notNullValue())
                .body("paths.'/api/v1/slots/earliest'.get.responses", hasKey("400"))
                .body("paths.'/api/v1/halls/{id}/capacity'.post.responses", hasKey("409"));
    }
}
