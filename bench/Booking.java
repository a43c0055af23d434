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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking under contention: in each round, PARALLEL partners' bookings of one slot of the hall are sent at once
 * to offices-service, each for its own dossier; the slot's capacity of them get 201, the rest a 409. A first round
 * warms up and is not counted; each round takes a slot nobody has booked yet, and a dossier that got a booking takes
 * no part in later rounds. Prints as JSON the p50, p99 and largest latency over the counted rounds and the answers.
 * Args: officesUrl partnerToken hallId dossierIdsFile rounds parallel.
 */
public class Booking {
    private static final Pattern SLOT = Pattern.compile(
            "\"startsAt\"\\s*:\\s*\"([^\"]+)\"[^}]*?\"capacity\"\\s*:\\s*(\\d+)\\s*,\\s*\"available\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        String offices = args[0];
        String token = args[1];
        String hall = args[2];
        List<String> dossiers = new ArrayList<>(Files.readAllLines(Path.of(args[3])).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        int rounds = Integer.parseInt(args[4]);
        int parallel = Integer.parseInt(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newCachedThreadPool()).connectTimeout(Duration.ofSeconds(5)).build();

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create(offices + "/api/v1/halls/" + hall
                + "/slots?category=PERMANENT_RESIDENCE&available=true&from=" + today.plusDays(1) + "&to=" + today.plusDays(60)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (listed.statusCode() != 200) {
            throw new IllegalStateException("slots answered " + listed.statusCode() + ": " + listed.body());
        }
        List<String> free = new ArrayList<>();
        List<Integer> capacities = new ArrayList<>();
        Matcher m = SLOT.matcher(listed.body());
        while (m.find()) {
            if (m.group(2).equals(m.group(3))) { // nobody booked it yet
                free.add(m.group(1));
                capacities.add(Integer.parseInt(m.group(2)));
            }
        }
        if (free.size() < rounds + 1) {
            throw new IllegalStateException("only " + free.size() + " untouched slots at " + hall);
        }

        List<Long> nanos = new ArrayList<>();
        Map<String, Integer> answers = new LinkedHashMap<>();
        int overbooked = 0;
        int booked = 0;
        for (int round = 0; round <= rounds; round++) {
            String startsAt = free.get(round);
            List<String> taking = dossiers.subList(0, Math.min(parallel, dossiers.size()));
            List<CompletableFuture<long[]>> calls = new ArrayList<>();
            for (String dossier : taking) {
                String body = "{\"dossierId\":\"" + dossier + "\",\"hallId\":\"" + hall + "\",\"startsAt\":\"" + startsAt + "\"}";
                long sent = System.nanoTime();
                calls.add(http.sendAsync(HttpRequest.newBuilder(URI.create(offices + "/api/v1/appointments"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .thenApply(r -> new long[] {r.statusCode(), System.nanoTime() - sent})
                        .exceptionally(e -> new long[] {-1, System.nanoTime() - sent}));
            }
            int created = 0;
            List<String> winners = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                long[] result = calls.get(i).join();
                if (result[0] == 201) {
                    created++;
                    winners.add(taking.get(i));
                }
                if (round > 0) {
                    nanos.add(result[1]);
                    answers.merge(result[0] == -1 ? "no answer" : Long.toString(result[0]), 1, Integer::sum);
                }
            }
            if (round > 0) {
                booked += created;
                if (created != capacities.get(round)) {
                    overbooked += created > capacities.get(round) ? 1 : 0;
                }
            }
            dossiers.removeAll(winners);
        }
        Collections.sort(nanos);
        System.out.printf(Locale.ROOT, "{\"rounds\":%d,\"parallel\":%d,\"attempts\":%d,\"booked\":%d,\"capacityPerSlot\":%d,"
                        + "\"overbookedRounds\":%d,\"answers\":%s,\"p50Ms\":%.1f,\"p99Ms\":%.1f,\"maxMs\":%.1f}%n",
                rounds, parallel, nanos.size(), booked, capacities.get(1), overbooked, json(answers),
                percentile(nanos, 0.50), percentile(nanos, 0.99), percentile(nanos, 1.0));
        System.exit(0);
    }

    static String json(Map<String, Integer> map) {
        StringBuilder s = new StringBuilder("{");
        map.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return s.append('}').toString();
    }

    static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
