package cn.zgc.residence.notifications;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A partner's webhook endpoint for tests: a real HTTP server on 127.0.0.1 that verifies each request with the Standard
 * Webhooks library (never the service's own signer) and answers with the status its script gives for the n-th
 * request (1-based).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String webhookId, Map<String, List<String>> headers, String body, int answeredWith,
            boolean verified) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16, r -> {
        Thread thread = new Thread(r, "webhook-receiver");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger inProgress = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile IntUnaryOperator script = n -> 204;
    private volatile long delayMillis;
    private volatile String secret;
    private volatile byte[] responseBody = new byte[0];
    private volatile String location;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start() {
        try {
            return new WebhookReceiver();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL a subscription names, on 127.0.0.1. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/zgc?tenant=test";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The secret its verifier uses (the one the subscription's creation answered). */
    public WebhookReceiver verifyingWith(String secret) {
        this.secret = secret;
        return this;
    }

    /** Status per request number (1-based). */
    public WebhookReceiver answering(IntUnaryOperator script) {
        this.script = script;
        return this;
    }

    public WebhookReceiver slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    public WebhookReceiver withBody(byte[] body) {
        this.responseBody = body;
        return this;
    }

    public WebhookReceiver redirectingTo(String location) {
        this.location = location;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** The requests it answered with a 2xx. */
    public List<Received> accepted() {
        return received.stream().filter(r -> r.answeredWith() >= 200 && r.answeredWith() < 300).toList();
    }

    /** The most requests it was handling at one time. */
    public int mostAtOnce() {
        return mostAtOnce.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            boolean verified = verify(body, headers);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis); // the endpoint is slow: it answers late
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = script.applyAsInt(count.incrementAndGet());
            List<String> ids = headers.get("webhook-id");
            received.add(new Received(ids == null ? null : ids.get(0), headers, body, status, verified));
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
            }
            byte[] answer = responseBody;
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try {
                    exchange.getResponseBody().write(answer);
                } catch (IOException e) {
                    // the service stops reading a large body: expected
                }
            }
        } finally {
            inProgress.decrementAndGet();
        }
    }

    private boolean verify(String body, Map<String, List<String>> headers) {
        String current = secret;
        if (current == null) {
            return false;
        }
        try {
            new Webhook(current).verify(body, headers);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the Standard Webhooks library accepts the request with this secret. */
    public static boolean verifies(String secret, Received request) {
        try {
            new Webhook(secret).verify(request.body(), request.headers());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
