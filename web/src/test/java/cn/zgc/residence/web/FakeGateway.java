package cn.zgc.residence.web;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway as the pages see it, for the tracing test: {@code GET /api/v1/halls} answers no halls and keeps the
 * request's X-Request-Id and traceparent, which the test reads back over HTTP ({@code GET /received}: one
 * {@code name: value} line each, empty when absent); Quarkus may load this class twice, so nothing is shared in
 * fields.
 */
public class FakeGateway implements QuarkusTestResourceLifecycleManager {

    private static final String ADDRESS = "zgc.test.web.fake-gateway";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        Map<String, String> received = new ConcurrentHashMap<>();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/halls", exchange -> {
            received.put("X-Request-Id", String.valueOf(exchange.getRequestHeaders().getFirst("X-Request-Id")));
            received.put("traceparent", String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")));
            answer(exchange, "application/json", "[]");
        });
        server.createContext("/received", exchange -> answer(exchange, "text/plain",
                "X-Request-Id: " + received.getOrDefault("X-Request-Id", "") + "\n"
                        + "traceparent: " + received.getOrDefault("traceparent", "") + "\n"));
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        System.setProperty(ADDRESS, url);
        return Map.of("quarkus.rest-client.gateway.url", url);
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The header as the last call to the API carried it ("null" when it carried none). */
    static String received(String header) {
        try {
            String lines = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(System.getProperty(ADDRESS) + "/received")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return lines.lines().filter(line -> line.startsWith(header + ": "))
                    .map(line -> line.substring(header.length() + 2)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
