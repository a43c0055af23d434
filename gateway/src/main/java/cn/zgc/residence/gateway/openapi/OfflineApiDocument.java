package cn.zgc.residence.gateway.openapi;

import cn.zgc.residence.gateway.config.GatewayConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's merged API document, built without running anything: the build's SDK module runs this over the
 * documents the services stored when they were built ({@code quarkus.smallrye-openapi.store-schema-directory}), with
 * the same {@link ApiDocumentMerger} and the same server and token endpoint the gateway names by default. The
 * journey's {@code SdkSnapshotIT} checks that the result is the document the running gateway serves.
 *
 * <p>Arguments: the output file, then one {@code service=path-of-its-openapi.json} per service.
 */
public final class OfflineApiDocument {

    private OfflineApiDocument() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: OfflineApiDocument <output.json> <service>=<openapi.json>...");
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not service=path: " + args[i]);
            }
            Path file = Path.of(args[i].substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException(file + " is missing: build the service first (its package phase "
                        + "stores its document)");
            }
            JsonNode document = json.readTree(file.toFile());
            if (!document.isObject() || !document.has("paths")) {
                throw new IllegalStateException(file + " is not an OpenAPI document");
            }
            documents.put(args[i].substring(0, eq), document);
        }
        ObjectNode merged = new ApiDocumentMerger(json, GatewayConfig.OpenApi.DEFAULT_TOKEN_URL)
                .merge(documents, List.of(), GatewayConfig.OpenApi.DEFAULT_SERVER_URL);
        Path output = Path.of(args[0]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        // written as the gateway renders its JSON (MergedApiDocument)
        Files.write(output, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(merged));
    }
}
