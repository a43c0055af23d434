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
    void healthAndMetricsAnswerOnTheManagementInterface() {
        given().get(readiness).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void theBrokerCheckConnectsWithTheChannelsOwnKafkaSettings() {
        // the check's client takes the shared kafka.* settings (in the cluster: TLS and the service's user)
        given().get(brokerGroup).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("UP"))
                .body("checks[0].name", org.hamcrest.Matchers.equalTo("kafka-broker"))
                .body("checks[0].data.nodes", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/group/broker", management = true)
    java.net.URL brokerGroup;

    /** Health and metrics are served on the management interface (its root is /q), not on the API port. */
    @io.quarkus.test.common.http.TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    @io.quarkus.test.common.http.TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;
}
