import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Times a full year of schedules for all six halls: six concurrent requests on kept-alive connections, after a
 * warm-up; prints the median and p90 wall time of a round as JSON. Args: officesUrl token year.
 */
public class Schedules {
    private static final List<String> HALLS = List.of("beijing-reception-hall", "zhongguancun-center", "chaoyang-center",
            "shunyi-center", "tongzhou-center", "shijingshan-center");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int year = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<HttpRequest> requests = new ArrayList<>();
        for (String hall : HALLS) {
            requests.add(HttpRequest.newBuilder(URI.create(base + "/api/v1/halls/" + hall + "/schedule?from=" + year
                    + "-01-01&to=" + year + "-12-31")).header("Authorization", "Bearer " + token).build());
        }
        for (int i = 0; i < 200; i++) {
            round(http, requests);
        }
        int rounds = 200;
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            round(http, requests);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("{\"rounds\":%d,\"medianMs\":%.2f,\"p90Ms\":%.2f}%n", rounds, millis[rounds / 2],
                millis[(int) (rounds * 0.9)]);
    }

    private static void round(HttpClient http, List<HttpRequest> requests) {
        CompletableFuture<?>[] all = requests.stream()
                .map(r -> http.sendAsync(r, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
                    if (response.statusCode() != 200 || response.body().length < 10000) {
                        throw new IllegalStateException("schedule answered " + response.statusCode());
                    }
                    return response;
                }))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).join();
    }
}
