package cn.zgc.residence.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the one API document of the gateway from the services' own OpenAPI documents: every path; components
 * shared when equal and prefixed with the service's name when two services define the same name differently (the
 * references are rewritten to match); operation ids made unique the same way; the bearer-JWT scheme and the
 * gateway's own answers (401, 429, 503, 504) on every {@code /api/v1} operation; the gateway as the only server.
 * A service that did not answer is listed in the description and in {@code x-zgc-services}.
 */
public final class ApiDocumentMerger {

    static final String SCHEME = "bearer";
    private static final String API_PREFIX = "/api/v1";
    private static final String[] COMPONENT_KINDS = {"schemas", "responses", "parameters", "examples",
            "requestBodies", "headers", "links", "callbacks", "pathItems"};
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectMapper mapper;

    private final String tokenUrl;

    /** @param tokenUrl where partners and officers get their tokens (the identity provider's token endpoint) */
    public ApiDocumentMerger(ObjectMapper mapper, String tokenUrl) {
        this.mapper = mapper;
        this.tokenUrl = tokenUrl;
    }

    /**
     * @param documents the services' documents by service name; taken in the order of the names, so that the
     *        gateway and the build's offline merge ({@link OfflineApiDocument}) give the same document
     * @param unavailable the services whose document could not be fetched
     */
    public ObjectNode merge(Map<String, JsonNode> documents, List<String> unavailable, String serverUrl) {
        Map<String, ObjectNode> docs = new LinkedHashMap<>();
        new TreeMap<>(documents).forEach((service, doc) -> docs.put(service, doc.deepCopy()));
        renameClashingComponents(docs);
        uniqueOperationIds(docs);

        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", openapiVersion(docs.values()));
        merged.set("info", info(docs.keySet(), unavailable));
        merged.putArray("servers").addObject().put("url", serverUrl).put("description", "The gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        Map<String, ObjectNode> tags = new LinkedHashMap<>();

        docs.forEach((service, doc) -> {
            doc.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asText(), (ObjectNode) tag));
            doc.path("paths").fields().forEachRemaining(path -> {
                ObjectNode target = paths.has(path.getKey()) ? (ObjectNode) paths.get(path.getKey())
                        : paths.putObject(path.getKey());
                path.getValue().fields().forEachRemaining(op -> {
                    if (!target.has(op.getKey())) {
                        target.set(op.getKey(), op.getValue());
                    }
                });
            });
            JsonNode serviceComponents = doc.path("components");
            for (String kind : COMPONENT_KINDS) {
                serviceComponents.path(kind).fields().forEachRemaining(entry -> {
                    ObjectNode byName = components.has(kind) ? (ObjectNode) components.get(kind) : components.putObject(kind);
                    byName.putIfAbsent(entry.getKey(), entry.getValue());
                });
            }
        });

        addGatewayComponents(components);
        paths.fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith(API_PREFIX)) {
                return;
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey()) && op.getValue().isObject()) {
                    ObjectNode operation = (ObjectNode) op.getValue();
                    // the service's roles stay as the requirement's scopes (OpenAPI 3.1 allows role names there)
                    Set<String> roles = new LinkedHashSet<>();
                    operation.path("security").forEach(requirement -> requirement.forEach(
                            scopes -> scopes.forEach(role -> roles.add(role.asText()))));
                    ArrayNode scopes = operation.putArray("security").addObject().putArray(SCHEME);
                    roles.forEach(scopes::add);
                    addGatewayResponses(operation, components);
                    operation.path("tags").forEach(tag -> tags.computeIfAbsent(tag.asText(),
                            name -> mapper.createObjectNode().put("name", name)));
                }
            });
        });
        dropUnreachableSchemas(merged);
        ArrayNode tagList = merged.putArray("tags");
        tags.values().forEach(tagList::add);
        if (!unavailable.isEmpty()) {
            merged.putArray("x-zgc-unavailable-services").addAll(unavailable.stream()
                    .map(mapper.getNodeFactory()::textNode).toList());
        }
        return merged;
    }

    private ObjectNode info(Set<String> included, List<String> unavailable) {
        ObjectNode info = mapper.createObjectNode();
        info.put("title", "Zhongguancun permanent-residence API");
        info.put("version", "1.0.0");
        StringBuilder description = new StringBuilder("The one API of the Zhongguancun permanent-residence services, "
                + "served through the gateway. Every /api/v1 operation needs a bearer JWT (RS256); partners see only "
                + "what they created. Errors are RFC 9457 application/problem+json.\n\nServices included: "
                + (included.isEmpty() ? "none" : String.join(", ", included)) + ".");
        if (!unavailable.isEmpty()) {
            description.append("\n\nNot included because the service did not answer when this document was built: ")
                    .append(String.join(", ", unavailable))
                    .append(". The document is rebuilt when it answers again.");
        }
        info.put("description", description.toString());
        info.putObject("contact").put("name", "Zhongguancun permanent-residence services");
        return info;
    }

    /**
     * Keeps only the schemas an operation reaches, directly or through other components: a service's document can
     * hold a schema no operation uses (the raw form of a generic page type), which a client generator would turn
     * into a class nobody needs.
     */
    private static void dropUnreachableSchemas(ObjectNode merged) {
        JsonNode schemas = merged.path("components").path("schemas");
        if (!schemas.isObject()) {
            return;
        }
        String prefix = "#/components/schemas/";
        Set<String> reached = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>();
        pending.add(merged.path("paths"));
        for (String kind : COMPONENT_KINDS) {
            if (!kind.equals("schemas")) {
                pending.add(merged.path("components").path(kind));
            }
        }
        while (!pending.isEmpty()) {
            for (String ref : refs(pending.remove(pending.size() - 1))) {
                if (ref.startsWith(prefix) && reached.add(ref.substring(prefix.length()))) {
                    pending.add(schemas.path(ref.substring(prefix.length())));
                }
            }
        }
        ((ObjectNode) schemas).retain(reached);
    }

    private static List<String> refs(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                found.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> found.addAll(refs(child)));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> found.addAll(refs(child)));
        }
        return found;
    }

    private static String openapiVersion(Iterable<ObjectNode> docs) {
        String version = null;
        for (ObjectNode doc : docs) {
            String candidate = doc.path("openapi").asText("");
            if (!candidate.isEmpty() && (version == null || candidate.compareTo(version) > 0)) {
                version = candidate;
            }
        }
        return version == null ? "3.1.0" : version;
    }

    /** Same name, different definition in two services: each service's definition gets the service's prefix. */
    private void renameClashingComponents(Map<String, ObjectNode> docs) {
        Map<String, Map<String, String>> renames = new HashMap<>(); // service -> (old ref -> new ref)
        for (String kind : COMPONENT_KINDS) {
            Map<String, List<String>> owners = new LinkedHashMap<>();
            Map<String, JsonNode> first = new HashMap<>();
            Set<String> clashing = new LinkedHashSet<>();
            docs.forEach((service, doc) -> doc.path("components").path(kind).fields().forEachRemaining(entry -> {
                owners.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(service);
                JsonNode seen = first.putIfAbsent(entry.getKey(), entry.getValue());
                if (seen != null && !seen.equals(entry.getValue())) {
                    clashing.add(entry.getKey());
                }
            }));
            for (String name : clashing) {
                for (String service : owners.get(name)) {
                    ObjectNode byName = (ObjectNode) docs.get(service).path("components").path(kind);
                    String renamed = prefix(service) + name;
                    byName.set(renamed, byName.remove(name));
                    renames.computeIfAbsent(service, s -> new HashMap<>())
                            .put("#/components/" + kind + "/" + name, "#/components/" + kind + "/" + renamed);
                }
            }
        }
        renames.forEach((service, refs) -> rewriteRefs(docs.get(service), refs));
        docs.values().forEach(doc -> {
            JsonNode components = doc.path("components");
            if (components.isObject()) {
                ((ObjectNode) components).remove("securitySchemes"); // replaced by the gateway's one scheme
            }
            doc.remove("security");
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> refs) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && refs.containsKey(ref.asText())) {
                object.put("$ref", refs.get(ref.asText()));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, refs));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, refs));
        }
    }

    /** An operation id used by more than one service gets the service's name in front; any repeat left is numbered. */
    private static void uniqueOperationIds(Map<String, ObjectNode> docs) {
        Map<String, Set<String>> services = new HashMap<>();
        docs.forEach((service, doc) -> operations(doc).forEach(op -> {
            JsonNode id = op.get("operationId");
            if (id != null && id.isTextual()) {
                services.computeIfAbsent(id.asText(), k -> new LinkedHashSet<>()).add(service);
            }
        }));
        Set<String> taken = new HashSet<>();
        docs.forEach((service, doc) -> operations(doc).forEach(op -> {
            JsonNode id = op.get("operationId");
            if (id == null || !id.isTextual()) {
                return;
            }
            String unique = services.get(id.asText()).size() > 1 ? prefix(service) + "_" + id.asText() : id.asText();
            String candidate = unique;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = unique + "_" + n;
            }
            op.put("operationId", candidate);
        }));
    }

    private static List<ObjectNode> operations(ObjectNode doc) {
        List<ObjectNode> operations = new ArrayList<>();
        Iterator<JsonNode> pathItems = doc.path("paths").elements();
        while (pathItems.hasNext()) {
            pathItems.next().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey()) && op.getValue().isObject()) {
                    operations.add((ObjectNode) op.getValue());
                }
            });
        }
        return operations;
    }

    private static String prefix(String service) {
        StringBuilder prefix = new StringBuilder();
        boolean upper = true;
        for (char c : service.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
                continue;
            }
            prefix.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        return prefix.toString();
    }

    private void addGatewayComponents(ObjectNode components) {
        ObjectNode schemes = components.putObject("securitySchemes");
        // The roles travel in the JWT's groups claim; they are written as the scopes of an OAuth2 scheme, the one way
        // OpenAPI has to name what an operation requires, so that linters and client generators understand them.
        ObjectNode scheme = schemes.putObject(SCHEME).put("type", "oauth2").put("description",
                "A bearer JWT (RS256) from the organisation's identity provider. Its groups claim carries the roles, "
                        + "written here as scopes: partner (with claim partner_id), committee or immigration.");
        ObjectNode scopes = scheme.putObject("flows").putObject("clientCredentials").put("tokenUrl", tokenUrl)
                .putObject("scopes");
        scopes.put("partner", "A partner portal: its own assessments, dossiers, invoices and appointments");
        scopes.put("committee", "The Zhongguancun Administrative Committee: criteria versions and recommendation letters");
        scopes.put("immigration", "The Exit-Entry Administration's halls: hours, notices, appointments, acceptance, "
                + "examination, decisions, cards, fees and payments");
        ObjectNode schemas = components.has("schemas") ? (ObjectNode) components.get("schemas") : components.putObject("schemas");
        ObjectNode problem = schemas.putObject("GatewayProblem");
        problem.put("type", "object").put("description", "RFC 9457 problem details, as the gateway answers them");
        problem.putArray("required").add("type").add("title").add("status");
        ObjectNode properties = problem.putObject("properties");
        properties.putObject("type").put("type", "string").put("example", "urn:zgc:problem:too-many-requests");
        properties.putObject("title").put("type", "string");
        properties.putObject("status").put("type", "integer").put("format", "int32");
        properties.putObject("detail").put("type", "string");
        properties.putObject("instance").put("type", "string");
    }

    /** The gateway's own answers, by status: component name, description, and whether Retry-After comes with it. */
    private record GatewayAnswer(String name, String description, boolean retryAfter) {
    }

    private static final Map<String, GatewayAnswer> GATEWAY_ANSWERS = Map.of(
            "401", new GatewayAnswer("GatewayUnauthorized", "No valid bearer token (answered by the gateway)", false),
            "429", new GatewayAnswer("GatewayTooManyRequests", "Over the partner's request rate (answered by the gateway)", true),
            "503", new GatewayAnswer("GatewayServiceUnavailable",
                    "The owning service cannot be reached (answered by the gateway)", true),
            "504", new GatewayAnswer("GatewayTimeout", "The owning service did not answer in time (answered by the gateway)", false));

    private static void gatewayResponse(ObjectNode responses, String name, String description, boolean retryAfter) {
        if (responses.has(name)) {
            return;
        }
        ObjectNode response = responses.putObject(name).put("description", description);
        if (retryAfter) {
            response.putObject("headers").putObject("Retry-After").put("description", "Seconds to wait")
                    .putObject("schema").put("type", "integer");
        }
        response.putObject("content").putObject("application/problem+json").putObject("schema")
                .put("$ref", "#/components/schemas/GatewayProblem");
    }

    /**
     * The gateway's answers an operation does not declare itself refer to the gateway's response components; a
     * component is defined only when an operation refers to it, so the document holds no unused one.
     */
    private static void addGatewayResponses(ObjectNode operation, ObjectNode components) {
        ObjectNode responses = operation.has("responses") && operation.get("responses").isObject()
                ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        for (String status : List.of("401", "429", "503", "504")) {
            if (!responses.has(status)) {
                GatewayAnswer answer = GATEWAY_ANSWERS.get(status);
                ObjectNode definitions = components.has("responses") ? (ObjectNode) components.get("responses")
                        : components.putObject("responses");
                gatewayResponse(definitions, answer.name(), answer.description(), answer.retryAfter());
                responses.putObject(status).put("$ref", "#/components/responses/" + answer.name());
            }
        }
    }
}
