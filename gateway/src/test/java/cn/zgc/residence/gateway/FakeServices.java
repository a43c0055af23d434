package cn.zgc.residence.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.TimeUnit;

/**
 * Small real HTTP services behind the gateway under test. Each echoes what it received (method, path, query,
 * headers, body length) as JSON, waits 3 s on a path containing {@code /slow}, and serves an OpenAPI document
 * for its prefixes at {@code /q/openapi}.
 */
public final class FakeServices {

    private static final Vertx VERTX = Vertx.vertx();
    private static final Map<String, AtomicInteger> RECEIVED = new ConcurrentHashMap<>();

    private FakeServices() {
    }

    /** Starts a service; port 0 takes a free one. Returns the port it listens on. */
    public static int start(String name, int port, List<String> prefixes) {
        try {
            HttpServer server = VERTX.createHttpServer()
                    .requestHandler(request -> handle(name, prefixes, request))
                    .listen(port, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return server.actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start fake " + name + " service", e);
        }
    }

    /** How many API requests the service has received so far. */
    public static int received(String name) {
        return RECEIVED.computeIfAbsent(name, n -> new AtomicInteger()).get();
    }

    /** A port nothing listens on (yet). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void handle(String name, List<String> prefixes, HttpServerRequest request) {
        if (request.path().equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json").end(openapi(name, prefixes).encode());
            return;
        }
        RECEIVED.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            // a header sent twice shows both values, comma separated, as a service would have to read them
            request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(),
                    headers.containsKey(h.getKey().toLowerCase())
                            ? headers.getString(h.getKey().toLowerCase()) + "," + h.getValue() : h.getValue()));
            JsonObject echo = new JsonObject()
                    .put("service", name)
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("headers", headers)
                    .put("bodyLength", body.length());
            Runnable answer = () -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .putHeader("X-Request-Id", "backend-must-not-override")
                    .end(echo.encode());
            if (request.path().contains("/slow")) {
                VERTX.setTimer(3000, id -> answer.run());
            } else {
                answer.run();
            }
        });
    }

    /** A service's document: one list operation per prefix, its own Problem schema, and a Money schema all share. */
    static JsonObject openapi(String name, List<String> prefixes) {
        JsonObject paths = new JsonObject();
        JsonArray tags = new JsonArray();
        for (String prefix : prefixes) {
            String tag = prefix.substring(prefix.lastIndexOf('/') + 1);
            tags.add(new JsonObject().put("name", tag).put("description", "Operations on " + prefix));
            JsonObject list = json("type", "array").put("items", json("$ref", "#/components/schemas/Money"));
            JsonObject ok = json("description", "The list")
                    .put("content", json("application/json", json("schema", list)));
            JsonObject notFound = json("description", "Not found")
                    .put("content", json("application/problem+json", json("schema", json("$ref", "#/components/schemas/Problem"))));
            JsonObject get = json("summary", "List " + tag)
                    .put("tags", new JsonArray().add(tag))
                    .put("description", "Lists " + tag + ".")
                    // the first list of every service is called "list": a clash the merge must resolve
                    .put("operationId", prefix.equals(prefixes.get(0)) ? "list" : "list-" + tag)
                    .put("responses", json("200", ok).put("404", notFound));
            paths.put(prefix, json("get", get));
        }
        if (name.equals("eligibility")) {
            // a public operation, as the letter check is: no token, "security: []"
            paths.put("/verify/letters/{number}", json("get", json("summary", "Check a letter")
                    .put("operationId", "checkLetter")
                    .put("security", new JsonArray())
                    .put("responses", json("200", json("description", "The letter's standing")))));
        }
        JsonObject money = json("type", "object").put("properties",
                json("amount", json("type", "string")).put("currency", json("type", "string")));
        JsonObject problem = json("type", "object")
                .put("description", "Problem details of the " + name + " service")
                .put("properties", json("type", json("type", "string")).put("status", json("type", "integer")));
        JsonObject components = json("securitySchemes", json("SecurityScheme", json("type", "http").put("scheme", "bearer")))
                .put("schemas", json("Money", money).put("Problem", problem));
        return json("openapi", "3.1.0")
                .put("info", json("title", name + " service").put("version", "1.0.0"))
                .put("tags", tags)
                .put("paths", paths)
                .put("security", new JsonArray().add(json("SecurityScheme", new JsonArray())))
                .put("components", components);
    }

    private static JsonObject json(String key, Object value) {
        return new JsonObject().put(key, value);
    }
}
