import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 2 MB one-page A4 PDF (a scan: one 8-bit grey image of 1240 x 1690 pixels, not compressible), uploaded to a
 * dossier item and checked by documents-service, against the raw write of the same bytes into PostgreSQL (one
 * INSERT of a bytea per file over JDBC, autocommit), the same number of clients each. After a warm-up of each, the
 * two are measured in turns, rounds of SECONDS each; the ratio is the median of the per-round ratios. Files are
 * removed again at the end. Prints one JSON object.
 * Args: documentsUrl partnerToken itemCode dossierIdsFile jdbcUrl clients warmupSeconds seconds rounds.
 */
public class Upload {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String documents = args[0];
        String token = args[1];
        String item = args[2];
        List<String> dossiers = Files.readAllLines(Path.of(args[3])).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String jdbc = args[4];
        int clients = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        int seconds = Integer.parseInt(args[7]);
        int rounds = Integer.parseInt(args[8]);
        byte[] pdf = pdf();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ConcurrentLinkedQueue<String[]> uploaded = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<Long> uploadNanos = Collections.synchronizedList(new ArrayList<>());
        // each client has dossiers of its own (an upload locks its dossier); it moves on when one is full (413)
        int[] next = new int[clients];
        for (int c = 0; c < clients; c++) {
            next[c] = c;
        }
        Slice upload = (client, record) -> {
            while (next[client] < dossiers.size()) {
                String dossier = dossiers.get(next[client]);
                long sent = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(documents + "/api/v1/dossiers/"
                                + dossier + "/items/" + item + "/files?name=scan.pdf"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(),
                        HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - sent;
                if (r.statusCode() == 413) {
                    next[client] += clients;
                    continue;
                }
                Matcher m = ID.matcher(r.body());
                if (r.statusCode() != 201 || !m.find() || r.body().contains("\"passed\":false")) {
                    if (record) {
                        errors.incrementAndGet();
                    }
                    if (r.statusCode() != 201) {
                        System.err.println("upload answered " + r.statusCode() + ": " + r.body());
                        return false;
                    }
                }
                if (m.find(0)) {
                    uploaded.add(new String[] {dossier, m.group(1)});
                }
                if (record) {
                    uploadNanos.add(took);
                }
                return true;
            }
            throw new IllegalStateException("every dossier is full");
        };
        List<Connection> connections = new ArrayList<>();
        List<PreparedStatement> inserts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Connection connection = DriverManager.getConnection(jdbc);
            connections.add(connection);
            inserts.add(connection.prepareStatement("insert into blob (id, data) values (?, ?)"));
        }
        Slice raw = (client, record) -> {
            PreparedStatement insert = inserts.get(client);
            insert.setObject(1, UUID.randomUUID());
            insert.setBytes(2, pdf);
            insert.executeUpdate();
            return true;
        };

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        run(pool, clients, upload, warmup, false);
        run(pool, clients, raw, warmup, false);
        List<double[]> perRound = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double u = run(pool, clients, upload, seconds, true);
            double p = run(pool, clients, raw, seconds, true);
            perRound.add(new double[] {u, p});
        }
        pool.shutdown();
        for (Connection connection : connections) {
            connection.close();
        }

        // the files go again, so that repeated runs do not fill the database
        ExecutorService cleaners = Executors.newFixedThreadPool(4);
        List<Future<?>> removals = new ArrayList<>();
        for (String[] file : uploaded) {
            removals.add(cleaners.submit(() -> http.send(HttpRequest.newBuilder(URI.create(documents + "/api/v1/dossiers/"
                    + file[0] + "/items/" + item + "/files/" + file[1])).header("Authorization", "Bearer " + token)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding())));
        }
        for (Future<?> f : removals) {
            f.get();
        }
        cleaners.shutdown();

        List<Double> ratios = new ArrayList<>();
        List<Double> uploads = new ArrayList<>();
        List<Double> raws = new ArrayList<>();
        for (double[] r : perRound) {
            uploads.add(r[0]);
            raws.add(r[1]);
            if (r[1] > 0) {
                ratios.add(r[0] / r[1]);
            }
        }
        List<Long> sorted = new ArrayList<>(uploadNanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "{\"bytes\":%d,\"clients\":%d,\"rounds\":%d,\"uploadsPerSecond\":%.1f,"
                        + "\"rawWritesPerSecond\":%.1f,\"ratio\":%.3f,\"uploadP50Ms\":%.1f,\"uploadP99Ms\":%.1f,"
                        + "\"uploaded\":%d,\"errors\":%d}%n",
                pdf.length, clients, rounds, median(uploads), median(raws), median(ratios),
                percentile(sorted, 0.5), percentile(sorted, 0.99), uploaded.size(), errors.get());
        System.exit(0);
    }

    interface Slice {
        /** One operation of one client; false stops the client. */
        boolean once(int client, boolean record) throws Exception;
    }

    /** CLIENTS clients doing the operation for SECONDS; returns the operations per second. */
    static double run(ExecutorService pool, int clients, Slice slice, int seconds, boolean record) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long started = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end && slice.once(client, record)) {
                    n++;
                }
                return n;
            }));
        }
        int total = 0;
        for (Future<Integer> f : done) {
            total += f.get();
        }
        return total / ((System.nanoTime() - started) / 1e9);
    }

    /** A one-page A4 PDF holding one uncompressed 8-bit grey image of random pixels: about 2 MB. */
    static byte[] pdf() {
        int width = 1240;
        int height = 1690;
        byte[] pixels = new byte[width * height];
        new Random(42).nextBytes(pixels);
        String content = "q 595 0 0 842 0 0 cm /Im1 Do Q";
        ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length + 2048);
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        offsets.add(out.size());
        write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.add(out.size());
        write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets.add(out.size());
        write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >>"
                + " /Contents 4 0 R >>\nendobj\n");
        offsets.add(out.size());
        write(out, "4 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream\nendobj\n");
        offsets.add(out.size());
        write(out, "5 0 obj\n<< /Type /XObject /Subtype /Image /Width " + width + " /Height " + height
                + " /ColorSpace /DeviceGray /BitsPerComponent 8 /Length " + pixels.length + " >>\nstream\n");
        out.writeBytes(pixels);
        write(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder tail = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        offsets.forEach(o -> tail.append(String.format("%010d 00000 n \n", o)));
        tail.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, tail.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
