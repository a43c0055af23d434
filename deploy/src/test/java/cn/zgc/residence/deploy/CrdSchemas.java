package cn.zgc.residence.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The operators' own CustomResourceDefinitions kept under deploy/crds (the versions named in deploy/README.md), and
 * a check of a resource against them the way the API server reads it: the apiVersion must be served, and every field
 * must be declared by the version's openAPIV3Schema (the API server would drop an undeclared field silently), with
 * its type, enum and required fields. {@code x-kubernetes-preserve-unknown-fields} admits fields the schema leaves
 * open (Kafka's {@code config}, for example).
 */
final class CrdSchemas {

    /** One custom resource definition: its group, kind, and the schema of each version it declares. */
    record Crd(Path file, String group, String kind, Map<String, Version> versions) {
    }

    record Version(String name, boolean served, boolean deprecated, JsonNode schema) {
    }

    private static CrdSchemas loaded;

    private final Map<String, Crd> byGroupKind;

    private CrdSchemas(Map<String, Crd> byGroupKind) {
        this.byGroupKind = byGroupKind;
    }

    static Path crdDir() {
        return Manifests.k8sDir().getParent().resolve("crds");
    }

    static synchronized CrdSchemas load() {
        if (loaded == null) {
            Map<String, Crd> crds = new HashMap<>();
            try (Stream<Path> files = Files.walk(crdDir())) {
                files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(file -> {
                    for (Manifests.Doc doc : Manifests.read(file)) {
                        if (!doc.kind().equals("CustomResourceDefinition")) {
                            continue;
                        }
                        JsonNode spec = doc.tree().path("spec");
                        Map<String, Version> versions = new HashMap<>();
                        for (JsonNode v : spec.path("versions")) {
                            versions.put(v.path("name").asText(), new Version(v.path("name").asText(),
                                    v.path("served").asBoolean(), v.path("deprecated").asBoolean(),
                                    v.at("/schema/openAPIV3Schema")));
                        }
                        String group = spec.path("group").asText();
                        String kind = spec.at("/names/kind").asText();
                        crds.put(group + "/" + kind, new Crd(file, group, kind, Map.copyOf(versions)));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loaded = new CrdSchemas(Map.copyOf(crds));
        }
        return loaded;
    }

    Optional<Crd> definition(String group, String kind) {
        return Optional.ofNullable(byGroupKind.get(group + "/" + kind));
    }

    Iterable<Crd> all() {
        return byGroupKind.values();
    }

    /**
     * What the API server would refuse or silently drop in this resource. A patch (partial resource) is checked
     * without the required fields, which the resource it is merged into provides.
     */
    List<String> violations(JsonNode resource, boolean partial) {
        String apiVersion = resource.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        String kind = resource.path("kind").asText();
        Crd crd = byGroupKind.get(group + "/" + kind);
        List<String> found = new ArrayList<>();
        if (crd == null) {
            found.add("no CustomResourceDefinition for " + group + " " + kind + " under deploy/crds");
            return found;
        }
        Version v = crd.versions().get(version);
        if (v == null || !v.served()) {
            found.add(apiVersion + " " + kind + " is not served by " + crdDir().relativize(crd.file())
                    + " (served: " + crd.versions().values().stream().filter(Version::served).map(Version::name).sorted().toList() + ")");
            return found;
        }
        if (v.deprecated()) {
            found.add(apiVersion + " " + kind + " is deprecated in " + crdDir().relativize(crd.file()));
        }
        // apiVersion, kind and metadata are the API server's own; the operator's schema starts at spec
        Iterator<Map.Entry<String, JsonNode>> fields = resource.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("apiVersion") || name.equals("kind") || name.equals("metadata")) {
                continue;
            }
            JsonNode schema = v.schema().path("properties").path(name);
            if (schema.isMissingNode()) {
                found.add("." + name + ": not in the schema");
            } else {
                check(field.getValue(), schema, "." + name, partial, found);
            }
        }
        if (!partial) {
            for (JsonNode required : v.schema().path("required")) {
                if (!resource.has(required.asText())) {
                    found.add("." + required.asText() + ": required");
                }
            }
        }
        return found;
    }

    private static void check(JsonNode value, JsonNode schema, String path, boolean partial, List<String> found) {
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean()) {
                found.add(path + ": null is not allowed");
            }
            return;
        }
        if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
            if (!value.isIntegralNumber() && !value.isTextual()) {
                found.add(path + ": must be an integer or a string, is " + value.getNodeType());
            }
            return;
        }
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            found.add(path + ": must be " + type + ", is " + value.getNodeType() + " (" + value + ")");
            return;
        }
        JsonNode allowed = schema.path("enum");
        if (allowed.isArray() && !contains(allowed, value)) {
            found.add(path + ": " + value + " is not one of " + allowed);
        }
        if (value.isObject()) {
            checkObject(value, schema, path, partial, found);
        } else if (value.isArray()) {
            JsonNode items = schema.path("items");
            int i = 0;
            for (JsonNode item : value) {
                if (!items.isMissingNode()) {
                    check(item, items, path + "[" + i + "]", partial, found);
                }
                i++;
            }
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, boolean partial, List<String> found) {
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        boolean open = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()
                || (additional.isBoolean() && additional.asBoolean());
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = path + "." + field.getKey();
            JsonNode declared = properties.path(field.getKey());
            if (!declared.isMissingNode()) {
                check(field.getValue(), declared, where, partial, found);
            } else if (additional.isObject()) {
                check(field.getValue(), additional, where, partial, found);
            } else if (!open) {
                found.add(where + ": not in the schema");
            }
        }
        if (!partial) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    found.add(path + "." + required.asText() + ": required");
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }

    private static boolean contains(JsonNode allowed, JsonNode value) {
        for (JsonNode option : allowed) {
            if (option.equals(value) || (option.isTextual() && value.isTextual() && option.asText().equals(value.asText()))) {
                return true;
            }
        }
        return false;
    }
}
