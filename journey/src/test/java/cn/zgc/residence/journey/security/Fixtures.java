package cn.zgc.residence.journey.security;

import static org.awaitility.Awaitility.await;

import cn.zgc.residence.journey.Journey;
import cn.zgc.residence.journey.RunningSet;
import cn.zgc.residence.journey.security.ApiDocument.Operation;
import cn.zgc.residence.journey.security.ApiDocument.Param;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The first partner's resources (an assessment with its letter, the dossier it opened, an invoice with a payment and
 * a refund) and a value for every path and query parameter of the API, made once per test JVM through the gateway.
 * Parameters are filled by name within their collection, so a new operation reusing a name is covered at once; a
 * required parameter without a value makes the tests fail, naming it.
 */
final class Fixtures {

    static final String HALL = "zhongguancun-center";
    /** Collections whose `{id}` (and everything below it) belongs to one partner: a stranger gets 404. */
    static final Set<String> OWNED = Set.of("assessments", "dossiers", "invoices", "appointments",
            "webhook-subscriptions");

    private static Fixtures instance;

    final String owner = "P-SEC-A-" + UUID.randomUUID().toString().substring(0, 8);
    final String stranger = "P-SEC-B-" + UUID.randomUUID().toString().substring(0, 8);
    final String applicantRef = "APP-SEC-" + UUID.randomUUID().toString().substring(0, 8);
    final String committeeToken = Tokens.committee("committee-security");
    final String immigrationToken = Tokens.immigration("immigration-security");
    final String ownerToken = Tokens.partner(owner);
    final String strangerToken = Tokens.partner(stranger);
    /** Values by "collection:name" for path parameters and by name for query parameters. */
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, String> queryValues = new HashMap<>();
    final String assessmentId;
    final String dossierId;
    final String invoiceId;
    final String appointmentId;
    private final String gateway;
    private String bookedAt;
    final String subscriptionId;

    static synchronized Fixtures get() {
        if (instance == null) {
            instance = new Fixtures(RunningSet.get().gatewayUrl());
        }
        return instance;
    }

    private Fixtures(String gateway) {
        this.gateway = gateway;
        assessmentId = id(post(gateway + "/api/v1/assessments", ownerToken,
                Journey.eligibleAssessment(applicantRef), Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        expect(201, post(gateway + "/api/v1/assessments/" + assessmentId + "/recommendation", committeeToken, null,
                Map.of()));
        dossierId = awaitFirstId("the dossier opened from the letter",
                gateway + "/api/v1/dossiers?assessmentId=" + assessmentId, ownerToken);
        invoiceId = id(post(gateway + "/api/v1/invoices", immigrationToken, Map.of("partnerId", owner,
                "dossierId", dossierId, "applicantRef", applicantRef, "services", List.of("CERTIFICATE_PRODUCTION")),
                Map.of()));
        String paymentId = id(post(gateway + "/api/v1/invoices/" + invoiceId + "/payments", ownerToken,
                Map.of("amount", new java.math.BigDecimal("50.00"), "currency", "CNY", "channel", "BANK_TRANSFER",
                        "externalReference", "SEC-" + UUID.randomUUID()),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        // a declared payment keeps nothing on the invoice until immigration confirms it
        expect(200, post(gateway + "/api/v1/invoices/" + invoiceId + "/payments/" + paymentId + "/confirmation",
                immigrationToken, null, Map.of()));
        String refundId = id(post(gateway + "/api/v1/invoices/" + invoiceId + "/refunds", immigrationToken,
                Map.of("amount", new java.math.BigDecimal("10.00"), "currency", "CNY",
                        "reason", "Security suite fixture"), Map.of()));
        String noticeDay = Journey.TODAY.plusDays(300).toString();
        String noticeId = id(post(gateway + "/api/v1/halls/" + HALL + "/notices", immigrationToken, Map.of(
                "from", noticeDay, "to", noticeDay, "kind", "SPECIAL_HOURS", "intervals", List.of("09:00-12:00"),
                "reasonEn", "Security suite fixture", "reasonZh", "安全测试"), Map.of()));

        appointmentId = book(gateway);
        subscriptionId = id(post(gateway + "/api/v1/webhook-subscriptions", ownerToken, Map.of(
                "url", "http://127.0.0.1:9/security-suite", "eventTypes", List.of("DossierAccepted")), Map.of()));
        HttpResponse<String> uploaded = Http.send("POST", gateway + "/api/v1/dossiers/" + dossierId
                + "/items/MEDICAL_CERTIFICATE/files?name=medical.pdf", ownerToken, DocumentFiles.blankA4Pdf(),
                Map.of("Content-Type", "application/pdf"));
        pathValues.put("dossiers:fileId", id(uploaded));
        pathValues.put("appointments:id", appointmentId);
        pathValues.put("webhook-subscriptions:id", subscriptionId);
        pathValues.put("halls:versionId", json(get(gateway + "/api/v1/halls/" + HALL + "/capacity", immigrationToken))
                .get(0).path("id").asText());
        JsonNode letter = json(get(gateway + "/api/v1/assessments/" + assessmentId + "/recommendation", ownerToken));
        pathValues.put("verify:number", letter.path("letterNumber").asText());
        queryValues.put("code", java.net.URI.create(letter.path("verificationUrl").asText()).getQuery()
                .replaceFirst("^.*code=", "").replaceFirst("&.*$", ""));
        pathValues.put("assessments:id", assessmentId);
        pathValues.put("dossiers:id", dossierId);
        pathValues.put("dossiers:code", "MEDICAL_CERTIFICATE");
        pathValues.put("invoices:id", invoiceId);
        pathValues.put("invoices:paymentId", paymentId);
        pathValues.put("invoices:refundId", refundId);
        pathValues.put("halls:id", HALL);
        pathValues.put("halls:noticeId", noticeId);
        pathValues.put("halls:effectiveFrom", json(get(gateway + "/api/v1/halls/" + HALL + "/regular-hours",
                immigrationToken)).get(0).path("effectiveFrom").asText());
        pathValues.put("criteria:id", json(get(gateway + "/api/v1/criteria", committeeToken)).get(0).path("id").asText());
        pathValues.put("fee-schedules:version", json(get(gateway + "/api/v1/fee-schedules", immigrationToken)).get(0)
                .path("version").asText());
        queryValues.put("assessmentId", assessmentId);
        queryValues.put("dossierId", dossierId);
        queryValues.put("applicantRef", applicantRef);
        queryValues.put("category", "PERMANENT_RESIDENCE");
    }

    /** Every owned resource id of the first partner: none may show up in a stranger's answer. */
    List<String> ownedIds() {
        return List.of(assessmentId, dossierId, invoiceId, pathValues.get("invoices:paymentId"),
                pathValues.get("invoices:refundId"), appointmentId, subscriptionId);
    }

    boolean ownedPath(Operation op) {
        return OWNED.contains(op.collection()) && op.path().contains("{id}");
    }

    /** The path with every parameter filled, plus the query of the required (and fixture-known) parameters. */
    String target(Operation op) {
        return target(op, true);
    }

    /**
     * As {@link #target(Operation)}; with {@code fresh}, a DELETE removes, a withdrawal ends and a revocation revokes a
     * resource of its own (the one named last in the path, the dossier, or the assessment's letter), so that the shared
     * fixtures stay for every later call (a revoked letter withdraws its dossier). Calls that must change nothing (bad
     * input) pass false.
     */
    String target(Operation op, boolean fresh) {
        String path = op.path();
        String last = path.substring(path.lastIndexOf('{') + 1, path.lastIndexOf('}') < 0 ? 0 : path.lastIndexOf('}'));
        for (Param p : op.params("path")) {
            String key = op.collection() + ":" + p.name();
            boolean removed = fresh && op.method().equals("DELETE") && p.name().equals(last);
            boolean ended = fresh && op.path().endsWith("/withdrawal") && key.equals("dossiers:id");
            boolean revoked = fresh && op.path().endsWith("/recommendation/revocation") && key.equals("assessments:id");
            String value = removed ? fresh(key) : ended ? freshDossier() : revoked ? freshLetter()
                    : pathValues.get(key);
            if (value == null) {
                throw new IllegalStateException(op.key() + ": no fixture value for path parameter " + p.name()
                        + " (add it to Fixtures)");
            }
            path = path.replace("{" + p.name() + "}", encode(value));
        }
        List<String> query = new ArrayList<>();
        for (Map.Entry<String, String> q : query(op).entrySet()) {
            query.add(encode(q.getKey()) + "=" + encode(q.getValue()));
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    Map<String, String> query(Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.params("query")) {
            String value = queryValues.get(p.name());
            if (value == null && p.required()) {
                value = p.example() != null ? p.example().asText()
                        : p.schema() != null && p.schema().path("enum").size() > 0 ? p.schema().path("enum").get(0).asText()
                        : null;
                if (value == null) {
                    throw new IllegalStateException(op.key() + ": no value for required query parameter " + p.name()
                            + " (add it to Fixtures)");
                }
            }
            if (value != null) {
                query.put(p.name(), value);
            }
        }
        return query;
    }

    /** Required headers (only Idempotency-Key so far: a fresh key per call). */
    Map<String, String> headers(Operation op) {
        Map<String, String> headers = new HashMap<>();
        for (Param p : op.params("header")) {
            if (p.name().equalsIgnoreCase("Idempotency-Key")) {
                headers.put(p.name(), UUID.randomUUID().toString());
            } else if (p.required()) {
                throw new IllegalStateException(op.key() + ": no value for required header " + p.name());
            }
        }
        return headers;
    }

    /** A body the operation accepts: the document's example, else one of ours, else an empty object. */
    JsonNode body(Operation op) {
        if (!op.hasBody()) {
            return null;
        }
        JsonNode ours = switch (op.key()) {
            case "POST /api/v1/assessments" -> ApiDocument.JSON.valueToTree(
                    Journey.eligibleAssessment("APP-SEC-" + UUID.randomUUID().toString().substring(0, 8)));
            case "POST /api/v1/assessments/evaluate" -> {
                ObjectNode node = ApiDocument.JSON.valueToTree(Journey.eligibleAssessment("unused"));
                node.remove("applicantRef");
                yield node;
            }
            case "POST /api/v1/appointments" -> ApiDocument.JSON.valueToTree(Map.of("dossierId", dossierId,
                    "hallId", HALL, "startsAt", bookedAt));
            case "POST /api/v1/checklists" -> ApiDocument.JSON.valueToTree(Map.of("facts", Map.of(
                    "track", "TECHNICAL_TALENT", "employerKind", "ENTERPRISE", "documentLanguages", List.of("en"))));
            default -> null;
        };
        if (ours != null) {
            return ours;
        }
        return op.example() != null ? op.example().deepCopy() : ApiDocument.JSON.createObjectNode();
    }

    /**
     * A new resource of the owner for a DELETE, so that removing it leaves the shared fixtures for every later call;
     * other path parameters keep their fixture value.
     */
    private String fresh(String key) {
        return switch (key) {
            case "webhook-subscriptions:id" -> id(post(gateway + "/api/v1/webhook-subscriptions", ownerToken, Map.of(
                    "url", "http://127.0.0.1:9/security-suite", "eventTypes", List.of("DossierAccepted")), Map.of()));
            case "dossiers:fileId" -> id(Http.send("POST", gateway + "/api/v1/dossiers/" + dossierId
                    + "/items/MEDICAL_CERTIFICATE/files?name=medical.pdf", ownerToken, DocumentFiles.blankA4Pdf(),
                    Map.of("Content-Type", "application/pdf")));
            default -> pathValues.get(key);
        };
    }

    /** An assessment of the owner's of its own with its recommendation letter issued. */
    private String freshLetter() {
        String assessment = id(post(gateway + "/api/v1/assessments", ownerToken, Journey.eligibleAssessment(applicantRef),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        expect(201, post(gateway + "/api/v1/assessments/" + assessment + "/recommendation", committeeToken, null,
                Map.of()));
        return assessment;
    }

    /** A dossier of the owner's of its own: a new assessment, its letter, and the dossier the letter opens. */
    private String freshDossier() {
        String assessment = id(post(gateway + "/api/v1/assessments", ownerToken, Journey.eligibleAssessment(applicantRef),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())));
        expect(201, post(gateway + "/api/v1/assessments/" + assessment + "/recommendation", committeeToken, null,
                Map.of()));
        return awaitFirstId("the dossier opened from the letter", gateway + "/api/v1/dossiers?assessmentId=" + assessment,
                ownerToken);
    }

    /** Whether the operation's body names one of the first partner's resources (a booking names its dossier). */
    boolean bodyNamesOwned(Operation op) {
        JsonNode body = body(op);
        return body != null && ownedIds().stream().anyMatch(body.toString()::contains);
    }

    /** Books the first free slot at {@link #HALL} in the coming four weeks for the fixture dossier. */
    private String book(String gateway) {
        JsonNode slots = json(get(gateway + "/api/v1/halls/" + HALL + "/slots?category=PERMANENT_RESIDENCE&available=true"
                + "&from=" + Journey.TODAY.plusDays(1) + "&to=" + Journey.TODAY.plusDays(28), ownerToken)).path("slots");
        if (slots.isEmpty()) {
            throw new IllegalStateException("no free slot at " + HALL + " in the coming four weeks");
        }
        bookedAt = slots.get(0).path("startsAt").asText();
        return id(post(gateway + "/api/v1/appointments", ownerToken, Map.of("dossierId", dossierId, "hallId", HALL,
                "startsAt", bookedAt), Map.of("Idempotency-Key", UUID.randomUUID().toString())));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<String> post(String url, String token, Object body, Map<String, String> headers) {
        try {
            return Http.send("POST", url, token, body == null ? null : ApiDocument.JSON.writeValueAsBytes(body), headers);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Polls a list endpoint until it answers at least one item (up to 60 s); the first item's id. A list is a JSON array
     * or, for dossiers, a page whose {@code dossiers} field is the array.
     */
    static String awaitFirstId(String what, String url, String token) {
        return await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonNode answer = json(get(url, token));
            JsonNode found = answer.isArray() ? answer : answer.path("dossiers");
            return found.isArray() && found.size() > 0 ? found.get(0).path("id").asText() : null;
        }, Objects::nonNull);
    }

    private static HttpResponse<String> get(String url, String token) {
        return Http.send("GET", url, token, null, Map.of());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("fixture: " + response.request().method() + " " + response.uri()
                    + " answered " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static String id(HttpResponse<String> response) {
        expect(201, response);
        return json(response).path("id").asText();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return ApiDocument.JSON.readTree(response.body());
        } catch (Exception e) {
            return ApiDocument.JSON.missingNode();
        }
    }
}
