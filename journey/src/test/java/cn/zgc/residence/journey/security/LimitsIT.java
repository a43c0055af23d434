package cn.zgc.residence.journey.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.journey.RunningSet;
import cn.zgc.residence.journey.RunningSet.App;
import cn.zgc.residence.testsupport.Tokens;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The limits hold on the running set: body size, the per-partner rate, and clients that send slowly. */
class LimitsIT {

    private static final int ONE_MEGABYTE = 1024 * 1024;
    private static RunningSet set;

    @BeforeAll
    static void start() {
        set = RunningSet.get();
    }

    @Test
    void anOversizedBodyIsRefusedWith413BeforeItIsReadInFull() throws Exception {
        List<String> targets = new ArrayList<>(List.of(set.gatewayUrl()));
        for (App app : List.of(App.ELIGIBILITY, App.DOCUMENTS, App.FEES, App.OFFICES, App.NOTIFICATIONS)) {
            targets.add(set.url(app));
        }
        String partner = "P-SEC-SIZE-" + UUID.randomUUID().toString().substring(0, 8);
        for (String base : targets) {
            // announce 5 MB, send 64 KB, then wait for the answer without sending the rest
            String response = rawExchange(base, "POST", "/api/v1/assessments", Tokens.partner(partner),
                    5 * ONE_MEGABYTE, 64 * 1024, 0);
            System.out.println("oversized body to " + base + ": " + response.lines().findFirst().orElse("(nothing)"));
            assertThat(response).as(base).startsWith("HTTP/1.1 413");
            assertThat(response.toLowerCase()).as(base).contains("content-type: application/problem+json");
        }
        assertThat(set.count(App.ELIGIBILITY, "select count(*) from assessment where partner_id = '" + partner + "'"))
                .isZero();
    }

    @Test
    void fileUploadsHaveTheirOwnLimitInTheGatewayAndInTheService() throws Exception {
        String partner = "P-SEC-UPLOAD-" + UUID.randomUUID().toString().substring(0, 8);
        String upload = "/api/v1/dossiers/" + UUID.randomUUID() + "/items/PASSPORT/files";
        for (String base : List.of(set.gatewayUrl(), set.url(App.DOCUMENTS))) {
            // over the upload limit (20 MB): refused before the body is read
            String tooLarge = rawExchange(base, "POST", upload, Tokens.partner(partner), 25 * ONE_MEGABYTE, 64 * 1024, 0);
            assertThat(tooLarge).as(base).startsWith("HTTP/1.1 413");
            assertThat(tooLarge.toLowerCase()).as(base).contains("content-type: application/problem+json");
            // 2 MB, over every other route's limit, is not refused for its size (this dossier does not exist: 404)
            String withinLimit = rawExchange(base, "POST", upload, Tokens.partner(partner), 2 * ONE_MEGABYTE,
                    2 * ONE_MEGABYTE, 0);
            System.out.println("2 MB upload to " + base + ": " + withinLimit.lines().findFirst().orElse("(nothing)"));
            assertThat(withinLimit).as(base).startsWith("HTTP/1.1 404");
        }
    }

    @Test
    void aBurstFromOnePartnerIsLimitedWhileAnotherPartnerIsServed() throws Exception {
        String noisy = Tokens.partner("P-SEC-BURST-" + UUID.randomUUID().toString().substring(0, 8));
        String quiet = Tokens.partner("P-SEC-QUIET-" + UUID.randomUUID().toString().substring(0, 8));
        String url = set.gatewayUrl() + "/api/v1/halls";
        int burst = 400;
        Map<Integer, AtomicInteger> noisyStatuses = new ConcurrentHashMap<>();
        List<HttpResponse<String>> limited = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        long started = System.nanoTime();
        List<Future<HttpResponse<String>>> noisyCalls = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            noisyCalls.add(pool.submit(() -> Http.send("GET", url, noisy, null, Map.of())));
        }
        // the other partner keeps calling while the burst runs
        List<Integer> quietStatuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            quietStatuses.add(Http.send("GET", url, quiet, null, Map.of()).statusCode());
        }
        for (Future<HttpResponse<String>> call : noisyCalls) {
            HttpResponse<String> response = call.get(60, TimeUnit.SECONDS);
            noisyStatuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() == 429 && limited.size() < 3) {
                limited.add(response);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        int served = noisyStatuses.getOrDefault(200, new AtomicInteger()).get();
        System.out.printf("rate limit: %d requests from one partner in %.2f s -> %s; the other partner -> %s%n",
                burst, seconds, noisyStatuses, quietStatuses);

        // burst 100 and 50 per second (the defaults), with one second of slack for timing
        assertThat(served).isLessThanOrEqualTo((int) (100 + 50 * (seconds + 1)));
        assertThat(noisyStatuses.keySet()).containsOnly(200, 429);
        assertThat(limited).isNotEmpty().allSatisfy(response -> {
            assertThat(Http.isProblem(response)).isTrue();
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
        });
        assertThat(quietStatuses).containsOnly(200);
    }

    @Test
    void slowClientsSendingByteByByteDoNotHoldUpOtherRequests() throws Exception {
        String partner = "P-SEC-SLOW-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.partner(partner);
        ExecutorService slow = Executors.newFixedThreadPool(6);
        List<Future<String>> slowCalls = new ArrayList<>();
        for (String base : List.of(set.gatewayUrl(), set.gatewayUrl(), set.gatewayUrl(),
                set.url(App.ELIGIBILITY), set.url(App.ELIGIBILITY), set.url(App.ELIGIBILITY))) {
            // a 400-byte body at one byte every 25 ms: 10 s if the server waited for all of it
            slowCalls.add(slow.submit(() -> rawExchange(base, "POST", "/api/v1/assessments", token, 400, 400, 25)));
        }
        List<Long> millis = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        while (System.nanoTime() < until) {
            // a new partner each round, so the rate limit is not what is measured
            String other = Tokens.partner("P-SEC-FAST-" + UUID.randomUUID().toString().substring(0, 8));
            for (String url : List.of(set.gatewayUrl() + "/api/v1/criteria", set.url(App.ELIGIBILITY) + "/api/v1/criteria")) {
                long t = System.nanoTime();
                assertThat(Http.send("GET", url, other, null, Map.of()).statusCode()).isEqualTo(200);
                millis.add((System.nanoTime() - t) / 1_000_000);
            }
        }
        slow.shutdownNow();
        millis.sort(null);
        System.out.printf("while 6 clients sent bodies byte by byte: %d other requests, median %d ms, max %d ms%n",
                millis.size(), millis.get(millis.size() / 2), millis.get(millis.size() - 1));
        assertThat(millis.get(millis.size() - 1)).isLessThan(1000);
        assertThat(millis.get(millis.size() / 2)).isLessThan(200);
    }

    /**
     * Sends a request by hand: headers announcing {@code declaredLength} bytes, then {@code sentLength} bytes of a
     * JSON-ish body, {@code delayMillis} apart one byte at a time (0: all at once); returns what the server answered
     * within a few seconds (the status line and headers at least).
     */
    static String rawExchange(String base, String method, String path, String token, int declaredLength,
            int sentLength, long delayMillis) throws IOException {
        URI uri = URI.create(base);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 3000);
            socket.setSoTimeout(delayMillis > 0 ? 20_000 : 5_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + declaredLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] body = new byte[sentLength];
            java.util.Arrays.fill(body, (byte) ' ');
            if (sentLength > 0) {
                body[0] = '{';
            }
            if (delayMillis == 0) {
                // a server that decides from Content-Length answers before any of the body is sent
                socket.setSoTimeout(1500);
                String early = readAvailable(socket.getInputStream());
                if (!early.isEmpty()) {
                    return early;
                }
                socket.setSoTimeout(5_000);
            }
            try {
                if (delayMillis == 0) {
                    out.write(body);
                    out.flush();
                } else {
                    sendPaced(out, body, delayMillis);
                }
            } catch (IOException e) {
                // the server may close the connection once it has answered: read what it said
            }
            return readAvailable(socket.getInputStream());
        }
    }

    /** Writes one byte per tick of a scheduler: the slowness is the point of this client. */
    private static void sendPaced(OutputStream out, byte[] body, long delayMillis) {
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledExecutorService pace = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            pace.scheduleAtFixedRate(() -> {
                int i = sent.get();
                if (i >= body.length || broken.get()) {
                    return;
                }
                try {
                    out.write(body[i]);
                    out.flush();
                    sent.incrementAndGet();
                } catch (IOException e) {
                    broken.set(true); // the server closed the connection once it had answered
                }
            }, 0, delayMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.awaitility.Awaitility.await("paced body sent or refused")
                    .atMost(java.time.Duration.ofMillis(delayMillis * body.length + 30_000))
                    .pollInterval(java.time.Duration.ofMillis(Math.max(10, delayMillis)))
                    .until(() -> sent.get() >= body.length || broken.get());
        } finally {
            pace.shutdownNow();
        }
    }

    private static String readAvailable(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n")) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // nothing more within the time allowed, or reset after the answer
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }
}
