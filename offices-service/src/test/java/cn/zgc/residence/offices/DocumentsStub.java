package cn.zgc.residence.offices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * documents-service's dossier look-up, answered by a real HTTP server in the test JVM as documents answers it: the
 * bearer token decides (another partner's dossier is 404, immigration sees every dossier), the body carries more
 * fields than offices reads. Each test registers the dossiers it uses, by unique ids.
 */
public class DocumentsStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<UUID, String> DOSSIERS = new ConcurrentHashMap<>();
    private static final Map<UUID, String> PARTNERS = new ConcurrentHashMap<>();
    private static final Map<UUID, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static HttpServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/api/v1/dossiers/", DocumentsStub::answer);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.start();
        }
        return Map.of("quarkus.rest-client.documents.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        // shared by every Quarkus application of the module; ends with the JVM
    }

    /** A dossier of {@code partnerId} in {@code state}; the field is named {@code state} (the new name). */
    public static UUID dossier(String partnerId, String state) {
        return dossier(UUID.randomUUID(), partnerId, "state", state, null);
    }

    /** A dossier whose state is given under {@code field} ("state" or the former "status"), with an optional category. */
    public static UUID dossier(UUID id, String partnerId, String field, String state, String category) {
        PARTNERS.put(id, partnerId);
        DOSSIERS.put(id, """
                {"id": "%s", "assessmentId": "%s", "partnerId": "%s", "%s": "%s", %s"applicantRef": "APP-1",
                 "items": [{"code": "PHOTO", "status": "ACCEPTED"}]}"""
                .formatted(id, UUID.randomUUID(), partnerId, field, state,
                        category == null ? "" : "\"category\": \"" + category + "\", "));
        return id;
    }

    /** documents-service fails for this dossier (503). */
    public static UUID failing(String partnerId) {
        UUID id = UUID.randomUUID();
        PARTNERS.put(id, partnerId);
        DOSSIERS.put(id, "FAIL");
        return id;
    }

    public static int calls(UUID id) {
        AtomicInteger count = CALLS.get(id);
        return count == null ? 0 : count.get();
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            UUID id;
            try {
                id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException e) {
                send(exchange, 404, "{}");
                return;
            }
            CALLS.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            JsonNode claims = claims(exchange.getRequestHeaders().getFirst("Authorization"));
            String body = DOSSIERS.get(id);
            if (claims == null) {
                send(exchange, 401, "{}");
            } else if (body == null) {
                send(exchange, 404, "{}");
            } else if ("FAIL".equals(body)) {
                send(exchange, 503, "{}");
            } else if (!claims.path("groups").toString().contains("immigration")
                    && !PARTNERS.get(id).equals(claims.path("partner_id").asText())) {
                send(exchange, 404, "{}");
            } else {
                send(exchange, 200, body);
            }
        }
    }

    /** The token's claims, read without checking the signature: the service under test has checked it already. */
    private static JsonNode claims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (RuntimeException | IOException e) {
            return null;
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
