package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiDocumentTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void servicesDocumentsAreMerged() {
        await().atMost(Duration.ofSeconds(15)).until(() -> yaml().path("paths").has("/api/v1/halls")
                && yaml().path("paths").has("/api/v1/criteria"));
    }

    @Test
    void mergesEveryServicesPathsWithTheGatewayAsServer() throws Exception {
        JsonNode doc = yaml();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        for (String path : List.of("/api/v1/criteria", "/api/v1/assessments", "/api/v1/document-types",
                "/api/v1/checklists", "/api/v1/dossiers", "/api/v1/fee-schedules", "/api/v1/quotes",
                "/api/v1/invoices", "/api/v1/halls", "/api/v1/notices")) {
            assertThat(doc.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(doc.path("servers")).hasSize(1);
        assertThat(doc.path("servers").get(0).path("url").asText()).isEqualTo("https://api.zgc-residence.example");
    }

    @Test
    void putsTheBearerSchemeOnEveryApiOperation() throws Exception {
        JsonNode doc = yaml();
        assertThat(doc.at("/components/securitySchemes/bearer/type").asText()).isEqualTo("oauth2");
        assertThat(doc.at("/components/securitySchemes/bearer/flows/clientCredentials/scopes").fieldNames())
                .toIterable().containsExactlyInAnyOrder("partner", "committee", "immigration");
        assertThat(doc.at("/components/securitySchemes").size()).isEqualTo(1);
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!path.getKey().startsWith("/api/v1")) {
                return; // the public letter check, see PublicRoutesTest
            }
            assertThat(op.getValue().path("security").get(0).has("bearer")).as(path.getKey()).isTrue();
            assertThat(op.getValue().path("responses").has("429")).isTrue();
            assertThat(op.getValue().path("responses").has("503")).isTrue();
        }));
        assertThat(doc.has("security")).isFalse();
    }

    @Test
    void resolvesSchemaNameClashesAndKeepsSharedSchemasOnce() throws Exception {
        JsonNode schemas = yaml().at("/components/schemas");
        assertThat(schemas.has("Problem")).isFalse();
        assertThat(schemas.has("OfficesProblem")).isTrue();
        assertThat(schemas.has("FeesProblem")).isTrue();
        assertThat(schemas.has("Money")).isTrue();
        assertThat(yaml().at("/paths/~1api~1v1~1halls/get/responses/404/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/OfficesProblem");
        List<String> operationIds = new ArrayList<>();
        yaml().path("paths").forEach(item -> item.forEach(op -> operationIds.add(op.path("operationId").asText())));
        assertThat(operationIds).doesNotHaveDuplicates().contains("Offices_list", "Fees_list", "list-quotes");
    }

    @Test
    void leavesOutADownServiceWithANote() throws Exception {
        JsonNode doc = yaml();
        assertThat(doc.path("x-zgc-unavailable-services").toString()).contains("dead").doesNotContain("web");
        assertThat(doc.at("/info/description").asText()).contains("Not included").contains("dead");
        assertThat(doc.path("paths").has("/api/v1/dead")).isFalse();
        assertThat(doc.path("paths").has("/web")).isFalse();
    }

    @Test
    void addsAServiceWhenItComesUp() throws Exception {
        GatewayTestResource.startLateService();
        await().atMost(Duration.ofSeconds(15)).until(() -> yaml().path("paths").has("/api/v1/late"));
        assertThat(yaml().path("x-zgc-unavailable-services").toString()).doesNotContain("late");
    }

    @Test
    void servesJsonOnRequest() throws Exception {
        JsonNode byQuery = JSON.readTree(given().queryParam("format", "json").when().get("/openapi")
                .then().statusCode(200).contentType("application/json").extract().asString());
        JsonNode byAccept = JSON.readTree(given().accept("application/json").when().get("/openapi")
                .then().statusCode(200).contentType("application/json").extract().asString());
        assertThat(byQuery.path("paths").has("/api/v1/halls")).isTrue();
        assertThat(byAccept.path("info").path("title").asText()).isEqualTo(byQuery.path("info").path("title").asText());
    }

    private static JsonNode yaml() throws Exception {
        return YAML.readTree(given().when().get("/openapi").then().statusCode(200)
                .contentType("application/yaml").extract().asString());
    }
}
