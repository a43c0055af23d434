import com.sun.net.httpserver.HttpServer;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event committed to webhook received. A partner of its own subscribes a receiver in this process (plain http on
 * 127.0.0.1, which the local run allows) to AssessmentCompleted through notifications-service's API; then stored
 * assessments are created at a steady RATE per second (each commits its AssessmentCompleted to eligibility-service's
 * outbox), and each event's latency runs from the moment its 201 arrived (the commit is then certain) to the moment
 * the receiver has read the webhook (each is checked against its Standard Webhooks signature with the secret shown
 * at the subscription). A warm-up at the same rate is not counted; the subscription is deleted at the end. Prints
 * one JSON object.
 * Over the counted events it also reads how busy the set's cores were while they were issued, and the CPU time each
 * named process of the set spent per event (from /proc) from the first counted event until the last one's webhook
 * arrived.
 * Args: eligibilityUrl notificationsUrl partnerToken rate warmupSeconds seconds serverCpus (as 0 or 0-1)
 * name:pid,name:pid...
 */
public class Webhooks {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"whsec_([A-Za-z0-9+/=]+)\"");
    private static final Pattern ASSESSMENT = Pattern.compile("\"assessmentId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String eligibility = args[0];
        String notifications = args[1];
        String token = args[2];
        int rate = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        String serverCpus = args.length > 6 ? args[6] : "";
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        if (args.length > 7) {
            for (String named : args[7].split(",")) {
                String[] parts = named.split(":");
                if (parts.length == 2 && !parts[1].isBlank()) {
                    pids.put(parts[0], Long.parseLong(parts[1].strip()));
                }
            }
        }

        Map<String, Long> received = new ConcurrentHashMap<>();
        AtomicInteger deliveries = new AtomicInteger();
        AtomicInteger unsigned = new AtomicInteger();
        AtomicReference<byte[]> key = new AtomicReference<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            long now = System.nanoTime();
            deliveries.incrementAndGet();
            if (!verified(key.get(), exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body)) {
                unsigned.incrementAndGet();
            }
            Matcher m = ASSESSMENT.matcher(new String(body, StandardCharsets.UTF_8));
            if (m.find()) {
                received.putIfAbsent(m.group(1), now);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        HttpResponse<String> subscribed = http.send(HttpRequest.newBuilder(URI.create(notifications
                        + "/api/v1/webhook-subscriptions")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"url\":\"" + url + "\",\"eventTypes\":[\"AssessmentCompleted\"],\"description\":\"bench\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher sub = ID.matcher(subscribed.body());
        if (subscribed.statusCode() != 201 || !sub.find()) {
            throw new IllegalStateException("subscription answered " + subscribed.statusCode() + ": " + subscribed.body());
        }
        String subscription = sub.group(1);
        Matcher secret = SECRET.matcher(subscribed.body());
        if (!secret.find()) {
            throw new IllegalStateException("the subscription's answer shows no whsec_ secret");
        }
        key.set(Base64.getDecoder().decode(secret.group(1)));
        Map<String, Long> committed = new ConcurrentHashMap<>();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        String[] load = {"\"serverCoresBusyPercent\":-1,\"cpuMsPerEvent\":{},\"issuingSeconds\":-1"};
        try {
            issue(http, eligibility, token, rate, warmup, null, null, failures);
            // the warm-up's deliveries arrive before the counted events are issued
            long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int seen = -1;
            while (System.nanoTime() < quiet && deliveries.get() != seen) {
                seen = deliveries.get();
                Thread.sleep(1000);
            }
            received.clear();
            failures.set(0);
            long[] coresBefore = cores(serverCpus);
            Map<String, Long> cpuBefore = cpu(pids);
            long startedAt = System.nanoTime();
            issue(http, eligibility, token, rate, seconds, committed, sentAt, failures);
            long[] coresAfter = cores(serverCpus);
            double busy = coresAfter[1] - coresBefore[1] > 0
                    ? 100.0 * (coresAfter[0] - coresBefore[0]) / (coresAfter[1] - coresBefore[1]) : -1;
            double issuing = (System.nanoTime() - startedAt) / 1e9;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !received.keySet().containsAll(committed.keySet())) {
                Thread.sleep(100);
            }
            // the CPU until the last counted webhook arrived: a set that falls behind at this rate spends the rest of
            // its work after the issuing ends, and a reading taken there would leave that work out
            Map<String, Long> cpuAfter = cpu(pids);
            StringBuilder perEvent = new StringBuilder("{");
            int events = Math.max(1, committed.size());
            cpuAfter.forEach((name, ticks) -> perEvent.append(perEvent.length() > 1 ? "," : "").append('"').append(name)
                    .append("\":").append(String.format(Locale.ROOT, "%.2f", (ticks - cpuBefore.get(name)) * 10.0 / events)));
            load[0] = String.format(Locale.ROOT, "\"serverCoresBusyPercent\":%.0f,\"cpuMsPerEvent\":%s},\"issuingSeconds\":%.1f",
                    busy, perEvent, issuing);
        } finally {
            http.send(HttpRequest.newBuilder(URI.create(notifications + "/api/v1/webhook-subscriptions/" + subscription))
                    .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            receiver.stop(0);
        }
        List<Long> fromCommit = new ArrayList<>();
        List<Long> fromSend = new ArrayList<>();
        committed.forEach((id, at) -> {
            Long got = received.get(id);
            if (got != null) {
                fromCommit.add(Math.max(0, got - at));
                fromSend.add(got - sentAt.get(id));
            }
        });
        Collections.sort(fromCommit);
        Collections.sort(fromSend);
        System.out.printf(Locale.ROOT, "{\"rate\":%d,\"events\":%d,\"received\":%d,\"failures\":%d,\"unverified\":%d,"
                        + "\"p50Ms\":%.1f,\"p99Ms\":%.1f,\"maxMs\":%.1f,\"fromRequestP50Ms\":%.1f,\"fromRequestP99Ms\":%.1f,%s}%n",
                rate, committed.size(), fromCommit.size(), failures.get(), unsigned.get(), percentile(fromCommit, 0.5),
                percentile(fromCommit, 0.99), percentile(fromCommit, 1.0), percentile(fromSend, 0.5),
                percentile(fromSend, 0.99), load[0]);
        System.exit(0);
    }

    /** RATE stored assessments a second for SECONDS; records each one's send and 201 times when maps are given. */
    static void issue(HttpClient http, String eligibility, String token, int rate, int seconds, Map<String, Long> committed,
            Map<String, Long> sentAt, AtomicInteger failures) throws Exception {
        String since = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
        String body = "{\"applicantRef\":\"BENCH-W\",\"track\":\"TECHNICAL_TALENT\",\"facts\":{"
                + "\"employerZhongguancunHighTechInScope\":true,\"position\":\"DIRECTOR\",\"headsRndTeam\":false,"
                + "\"education\":\"DOCTORATE\",\"age\":35,\"yearsOfRelevantExperience\":10,"
                + "\"previousYearSalaryCny\":500000.00,\"inventionPatents\":1,\"awards\":0,\"internationalCertificates\":1,"
                + "\"field\":\"ARTIFICIAL_INTELLIGENCE\",\"zhongguancunEmploymentSince\":\"" + since + "\",\"hskLevel\":0}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/assessments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        int total = rate * seconds;
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        ticker.scheduleAtFixedRate(() -> {
            if (issued.getAndIncrement() >= total) {
                return;
            }
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                long now = System.nanoTime();
                Matcher m = r == null ? null : ID.matcher(r.body());
                if (r != null && r.statusCode() == 201 && m.find()) {
                    if (committed != null) {
                        committed.put(m.group(1), now);
                        sentAt.put(m.group(1), sent);
                    }
                } else {
                    failures.incrementAndGet();
                }
                answered.incrementAndGet();
            });
        }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 60L);
        while (answered.get() < total && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        ticker.shutdownNow();
    }

    /** [busy, all] jiffies of the listed cores (as 0 or 0-1), from /proc/stat; zeros when unreadable. */
    static long[] cores(String list) {
        long[] sum = new long[2];
        if (list.isBlank()) {
            return sum;
        }
        String[] range = list.split("-");
        int first = Integer.parseInt(range[0].strip());
        int last = range.length > 1 ? Integer.parseInt(range[1].strip()) : first;
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat"))) {
                String[] f = line.split("\\s+");
                if (f[0].startsWith("cpu") && f[0].length() > 3) {
                    int n = Integer.parseInt(f[0].substring(3));
                    if (n >= first && n <= last) {
                        long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
                        long idle = Long.parseLong(f[4]), iowait = Long.parseLong(f[5]);
                        long irq = Long.parseLong(f[6]), softirq = Long.parseLong(f[7]);
                        long busy = user + nice + system + irq + softirq;
                        sum[0] += busy;
                        sum[1] += busy + idle + iowait;
                    }
                }
            }
        } catch (Exception e) {
            return new long[2];
        }
        return sum;
    }

    /** User and system time of each process in jiffies (1/100 s), from /proc/PID/stat; 0 when unreadable. */
    static Map<String, Long> cpu(Map<String, Long> pids) {
        Map<String, Long> ticks = new java.util.LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks.put(name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
            } catch (Exception e) {
                ticks.put(name, 0L);
            }
        });
        return ticks;
    }

    /** The Standard Webhooks check: one v1 signature is the HMAC-SHA256 of "id.timestamp.body" with the secret. */
    static boolean verified(byte[] key, String id, String timestamp, String signatures, byte[] body) {
        if (key == null || id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String entry : signatures.split(" ")) {
                if (entry.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(entry.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
