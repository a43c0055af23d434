package cn.zgc.residence.journey.security;

import static org.awaitility.Awaitility.await;

import cn.zgc.residence.journey.RunningSet;
import cn.zgc.residence.journey.RunningSet.App;
import cn.zgc.residence.journey.security.ApiDocument.Operation;
import cn.zgc.residence.journey.security.ApiDocument.Param;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Generated bad input for every operation with a JSON body or parameters, sent straight to the owning service as
 * the owner of the fixtures (or an officer of the operation's role where only officers may call), so that ownership and the gateway's rate
 * limit are passed and validation itself is what answers. Every case breaks the operation's document (wrong type,
 * missing required field, unknown field, out-of-range number, huge string, deep nesting, invalid UTF-8, impossible
 * date, injection string in a constrained field or an identifier): the answer must be a 4xx problem+json, never a
 * 5xx, never the script echoed in a non-JSON answer, and the databases must not change.
 */
class BadInputIT {

    enum Kind {
        WRONG_TYPE, MISSING_REQUIRED, UNKNOWN_FIELD, OUT_OF_RANGE, HUGE_STRING, DEEP_NESTING, INVALID_UTF8,
        IMPOSSIBLE_DATE, INJECTION, MALFORMED_JSON,
        PARAM_WRONG_TYPE, PARAM_OUT_OF_RANGE, PARAM_HUGE, PARAM_IMPOSSIBLE_DATE, PARAM_INJECTION
    }

    static final List<String> INJECTIONS = List.of("' OR '1'='1", "'; DROP TABLE assessment; --",
            "1; SELECT pg_sleep(5)--", "<script>alert('zgc')</script>", "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://127.0.0.1/x}", "../../../../etc/passwd", "%00%27%22");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The main tables of each database, counted before and after. */
    private static final Map<App, List<String>> TABLES = Map.of(
            App.ELIGIBILITY, List.of("assessment", "criteria_version", "recommendation_letter", "outbox_event"),
            App.DOCUMENTS, List.of("dossier", "dossier_item", "outbox_event"),
            App.FEES, List.of("fee_schedule", "invoice", "payment", "refund", "outbox_event"),
            App.OFFICES, List.of("hall_notice", "regular_hours_version", "outbox_event"),
            App.NOTIFICATIONS, List.of("subscription", "delivery", "outbox_event"));

    private static RunningSet set;
    private static Fixtures fixtures;
    private static final Map<String, App> owners = new LinkedHashMap<>();
    private static final List<Target> targets = new ArrayList<>();
    private static Map<String, Long> before;
    private static final Map<String, Map<Kind, Integer>> counts = new TreeMap<>();
    private static final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    record Target(Operation operation, Kind kind) {
    }

    /** One concrete request. */
    record BadRequest(Target target, String path, byte[] body, String description, String token) {
        @Override
        public String toString() {
            return target.operation().key() + " " + target.kind() + ": " + description;
        }
    }

    @BeforeContainer
    static void start() {
        set = RunningSet.get();
        ApiDocument merged = ApiDocument.merged(set.gatewayUrl());
        fixtures = Fixtures.get();
        for (App app : List.of(App.ELIGIBILITY, App.DOCUMENTS, App.FEES, App.OFFICES, App.NOTIFICATIONS)) {
            ApiDocument.ofService(set.url(app)).operations().forEach(op -> owners.put(op.key(), app));
        }
        for (Operation op : merged.operations()) {
            for (Kind kind : Kind.values()) {
                if (applies(op, kind)) {
                    targets.add(new Target(op, kind));
                }
            }
        }
        before = await("the databases at rest").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(new java.util.concurrent.Callable<Map<String, Long>>() {
                    private Map<String, Long> previous;

                    @Override
                    public Map<String, Long> call() {
                        Map<String, Long> now = snapshot();
                        Map<String, Long> stable = now.equals(previous) ? now : null;
                        previous = now;
                        return stable;
                    }
                }, snapshot -> snapshot != null);
    }

    @Property(tries = 700, seed = "20261127", shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void badInputIsRefusedAsAProblemAndChangesNothing(@ForAll("badRequests") BadRequest request) {
        Operation op = request.target().operation();
        synchronized (counts) {
            counts.computeIfAbsent(op.key(), k -> new EnumMap<>(Kind.class)).merge(request.target().kind(), 1, Integer::sum);
        }
        String url = set.url(owners.get(op.key())) + request.path();
        HttpResponse<String> response;
        try {
            response = Http.send(op.method(), url, request.token(), request.body(), fixtures.headers(op));
        } catch (RuntimeException e) {
            violations.add(request + " -> no answer: " + e);
            return;
        }
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status < 400 || status >= 500) {
            violations.add(request + " -> " + status + " " + abbreviate(body));
        } else if (!Http.isProblem(response)) {
            violations.add(request + " -> " + status + " not problem+json (" + Http.contentType(response) + ")");
        }
        if (!Http.contentType(response).contains("json")
                && (body.contains("<script") || body.contains("onerror=") || body.contains("<img"))) {
            violations.add(request + " -> script echoed in " + Http.contentType(response));
        }
    }

    @AfterProperty
    void everyCaseRefusedAndTheDatabasesUnchanged() {
        StringBuilder table = new StringBuilder("\nGenerated bad-input cases per operation\n");
        int total = 0;
        for (Map.Entry<String, Map<Kind, Integer>> row : counts.entrySet()) {
            int sum = row.getValue().values().stream().mapToInt(Integer::intValue).sum();
            total += sum;
            table.append(String.format("%-55s %4d  %s%n", row.getKey(), sum, row.getValue()));
        }
        table.append(String.format("%-55s %4d  over %d (operation, kind) targets%n", "total", total, targets.size()));
        System.out.println(table);
        Map<String, Long> after = snapshot();
        List<String> changed = new ArrayList<>();
        before.forEach((table1, count) -> {
            if (!count.equals(after.get(table1))) {
                changed.add(table1 + ": " + count + " -> " + after.get(table1));
            }
        });
        System.out.println("row counts before " + before + "\nrow counts after  " + after);
        List<String> all = new ArrayList<>(violations);
        changed.forEach(c -> all.add("database changed: " + c));
        if (!all.isEmpty()) {
            throw new AssertionError(all.size() + " bad-input cases not refused cleanly:\n  " + String.join("\n  ", all));
        }
    }

    @Provide
    Arbitrary<BadRequest> badRequests() {
        return Combinators.combine(Arbitraries.of(targets), Arbitraries.longs())
                .as((target, seed) -> build(target, new Random(seed)));
    }

    // --- which kinds apply to which operation ---------------------------------------------------------------

    private static boolean applies(Operation op, Kind kind) {
        List<Field> fields = op.hasBody() ? fields(op) : List.of();
        return switch (kind) {
            case WRONG_TYPE, HUGE_STRING -> op.hasBody() && !fields.isEmpty();
            case MISSING_REQUIRED -> op.hasBody() && fields.stream().anyMatch(f -> f.required);
            case UNKNOWN_FIELD, DEEP_NESTING, INVALID_UTF8, MALFORMED_JSON -> op.hasBody();
            case OUT_OF_RANGE -> op.hasBody() && fields.stream().anyMatch(f -> f.node.isNumber());
            case IMPOSSIBLE_DATE -> op.hasBody() && fields.stream().anyMatch(Field::dateLike);
            case INJECTION -> op.hasBody() && fields.stream().anyMatch(Field::constrained);
            case PARAM_WRONG_TYPE, PARAM_HUGE, PARAM_INJECTION -> !strictParams(op).isEmpty();
            case PARAM_OUT_OF_RANGE -> strictParams(op).stream().anyMatch(BadInputIT::numeric);
            case PARAM_IMPOSSIBLE_DATE -> strictParams(op).stream().anyMatch(BadInputIT::date);
        };
    }

    /**
     * Parameters whose every wrong value must be refused: path parameters (they name a resource) and query
     * parameters with a type, format, pattern or enumeration. A free-text query parameter may match nothing.
     */
    private static List<Param> strictParams(Operation op) {
        return op.params().stream().filter(p -> p.in().equals("path") || p.in().equals("query") && typed(p)).toList();
    }

    private static boolean typed(Param p) {
        JsonNode s = p.schema();
        if (s == null) {
            return false;
        }
        return s.has("format") || s.has("enum") || restrictivePattern(s)
                || List.of("integer", "number", "boolean").contains(s.path("type").asText());
    }

    private static boolean numeric(Param p) {
        return p.schema() != null && List.of("integer", "number").contains(p.schema().path("type").asText());
    }

    private static boolean date(Param p) {
        return p.schema() != null && p.schema().path("format").asText().startsWith("date");
    }

    // --- building one case ------------------------------------------------------------------------------------

    private static BadRequest build(Target target, Random random) {
        Operation op = target.operation();
        String token = op.roles().contains("partner") ? fixtures.ownerToken
                : op.roles().contains("committee") ? fixtures.committeeToken : fixtures.immigrationToken;
        String path = fixtures.target(op, false);
        JsonNode base = fixtures.body(op);
        byte[] body = base == null ? null : bytes(base);
        String description;
        Kind kind = target.kind();
        if (kind.name().startsWith("PARAM_")) {
            List<Param> params = strictParams(op).stream().filter(p -> switch (kind) {
                case PARAM_OUT_OF_RANGE -> numeric(p);
                case PARAM_IMPOSSIBLE_DATE -> date(p);
                default -> true;
            }).toList();
            Param param = params.get(random.nextInt(params.size()));
            String value = switch (kind) {
                case PARAM_WRONG_TYPE -> numeric(param) ? "twelve" : date(param) ? "yesterday" : "{\"a\":1}";
                case PARAM_OUT_OF_RANGE -> random.nextBoolean() ? "-99999999999999999999" : "99999999999999999999";
                case PARAM_HUGE -> "A".repeat(3000);
                case PARAM_IMPOSSIBLE_DATE -> List.of("2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31")
                        .get(random.nextInt(4));
                default -> INJECTIONS.get(random.nextInt(INJECTIONS.size()));
            };
            path = withParam(op, path, param, value);
            description = param.in() + " " + param.name() + "=" + abbreviate(value);
        } else {
            Mutation m = mutate(op, base, kind, random);
            body = m.body;
            description = m.description;
        }
        return new BadRequest(target, path, body, description, token);
    }

    private static String withParam(Operation op, String path, Param param, String value) {
        String encoded = Fixtures.encode(value);
        if (param.in().equals("path")) {
            // rebuild from the template so that only this parameter changes
            String filled = fixtures.target(op, false);
            String template = op.path();
            String[] t = template.split("/");
            String[] f = filled.split("\\?")[0].split("/");
            for (int i = 0; i < t.length; i++) {
                if (t[i].equals("{" + param.name() + "}")) {
                    f[i] = encoded;
                }
            }
            String query = filled.contains("?") ? "?" + filled.split("\\?", 2)[1] : "";
            return String.join("/", f) + query;
        }
        Map<String, String> query = new LinkedHashMap<>(fixtures.query(op));
        query.put(param.name(), value);
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(Fixtures.encode(k)).append('=')
                .append(Fixtures.encode(v)));
        return path.split("\\?")[0] + q;
    }

    private record Mutation(byte[] body, String description) {
    }

    private static Mutation mutate(Operation op, JsonNode base, Kind kind, Random random) {
        JsonNode doc = base.deepCopy();
        List<Field> fields = fields(op, doc);
        switch (kind) {
            case WRONG_TYPE -> {
                Field f = pick(fields, random);
                JsonNode wrong = f.node.isTextual() ? NODES.objectNode().put("unexpected", 1)
                        : f.node.isNumber() ? NODES.textNode("twelve")
                        : f.node.isBoolean() ? NODES.textNode("maybe")
                        : f.node.isArray() ? NODES.textNode("not-a-list")
                        : NODES.numberNode(7);
                f.replace(wrong);
                return new Mutation(bytes(doc), f.path + " -> " + wrong);
            }
            case MISSING_REQUIRED -> {
                Field f = pick(fields.stream().filter(x -> x.required).toList(), random);
                f.remove();
                return new Mutation(bytes(doc), "without " + f.path);
            }
            case UNKNOWN_FIELD -> {
                List<Field> objects = fields.stream().filter(x -> x.node.isObject()).toList();
                ObjectNode target = objects.isEmpty() || random.nextInt(3) == 0 ? (ObjectNode) doc
                        : (ObjectNode) pick(objects, random).node;
                String name = "unexpected" + random.nextInt(1000);
                target.put(name, "value");
                return new Mutation(bytes(doc), "with unknown field " + name);
            }
            case OUT_OF_RANGE -> {
                Field f = pick(fields.stream().filter(x -> x.node.isNumber()).toList(), random);
                JsonNode value = f.node.isIntegralNumber() ? NODES.numberNode(new BigInteger("99999999999999999999"))
                        : NODES.numberNode(new java.math.BigDecimal("-0.005"));
                if (f.schema != null && f.schema.has("minimum") && random.nextBoolean()) {
                    value = NODES.numberNode(f.schema.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE));
                }
                f.replace(value);
                return new Mutation(bytes(doc), f.path + " -> " + value);
            }
            case HUGE_STRING -> {
                List<Field> strings = fields.stream().filter(x -> x.node.isTextual()).toList();
                Field f = pick(strings.isEmpty() ? fields : strings, random);
                f.replace(NODES.textNode("Z".repeat(200_000)));
                return new Mutation(bytes(doc), f.path + " -> 200000 characters");
            }
            case DEEP_NESTING -> {
                int depth = 3000 + random.nextInt(3000);
                String nested = "[".repeat(depth) + "]".repeat(depth);
                String marker = "\"@@NESTED@@\"";
                Field f = fields.isEmpty() ? null : pick(fields, random);
                if (f == null) {
                    ((ObjectNode) doc).put("nested", "@@NESTED@@");
                } else {
                    f.replace(NODES.textNode("@@NESTED@@"));
                }
                String json = new String(bytes(doc), StandardCharsets.UTF_8).replace(marker, nested);
                return new Mutation(json.getBytes(StandardCharsets.UTF_8),
                        (f == null ? "nested" : f.path) + " -> arrays nested " + depth + " deep");
            }
            case INVALID_UTF8 -> {
                List<Field> strings = fields.stream().filter(x -> x.node.isTextual()).toList();
                Field f = strings.isEmpty() ? null : pick(strings, random);
                if (f == null) {
                    ((ObjectNode) doc).put("text", "@@BYTES@@");
                } else {
                    f.replace(NODES.textNode("@@BYTES@@"));
                }
                byte[][] invalid = {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}};
                byte[] bad = invalid[random.nextInt(invalid.length)];
                return new Mutation(replace(bytes(doc), "@@BYTES@@".getBytes(StandardCharsets.US_ASCII), bad),
                        (f == null ? "text" : f.path) + " -> invalid UTF-8 " + java.util.HexFormat.of().formatHex(bad));
            }
            case IMPOSSIBLE_DATE -> {
                Field f = pick(fields.stream().filter(Field::dateLike).toList(), random);
                String value = YEAR_MONTH.matcher(f.node.asText()).matches() ? "2026-13"
                        : List.of("2026-02-30", "2025-02-29", "2026-13-01", "2026-04-31", "2026-00-10")
                        .get(random.nextInt(5));
                f.replace(NODES.textNode(value));
                return new Mutation(bytes(doc), f.path + " -> " + value);
            }
            case INJECTION -> {
                Field f = pick(fields.stream().filter(Field::constrained).toList(), random);
                String value = INJECTIONS.get(random.nextInt(INJECTIONS.size()));
                f.replace(NODES.textNode(value));
                return new Mutation(bytes(doc), f.path + " -> " + value);
            }
            case MALFORMED_JSON -> {
                byte[] json = bytes(doc);
                int cut = Math.max(1, random.nextInt(Math.max(2, json.length - 1)));
                String[] broken = {new String(json, 0, cut, StandardCharsets.UTF_8), "{\"a\": }", "{'single': 'quotes'}",
                        "[1, 2", "{\"a\": 1,}", "not json at all", "{\"a\": NaN}"};
                String value = broken[random.nextInt(broken.length)];
                return new Mutation(value.getBytes(StandardCharsets.UTF_8), "malformed: " + abbreviate(value));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    // --- the fields of a body, with their schema where the document gives one ----------------------------------

    private static final class Field {
        final String path;
        final JsonNode parent;
        final String name;
        final int index;
        final JsonNode node;
        final JsonNode schema;
        final boolean required;

        Field(String path, JsonNode parent, String name, int index, JsonNode node, JsonNode schema, boolean required) {
            this.path = path;
            this.parent = parent;
            this.name = name;
            this.index = index;
            this.node = node;
            this.schema = schema;
            this.required = required;
        }

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(name);
            }
        }

        boolean dateLike() {
            return node.isTextual() && (DATE.matcher(node.asText()).matches() || YEAR_MONTH.matcher(node.asText()).matches()
                    || schema != null && schema.path("format").asText().startsWith("date"));
        }

        /** A string the schema constrains (pattern, enumeration, format, date) or that reads as an enumeration value. */
        boolean constrained() {
            if (!node.isTextual()) {
                return false;
            }
            return dateLike() || ENUM_LIKE.matcher(node.asText()).matches()
                    || schema != null && (restrictivePattern(schema) || schema.has("enum") || schema.has("format"));
        }
    }

    /** A pattern that refuses the injection strings; "\\S" is how @NotBlank is documented and refuses nothing. */
    private static boolean restrictivePattern(JsonNode schema) {
        String pattern = schema.path("pattern").asText("");
        return !pattern.isEmpty() && !pattern.equals("\\S")
                && INJECTIONS.stream().noneMatch(v -> Pattern.compile(pattern).matcher(v).matches());
    }

    private static List<Field> fields(Operation op) {
        JsonNode base = fixtures.body(op);
        return base == null ? List.of() : fields(op, base);
    }

    private static List<Field> fields(Operation op, JsonNode doc) {
        List<Field> out = new ArrayList<>();
        walk(op.document(), doc, op.document().resolve(op.bodySchema()), "", out);
        return out;
    }

    private static void walk(ApiDocument document, JsonNode node, JsonNode schema, String path, List<Field> out) {
        if (node.isObject()) {
            List<String> required = new ArrayList<>();
            if (schema != null) {
                schema.path("required").forEach(r -> required.add(r.asText()));
            }
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = node.get(name);
                JsonNode childSchema = null;
                if (schema != null) {
                    childSchema = schema.path("properties").has(name) ? schema.path("properties").get(name)
                            : schema.path("additionalProperties").isObject() ? schema.get("additionalProperties") : null;
                    childSchema = childSchema == null ? null : withSiblings(document, childSchema);
                }
                String childPath = path.isEmpty() ? name : path + "." + name;
                out.add(new Field(childPath, node, name, -1, child, childSchema, required.contains(name)));
                walk(document, child, childSchema, childPath, out);
            }
        } else if (node.isArray()) {
            JsonNode items = schema == null ? null : schema.has("items") ? withSiblings(document, schema.get("items")) : null;
            for (int i = 0; i < node.size(); i++) {
                String childPath = path + "[" + i + "]";
                out.add(new Field(childPath, node, null, i, node.get(i), items, false));
                walk(document, node.get(i), items, childPath, out);
            }
        }
    }

    /** A $ref with sibling keywords (OpenAPI 3.1): the target's keywords, then the siblings'. */
    private static JsonNode withSiblings(ApiDocument document, JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        JsonNode target = document.resolve(schema);
        ObjectNode merged = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        TABLES.forEach((app, tables) -> tables.forEach(table ->
                counts.put(app.module() + "." + table, set.count(app, "select count(*) from " + table))));
        return counts;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return ApiDocument.JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] replace(byte[] source, byte[] marker, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < source.length; i++) {
            if (i <= source.length - marker.length && java.util.Arrays.equals(source, i, i + marker.length, marker, 0,
                    marker.length)) {
                out.write(with, 0, with.length);
                i += marker.length - 1;
            } else {
                out.write(source[i]);
            }
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
