package cn.zgc.residence.journey.security;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The operations of an OpenAPI document under /api/v1 (and the public ones, {@code security: []}, outside it), read
 * as the tests need them: method, path, the roles the
 * bearer requirement names, the parameters and the request body with its schema and example.
 */
final class ApiDocument {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final JsonNode root;
    private final List<Operation> operations = new ArrayList<>();

    private ApiDocument(JsonNode root) {
        this.root = root;
        root.path("paths").fields().forEachRemaining(path -> {
            boolean api = path.getKey().startsWith("/api/v1/");
            for (String method : METHODS) {
                JsonNode op = path.getValue().path(method);
                // outside /api/v1 only the operations the document declares public (security: [])
                if (op.isObject() && (api || isPublic(op))) {
                    operations.add(operation(method.toUpperCase(), path.getKey(), op, path.getValue()));
                }
            }
        });
    }

    /** The gateway's merged document, once every service is in it (it is rebuilt while services start). */
    static ApiDocument merged(String gatewayUrl) {
        JsonNode doc = await("every service in the merged OpenAPI document").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .until(() -> read(gatewayUrl + "/openapi?format=json"),
                        d -> !d.has("x-zgc-unavailable-services") && d.path("paths").size() > 0);
        return new ApiDocument(doc);
    }

    /** A service's own document. */
    static ApiDocument ofService(String serviceUrl) {
        return new ApiDocument(read(serviceUrl + "/q/openapi?format=json"));
    }

    private static JsonNode read(String url) {
        var response = Http.send("GET", url, null, null, java.util.Map.of());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(url + ": " + e.getMessage(), e);
        }
    }

    List<Operation> operations() {
        return operations;
    }

    /** An operation that needs no token: its security requirement is explicitly empty. */
    static boolean isPublic(JsonNode op) {
        return op.path("security").isArray() && op.path("security").isEmpty();
    }

    private Operation operation(String method, String path, JsonNode op, JsonNode pathItem) {
        Set<String> roles = new LinkedHashSet<>();
        op.path("security").forEach(requirement -> requirement.forEach(
                scopes -> scopes.forEach(role -> roles.add(role.asText()))));
        List<Param> params = new ArrayList<>();
        for (JsonNode p : iterable(pathItem.path("parameters"), op.path("parameters"))) {
            JsonNode param = resolve(p);
            params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                    param.path("required").asBoolean(false), resolve(param.path("schema")),
                    param.has("example") ? param.get("example") : null));
        }
        JsonNode content = resolve(op.path("requestBody")).path("content").path("application/json");
        JsonNode bodySchema = content.isMissingNode() ? null : resolve(content.path("schema"));
        JsonNode example = null;
        if (content.has("example")) {
            example = content.get("example");
        } else if (content.path("examples").isObject() && content.path("examples").size() > 0) {
            example = resolve(content.path("examples").elements().next()).path("value");
        } else if (bodySchema != null && bodySchema.path("examples").isArray() && bodySchema.path("examples").size() > 0) {
            example = bodySchema.path("examples").get(0);
        }
        if (example != null && example.isTextual()) {
            // a media-type example written as a JSON string in the annotation
            try {
                example = JSON.readTree(example.asText());
            } catch (Exception e) {
                // not JSON: kept as the string it is
            }
        }
        return new Operation(method, path, Set.copyOf(roles), List.copyOf(params), bodySchema, example, this);
    }

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(all::add);
        }
        return all;
    }

    /** Follows a local $ref; the sibling keywords of a $ref (3.1) are ignored except through the target. */
    JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node != null && node.has("$ref") && hops++ < 10) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return node;
            }
            node = root.at(ref.substring(1));
        }
        return node;
    }

    record Param(String name, String in, boolean required, JsonNode schema, JsonNode example) {
    }

    record Operation(String method, String path, Set<String> roles, List<Param> params, JsonNode bodySchema,
            JsonNode example, ApiDocument document) {

        String key() {
            return method + " " + path;
        }

        /** The first path segment after /api/v1 (or of a public path): the collection the operation belongs to. */
        String collection() {
            String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path.substring(1);
            return rest.split("/")[0];
        }

        /** Needs no token at all (security: []). */
        boolean isPublic() {
            return !path.startsWith("/api/v1/");
        }

        boolean hasBody() {
            return bodySchema != null;
        }

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }
    }
}
