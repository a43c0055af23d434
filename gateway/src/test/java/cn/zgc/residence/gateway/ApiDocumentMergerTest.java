package cn.zgc.residence.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.gateway.openapi.ApiDocumentMerger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merger alone, on two small service documents: what the merged document keeps and what it leaves out. */
class ApiDocumentMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void definesOnlyTheGatewayAnswersAnOperationRefersTo() throws Exception {
        JsonNode merged = merge();
        JsonNode responses = merged.at("/components/responses");
        // every operation declares its own 401, so the gateway's 401 component would be unused
        assertThat(responses.has("GatewayUnauthorized")).isFalse();
        assertThat(responses.has("GatewayTooManyRequests")).isTrue();
        assertThat(merged.at("/paths/~1api~1v1~1halls/get/responses/429/$ref").asText())
                .isEqualTo("#/components/responses/GatewayTooManyRequests");
        assertThat(merged.at("/paths/~1api~1v1~1halls/get/responses/401/description").asText())
                .isEqualTo("No valid bearer token");
    }

    @Test
    void dropsSchemasNoOperationReachesAndKeepsThoseReachedThroughOthers() throws Exception {
        JsonNode schemas = merge().at("/components/schemas");
        assertThat(schemas.has("Page")).as("the raw generic page nobody refers to").isFalse();
        assertThat(schemas.has("PageHallView")).isTrue();
        assertThat(schemas.has("HallView")).as("reached through PageHallView").isTrue();
        assertThat(schemas.has("Problem")).isTrue();
        assertThat(schemas.has("FieldError")).as("reached through Problem").isTrue();
    }

    @Test
    void keepsTheServicesOperationIdsWhenTheyAreUnique() throws Exception {
        JsonNode merged = merge();
        assertThat(merged.at("/paths/~1api~1v1~1halls/get/operationId").asText()).isEqualTo("listHalls");
        assertThat(merged.at("/paths/~1api~1v1~1quotes/post/operationId").asText()).isEqualTo("createQuote");
    }

    private static JsonNode merge() throws Exception {
        return new ApiDocumentMerger(JSON, "https://auth.example/token").merge(Map.of(
                "offices-service", JSON.readTree(document("/api/v1/halls", "get", "listHalls", "PageHallView")),
                "fees-service", JSON.readTree(document("/api/v1/quotes", "post", "createQuote", "PageHallView"))),
                List.of(), "https://api.example");
    }

    private static String document(String path, String method, String operationId, String schema) {
        return """
                {"openapi": "3.1.0", "paths": {"%s": {"%s": {"operationId": "%s",
                  "security": [{"bearer": ["partner"]}],
                  "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}},
                    "401": {"description": "No valid bearer token", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                   "Page": {"type": "object", "properties": {"items": {"type": "array"}}},
                   "PageHallView": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/components/schemas/HallView"}}}},
                   "HallView": {"type": "object", "properties": {"id": {"type": "string"}}},
                   "Problem": {"type": "object", "properties": {"errors": {"type": "array", "items": {"$ref": "#/components/schemas/FieldError"}}}},
                   "FieldError": {"type": "object", "properties": {"field": {"type": "string"}}}}}}
                """.formatted(path, method, operationId, schema);
    }
}
