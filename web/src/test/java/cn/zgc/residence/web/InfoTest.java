package cn.zgc.residence.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** The pages tell operators what runs, as the services and the gateway do: /q/info on the management port. */
@QuarkusTest
@QuarkusTestResource(DevKey.class)
class InfoTest {

    @TestHTTPResource(value = "/info", management = true)
    URL info;

    @Test
    void infoNamesTheBuildTheCommitAndTheJava() {
        given().when().get(info)
                .then().statusCode(200)
                .body("build.artifact", equalTo("web"))
                .body("git.commit.id", matchesPattern("[0-9a-f]{7,40}"))
                .body("java.version", notNullValue());
    }
}
