import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two failover figures of the local set, as the journey's resilience tests take them.
 * <ol>
 * <li>A restart: documents-service is killed (SIGKILL) after its name was written into the launcher's restart folder,
 * so that deploy/local/run starts it again at once; a letter is issued while it is down. Measured from the restart:
 * until the service is ready, and until that letter's dossier is there (letters flow again).</li>
 * <li>A hung backend: fees-service is frozen (SIGSTOP) for HANG seconds while requests to it arrive through the gateway
 * at a steady RATE per second, and as many to offices-service (the halls); each waits at most 15 s. A quick 503 is the
 * gateway's own refusal of an open circuit within a second. Then fees-service goes on (SIGCONT) and the time until its
 * route answers 200 again is taken.</li>
 * </ol>
 * Prints one JSON object. Args: eligibilityUrl documentsUrl documentsManagementUrl gatewayUrl partnerToken
 * officerToken documentsPid feesPid restartFolder hangSeconds rate.
 */
public class Failover {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern DOSSIER = Pattern.compile("\"dossiers\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"");

    public static void main(String[] args) throws Exception {
        String eligibility = args[0];
        String documents = args[1];
        String documentsManagement = args[2];
        String gateway = args[3];
        String partner = args[4];
        String officer = args[5];
        long documentsPid = Long.parseLong(args[6]);
        long feesPid = Long.parseLong(args[7]);
        Path restarts = Path.of(args[8]);
        int hang = Integer.parseInt(args[9]);
        int rate = Integer.parseInt(args[10]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newCachedThreadPool()).connectTimeout(Duration.ofSeconds(2)).build();

        // --- a restart of documents-service ---
        String before = letter(http, eligibility, partner, officer, "BENCH-F-0");
        awaitDossier(http, documents, partner, before, 120);
        ProcessHandle documentsProcess = ProcessHandle.of(documentsPid).orElseThrow();
        Files.createDirectories(restarts);
        Files.writeString(restarts.resolve("documents-service"), "bench failover\n");
        documentsProcess.destroyForcibly();
        documentsProcess.onExit().get(30, TimeUnit.SECONDS);
        long restart = System.nanoTime(); // the launcher starts it again as soon as it has seen it stop
        String during = letter(http, eligibility, partner, officer, "BENCH-F-1");
        double ready = -1;
        while (System.nanoTime() - restart < TimeUnit.SECONDS.toNanos(180)) {
            if (status(http, documentsManagement + "/q/health/ready", null, 2) == 200) {
                ready = (System.nanoTime() - restart) / 1e9;
                break;
            }
            Thread.sleep(100);
        }
        double flowing = awaitDossier(http, documents, partner, during, 180) ? (System.nanoTime() - restart) / 1e9 : -1;

        // --- a hung fees-service behind the gateway ---
        String invoices = gateway + "/api/v1/invoices?dossierId=" + UUID.randomUUID();
        String halls = gateway + "/api/v1/halls";
        if (status(http, invoices, partner, 10) != 200) {
            throw new IllegalStateException("the invoices route does not answer 200 before the hang");
        }
        List<CompletableFuture<long[]>> feesCalls = new ArrayList<>();
        List<CompletableFuture<long[]>> otherCalls = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
        signal("STOP", feesPid);
        try {
            int total = hang * rate;
            ticker.scheduleAtFixedRate(() -> {
                synchronized (feesCalls) {
                    if (feesCalls.size() < total) {
                        feesCalls.add(timed(http, invoices, partner));
                        otherCalls.add(timed(http, halls, partner));
                    }
                }
            }, 0, 1_000_000_000L / rate, TimeUnit.NANOSECONDS);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(hang);
            while (System.nanoTime() < end) {
                Thread.sleep(50);
            }
            ticker.shutdownNow();
        } finally {
            signal("CONT", feesPid);
        }
        long resumed = System.nanoTime();
        int quick = 0;
        Map<String, Integer> held = new TreeMap<>();
        List<CompletableFuture<long[]>> fees;
        synchronized (feesCalls) {
            fees = new ArrayList<>(feesCalls);
        }
        for (CompletableFuture<long[]> call : fees) {
            long[] r = call.get(60, TimeUnit.SECONDS);
            if (r[0] == 503 && r[1] < TimeUnit.SECONDS.toNanos(1)) {
                quick++;
            } else {
                String kind = (r[0] == -1 ? "no answer" : Long.toString(r[0])) + (r[1] < TimeUnit.SECONDS.toNanos(1)
                        ? " in < 1 s" : " after >= 1 s");
                held.merge(kind, 1, Integer::sum);
            }
        }
        int othersOk = 0;
        for (CompletableFuture<long[]> call : otherCalls) {
            if (call.get(60, TimeUnit.SECONDS)[0] == 200) {
                othersOk++;
            }
        }
        double recovered = -1;
        while (System.nanoTime() - resumed < TimeUnit.SECONDS.toNanos(120)) {
            if (status(http, invoices, partner, 15) == 200) {
                recovered = (System.nanoTime() - resumed) / 1e9;
                break;
            }
            Thread.sleep(250);
        }
        StringBuilder heldJson = new StringBuilder("{");
        held.forEach((k, v) -> heldJson.append(heldJson.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        heldJson.append('}');
        System.out.printf(Locale.ROOT, "{\"restart\":{\"readySeconds\":%.1f,\"flowingSeconds\":%.1f},"
                        + "\"hung\":{\"seconds\":%d,\"rate\":%d,\"requests\":%d,\"quick503\":%d,\"share\":%.3f,\"others\":%s,"
                        + "\"otherRequests\":%d,\"otherOk\":%d,\"recoveredSeconds\":%.1f}}%n",
                ready, flowing, hang, rate, fees.size(), quick, fees.isEmpty() ? 0.0 : (double) quick / fees.size(),
                heldJson, otherCalls.size(), othersOk, recovered);
        System.exit(0);
    }

    /** An eligible assessment and its letter; returns the assessment's id. */
    static String letter(HttpClient http, String eligibility, String partner, String officer, String applicantRef)
            throws Exception {
        String since = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
        String body = "{\"applicantRef\":\"" + applicantRef + "\",\"track\":\"TECHNICAL_TALENT\",\"facts\":{"
                + "\"employerZhongguancunHighTechInScope\":true,\"position\":\"DIRECTOR\",\"headsRndTeam\":false,"
                + "\"education\":\"DOCTORATE\",\"age\":35,\"yearsOfRelevantExperience\":10,"
                + "\"previousYearSalaryCny\":500000.00,\"inventionPatents\":1,\"awards\":0,\"internationalCertificates\":1,"
                + "\"field\":\"ARTIFICIAL_INTELLIGENCE\",\"zhongguancunEmploymentSince\":\"" + since + "\",\"hskLevel\":0}}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/assessments"))
                .header("Authorization", "Bearer " + partner).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("assessment answered " + r.statusCode());
        }
        String id = m.group(1);
        HttpResponse<String> l = http.send(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/assessments/" + id
                + "/recommendation")).header("Authorization", "Bearer " + officer)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (l.statusCode() != 201) {
            throw new IllegalStateException("recommendation answered " + l.statusCode());
        }
        return id;
    }

    /** Waits at most SECONDS until the assessment's dossier is there; whether it came. */
    static boolean awaitDossier(HttpClient http, String documents, String partner, String assessment, int seconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(documents
                                + "/api/v1/dossiers?assessmentId=" + assessment)).header("Authorization", "Bearer " + partner)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && DOSSIER.matcher(r.body()).find()) {
                    return true;
                }
            } catch (IOException down) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return false;
    }

    static int status(HttpClient http, String url, String token, int timeoutSeconds) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(timeoutSeconds));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** [status or -1, nanoseconds] of one GET that may wait 15 s. */
    static CompletableFuture<long[]> timed(HttpClient http, String url, String token) {
        long sent = System.nanoTime();
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> new long[] {r.statusCode(), System.nanoTime() - sent})
                .exceptionally(e -> new long[] {-1, System.nanoTime() - sent});
    }

    static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IllegalStateException("kill -" + name + " " + pid + " failed");
        }
    }
}
