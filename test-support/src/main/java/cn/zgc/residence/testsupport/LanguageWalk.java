package cn.zgc.residence.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Walks every operation of the service under test, as its own OpenAPI document ({@code /q/openapi?format=json})
 * lists them, once with {@code Accept-Language: zh} and once with {@code en}, and finds every text for people that
 * is left in the other language.
 *
 * <p>Each operation is called without a token (401), with a token of a role its security requirement does not name
 * (403), and with a token of each role it names; path parameters take the values the test gives ({@link #pathValue})
 * and a random id (404); operations with a body get the document's example, {@code {}} (validation problems) and
 * a malformed body. GETs go first and DELETEs last, so that the real ids stay real for as long as possible.
 *
 * <p>The text for people in an answer: in a problem body its {@code title}, {@code detail} and
 * {@code errors[].message} (RFC 9457 and our field errors); in any other JSON answer the fields in
 * {@link #VIEW_TEXT_FIELDS}, the names our views give to sentences, names and labels written by the system. Every
 * other field is an id, a code, an enum value, a number, a date or a URL, which is the same in both languages.
 * Fields named {@code en} or {@code zh}, or ending in {@code En} or {@code Zh}, are a text's copies in each
 * language and are not checked. Text that is stored as it was written (what people enter: a refund's reason, a
 * partner's note; a technical diagnostic recorded at the time) is not translated: the test names such fields with
 * {@link #storedAsWritten}.
 *
 * <p>A zh answer fails on a text value with a Latin word and no Chinese character; an en answer fails on a text
 * value with a Chinese character. Values that are not text (ids, codes, URLs, e-mail addresses, dates) and the
 * values the walk sent itself are not judged.
 *
 * <p>Use, in a {@code @QuarkusTest}:
 * <pre>{@code
 * LanguageWalk.Report report = LanguageWalk.service()
 *         .token("partner", Tokens.partner("p-walk"))      // optional: defaults exist for partner, committee, immigration
 *         .pathValue("id", invoiceId.toString())           // real ids: some answers are views
 *         .storedAsWritten("refunds[].reason")
 *         .walk();
 * report.assertBothLanguages();                            // fails listing operation, language, field and value
 * }</pre>
 */
public final class LanguageWalk {

    /** The fields of problem bodies that people read (RFC 9457 title and detail; our field errors' messages). */
    public static final Set<String> PROBLEM_TEXT_FIELDS = Set.of("title", "detail", "errors[].message");

    /**
     * The fields of views that carry text written by the system for people: names and labels of things
     * (a fee item's {@code name}, a factor's {@code label} and {@code band}, a hall's {@code address}), sentences ({@code text},
     * {@code reason}, {@code requirement}, {@code description}, {@code note}, {@code message}, {@code summary},
     * {@code explanation}, {@code hint}, {@code meaning}, {@code condition}) and the reasons the system gives
     * ({@code disabledReason}, {@code error}).
     */
    public static final Set<String> VIEW_TEXT_FIELDS = Set.of("title", "name", "label", "band", "address", "text", "reason",
            "requirement", "description", "note", "message", "summary", "explanation", "hint", "meaning", "condition",
            "conditions", "detail", "disabledReason", "error", "holiday", "holidayName");

    /** The roles of the system's tokens, as the document's security requirements name them. */
    private static final List<String> ROLES = List.of("partner", "committee", "immigration");

    private static final Pattern CHINESE = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final List<Pattern> NOT_TEXT = List.of(
            Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
            Pattern.compile("(?i)(https?|urn|mailto):\\S*"),
            Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"),
            Pattern.compile("[A-Z0-9][A-Z0-9_.\\-/]*"),
            Pattern.compile("[a-z0-9]+([._\\-/][a-z0-9]+)+"),
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.+\\-Z]*)?"),
            Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, List<String>> pathValues = new LinkedHashMap<>();
    private final Map<String, List<String>> queryValues = new LinkedHashMap<>();
    private final Map<String, List<String>> extraBodies = new LinkedHashMap<>();
    private final Set<String> storedAsWritten = new LinkedHashSet<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private final Set<String> withoutExample = new LinkedHashSet<>();
    private final Set<String> sent = new LinkedHashSet<>();
    private String documentPath = "/q/openapi?format=json";

    private LanguageWalk() {
        tokens.put("partner", Tokens.partner("p-language-walk"));
        tokens.put("committee", Tokens.committee());
        tokens.put("immigration", Tokens.immigration());
    }

    /** A walk of the service RestAssured points at (the {@code @QuarkusTest} application). */
    public static LanguageWalk service() {
        return new LanguageWalk();
    }

    /** The token used for a role (by default a partner {@code p-language-walk}, the committee, immigration). */
    public LanguageWalk token(String role, String token) {
        tokens.put(role, token);
        return this;
    }

    /**
     * Real values of a path parameter, so that answers are views and not only 404s. Values of different
     * parameters are used together by position: the first value of {@code id} with the first of {@code paymentId}.
     */
    public LanguageWalk pathValue(String parameter, String... values) {
        pathValues.computeIfAbsent(parameter, p -> new ArrayList<>()).addAll(List.of(values));
        sent.addAll(List.of(values));
        return this;
    }

    /**
     * Values of a query parameter (a real one, a malformed one), each sent in a request of its own to every
     * operation that declares the parameter, beside the request without it.
     */
    public LanguageWalk queryValue(String parameter, String... values) {
        queryValues.computeIfAbsent(parameter, p -> new ArrayList<>()).addAll(List.of(values));
        sent.addAll(List.of(values));
        return this;
    }

    /** One more JSON body for an operation ({@code "POST /api/v1/invoices/{id}/refunds"}), beside its example. */
    public LanguageWalk body(String operation, String json) {
        extraBodies.computeIfAbsent(operation, o -> new ArrayList<>()).add(json);
        return this;
    }

    /**
     * Fields whose text is stored as it was written and not translated (entered by people, or a diagnostic recorded
     * at the time): a field name ({@code note}) or the end of a field path ({@code refunds[].reason}).
     */
    public LanguageWalk storedAsWritten(String... fields) {
        storedAsWritten.addAll(List.of(fields));
        return this;
    }

    /** Operations not to walk ({@code "GET /verify/letters/{number}"}), for example a page that is not JSON. */
    public LanguageWalk skip(String... operations) {
        skipped.addAll(List.of(operations));
        return this;
    }

    /**
     * Operations whose document example is not sent (only {@code {}}, the malformed body and the test's own
     * {@link #body}), for example a publication whose example would change what other tests of the run rely on.
     */
    public LanguageWalk withoutExample(String... operations) {
        withoutExample.addAll(List.of(operations));
        return this;
    }

    public LanguageWalk document(String path) {
        documentPath = path;
        return this;
    }

    /** Sends every request, in both languages, and returns what came back. */
    public Report walk() {
        JsonNode document = read(given().accept("application/json").get(documentPath).then().statusCode(200)
                .extract().asString());
        List<Operation> operations = operations(document);
        Report report = new Report();
        for (Operation operation : operations) {
            report.operations.add(operation.name());
            for (Call call : calls(operation)) {
                for (String language : List.of("zh", "en")) {
                    send(operation, call, language, report);
                }
            }
        }
        return report;
    }

    private List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase();
            if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            Operation operation = new Operation(method, path.getKey(), entry.getValue(), document);
            if (!skipped.contains(operation.name())) {
                operations.add(operation);
            }
        }));
        List<String> order = List.of("GET", "PUT", "PATCH", "POST", "DELETE");
        operations.sort(Comparator.comparing((Operation o) -> order.indexOf(o.method)).thenComparing(o -> o.path));
        return operations;
    }

    private List<Call> calls(Operation operation) {
        List<String> roles = operation.roles();
        List<Call> calls = new ArrayList<>();
        String randomPath = operation.path(Map.of());
        List<String> realPaths = realPaths(operation);
        if (operation.secured()) {
            calls.add(new Call(null, randomPath, null, Map.of()));
            ROLES.stream().filter(role -> !roles.contains(role)).findFirst()
                    .ifPresent(role -> calls.add(new Call(role, randomPath, null, Map.of())));
        }
        List<String> callers = operation.secured() ? roles : java.util.Collections.singletonList(null);
        for (String role : callers) {
            List<String> paths = new ArrayList<>(realPaths);
            paths.add(randomPath);
            for (String path : new LinkedHashSet<>(paths)) {
                if (operation.hasBody()) {
                    for (String body : operation.bodies()) {
                        calls.add(new Call(role, path, body, Map.of()));
                    }
                } else {
                    calls.add(new Call(role, path, null, Map.of()));
                }
                for (String query : operation.queryParameters()) {
                    for (String value : queryValues.getOrDefault(query, List.of())) {
                        String body = operation.hasBody() ? operation.bodies().get(0) : null;
                        calls.add(new Call(role, path, body, Map.of(query, value)));
                    }
                }
            }
        }
        return calls;
    }

    private List<String> realPaths(Operation operation) {
        List<String> names = operation.pathParameters();
        if (names.isEmpty()) {
            return List.of(operation.path(Map.of()));
        }
        int count = names.stream().mapToInt(n -> pathValues.getOrDefault(n, List.of()).size()).max().orElse(0);
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : names) {
                List<String> given = pathValues.getOrDefault(name, List.of());
                if (!given.isEmpty()) {
                    values.put(name, given.get(Math.min(i, given.size() - 1)));
                }
            }
            paths.add(operation.path(values));
        }
        return paths;
    }

    private void send(Operation operation, Call call, String language, Report report) {
        RequestSpecification request = given().header("Accept-Language", language);
        if (call.role != null) {
            request = request.header("Authorization", Tokens.bearer(tokens.get(call.role)));
        }
        if (!"GET".equals(operation.method)) {
            request = request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        for (Map.Entry<String, String> query : call.query.entrySet()) {
            request = request.queryParam(query.getKey(), query.getValue());
        }
        if (call.body != null) {
            // as bytes, so that any media type (JSON, an upload's octet-stream) is sent as written
            request = request.contentType(operation.bodyType()).body(call.body.getBytes(StandardCharsets.UTF_8));
        }
        Response response = request.request(operation.method, call.path);
        String contentType = response.getContentType() == null ? "" : response.getContentType();
        if (!contentType.contains("json")) {
            report.nonJson.merge(operation.name(), 1, Integer::sum);
            return;
        }
        JsonNode body;
        try {
            body = read(response.asString());
        } catch (IllegalStateException e) {
            report.findings.add(operation.name() + " [" + language + "] " + response.statusCode()
                    + ": the answer is not JSON although it says " + contentType);
            return;
        }
        boolean problem = contentType.contains("problem+json");
        Answer answer = new Answer(operation.name(), language, call.role, call.path, response.statusCode(), problem,
                body);
        report.answers.add(answer);
        inspect(answer, body, "", problem, report);
    }

    private void inspect(Answer answer, JsonNode node, String path, boolean problem, Report report) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (otherLanguageCopy(name)) {
                    continue;
                }
                String fieldPath = path.isEmpty() ? name : path + "." + name;
                JsonNode value = field.getValue();
                if (value.isTextual() || (value.isArray() && value.size() > 0 && value.get(0).isTextual())) {
                    if (isText(name, fieldPath, problem)) {
                        if (value.isTextual()) {
                            judge(answer, fieldPath, value.asText(), report);
                        } else {
                            value.forEach(item -> judge(answer, fieldPath + "[]", item.asText(), report));
                        }
                    }
                } else {
                    inspect(answer, value, fieldPath, problem, report);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                inspect(answer, item, path + "[]", problem, report);
            }
        }
    }

    private boolean isText(String name, String path, boolean problem) {
        if (problem) {
            return PROBLEM_TEXT_FIELDS.contains(path);
        }
        if (storedAsWritten.contains(name) || storedAsWritten.stream().anyMatch(path::endsWith)) {
            return false;
        }
        return VIEW_TEXT_FIELDS.contains(name);
    }

    private static boolean otherLanguageCopy(String name) {
        return name.equals("en") || name.equals("zh") || name.endsWith("En") || name.endsWith("Zh");
    }

    private void judge(Answer answer, String field, String value, Report report) {
        report.textValues++;
        if (sent.contains(value) || !leftInOtherLanguage(answer.language, value)) {
            return;
        }
        report.findings.add(answer.describe() + " " + field + " is not in "
                + ("zh".equals(answer.language) ? "Chinese" : "English") + ": " + value);
    }

    /**
     * Whether a text value of an answer in the language ({@code zh} or {@code en}) is in the other one: in Chinese,
     * Latin words and no Chinese character; in English, a Chinese character. Ids, codes, URLs, e-mail addresses and
     * dates are not text.
     */
    public static boolean leftInOtherLanguage(String language, String value) {
        if (value == null || value.isBlank() || notText(value)) {
            return false;
        }
        boolean chinese = CHINESE.matcher(value).find();
        return "zh".equals(language) ? LATIN_WORD.matcher(value).find() && !chinese : chinese;
    }

    private static boolean notText(String value) {
        String trimmed = value.trim();
        return NOT_TEXT.stream().anyMatch(p -> p.matcher(trimmed).matches());
    }

    private JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void collectSent(JsonNode node) {
        if (node.isTextual()) {
            sent.add(node.asText());
        }
        node.forEach(this::collectSent);
    }

    private void remember(String body) {
        try {
            collectSent(JSON.readTree(body));
        } catch (java.io.IOException | RuntimeException e) {
            // a malformed body sends no values
        }
    }

    /** One operation of the document. */
    private final class Operation {
        final String method;
        final String path;
        final JsonNode node;
        final JsonNode document;

        Operation(String method, String path, JsonNode node, JsonNode document) {
            this.method = method;
            this.path = path;
            this.node = node;
            this.document = document;
        }

        String name() {
            return method + " " + path;
        }

        boolean secured() {
            JsonNode security = node.path("security");
            return security.isArray() ? security.size() > 0 : document.path("security").size() > 0;
        }

        List<String> roles() {
            Set<String> roles = new LinkedHashSet<>();
            node.path("security").forEach(requirement -> requirement.fields()
                    .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
            if (roles.isEmpty() && secured()) {
                roles.addAll(tokens.keySet());
            }
            return new ArrayList<>(roles);
        }

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            java.util.regex.Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    names.add(p.path("name").asText());
                }
            });
            return names;
        }

        String path(Map<String, String> values) {
            String result = path;
            for (String name : pathParameters()) {
                result = result.replace("{" + name + "}", values.getOrDefault(name, UUID.randomUUID().toString()));
            }
            return result;
        }

        boolean hasBody() {
            return node.has("requestBody");
        }

        String bodyType() {
            Iterator<String> types = node.path("requestBody").path("content").fieldNames();
            return types.hasNext() ? types.next() : "application/json";
        }

        List<String> bodies() {
            List<String> bodies = new ArrayList<>();
            if (!bodyType().contains("json")) {
                bodies.add("walk");
                return bodies;
            }
            JsonNode media = node.path("requestBody").path("content").path(bodyType());
            JsonNode schema = media.path("schema");
            if (schema.has("$ref")) {
                schema = document.at(schema.path("$ref").asText().substring(1));
            }
            JsonNode example = media.path("example");
            if (example.isMissingNode() && media.path("examples").elements().hasNext()) {
                example = media.path("examples").elements().next().path("value");
            }
            if (example.isMissingNode()) {
                example = schema.path("example");
            }
            if (example.isMissingNode() && schema.path("examples").isArray() && schema.path("examples").size() > 0) {
                example = schema.path("examples").get(0);
            }
            if (!example.isMissingNode() && !withoutExample.contains(name())) {
                String json = example.isTextual() ? example.asText() : example.toString();
                bodies.add(json);
                remember(json);
            }
            for (String extra : extraBodies.getOrDefault(name(), List.of())) {
                bodies.add(extra);
                remember(extra);
            }
            bodies.add("{}");
            bodies.add("{\"");
            return bodies;
        }
    }

    private record Call(String role, String path, String body, Map<String, String> query) {
    }

    /** One JSON answer of the walk. */
    public record Answer(String operation, String language, String role, String path, int status, boolean problem,
                         JsonNode body) {

        String describe() {
            return operation + " [" + language + ", " + (role == null ? "no token" : role) + ", " + status + " at "
                    + path + "]";
        }

        public boolean view() {
            return !problem && status >= 200 && status < 300;
        }
    }

    /** What a walk saw. */
    public static final class Report {
        private final List<String> operations = new ArrayList<>();
        private final List<Answer> answers = new ArrayList<>();
        private final List<String> findings = new ArrayList<>();
        private final Map<String, Integer> nonJson = new TreeMap<>();
        private int textValues;

        public List<String> operations() {
            return List.copyOf(operations);
        }

        public List<Answer> answers() {
            return List.copyOf(answers);
        }

        /** Each text left in the other language: operation, language, caller, status, field and value. */
        public List<String> findings() {
            return List.copyOf(findings);
        }

        public List<Answer> answers(String operation) {
            return answers.stream().filter(a -> a.operation().equals(operation)).toList();
        }

        public long views() {
            return answers.stream().filter(Answer::view).count();
        }

        public long problems() {
            return answers.stream().filter(Answer::problem).count();
        }

        /** The walk's numbers, for the test log. */
        public String summary() {
            return operations.size() + " operations, " + answers.size() + " JSON answers (" + views() + " views, "
                    + problems() + " problems), " + textValues + " text values, " + findings.size() + " findings";
        }

        /**
         * Fails unless the walk saw answers (at least 4 JSON answers per operation, both languages; views and
         * problems, validation problems with field errors among them) and found no text in the other language.
         */
        public Report assertBothLanguages() {
            return assertBothLanguages(4);
        }

        public Report assertBothLanguages(int minimumAnswersPerOperation) {
            List<String> defects = new ArrayList<>();
            if (operations.isEmpty()) {
                defects.add("the document lists no operation");
            }
            for (String operation : operations) {
                Map<String, Long> perLanguage = answers(operation).stream()
                        .collect(Collectors.groupingBy(Answer::language, Collectors.counting()));
                long total = perLanguage.values().stream().mapToLong(Long::longValue).sum();
                if (total < minimumAnswersPerOperation || perLanguage.size() < 2) {
                    defects.add(operation + ": only " + perLanguage + " JSON answers");
                }
            }
            if (views() == 0) {
                defects.add("no view among the answers: give real ids with pathValue");
            }
            if (problems() == 0) {
                defects.add("no problem among the answers");
            }
            boolean fieldErrors = answers.stream().anyMatch(a -> a.problem() && a.body().path("errors").size() > 0);
            if (!fieldErrors) {
                defects.add("no validation problem with field errors among the answers");
            }
            if (textValues == 0) {
                defects.add("no text value was judged");
            }
            defects.addAll(findings);
            if (!defects.isEmpty()) {
                throw new AssertionError("Language walk (" + summary() + "):\n  " + String.join("\n  ", defects));
            }
            return this;
        }
    }
}
