package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The SDKs are generated from {@code sdk/target/openapi.json}, which the build merges offline from the documents the
 * services stored when they were packaged, with the gateway's own merger; this proves that merge true: it must be the
 * document the running gateway serves (its server address aside). When they differ, the served document is written
 * beside the logs, to see why.
 */
class SdkSnapshotIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentTheBuildMergedForTheSdksIsTheDocumentTheGatewayServes() throws Exception {
        RunningSet set = RunningSet.get();
        Path root = Path.of(System.getProperty("zgc.root", "..")).toAbsolutePath().normalize();
        ObjectNode merged = (ObjectNode) JSON.readTree(root.resolve("sdk/target/openapi.json").toFile());
        ObjectNode live = (ObjectNode) org.awaitility.Awaitility.await("every service in the merged document")
                .atMost(java.time.Duration.ofSeconds(90)).pollInterval(java.time.Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> JSON.readTree(RestAssured.given().baseUri(set.gatewayUrl()).queryParam("format", "json")
                        .get("/openapi").then().statusCode(200).extract().asString()),
                        d -> !d.has("x-zgc-unavailable-services") && d.path("paths").size() > 0);
        merged.remove("servers");
        live.remove("servers");
        if (!live.equals(merged)) {
            Path written = set.logs().resolveSibling("openapi-live.json");
            Files.writeString(written, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(live));
            assertThat(firstDifference(merged, live, ""))
                    .as("sdk/target/openapi.json (merged in the build) differs from the served document; the served one "
                            + "is in %s", written)
                    .isEmpty();
        }
    }

    /** The JSON pointer of the first place where the two documents differ, empty when they are equal. */
    private static String firstDifference(JsonNode expected, JsonNode actual, String at) {
        if (expected.equals(actual)) {
            return "";
        }
        if (expected.isObject() && actual.isObject()) {
            var names = new java.util.TreeSet<String>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!expected.has(name) || !actual.has(name)) {
                    return at + "/" + name + (expected.has(name) ? " (only in the build's)" : " (only served)");
                }
                String inner = firstDifference(expected.get(name), actual.get(name), at + "/" + name);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return at + ": " + abbreviate(expected) + " != " + abbreviate(actual);
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
