import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a full year of schedules for all six halls, asked one after another on a kept-alive connection, after a
 * warm-up. Prints as JSON the median and p90 wall time of a round over HTTP, and the median of the time the service
 * spent working out the six years (the sum of their Server-Timing durations). Args: officesUrl token year.
 */
public class Schedules {
    private static final Pattern DURATION = Pattern.compile("schedule;dur=([0-9.]+)");
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
        double[] computed = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            computed[i] = round(http, requests);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(computed);
        System.out.printf(Locale.ROOT, "{\"rounds\":%d,\"medianMs\":%.2f,\"p90Ms\":%.2f,\"computedMedianMs\":%.3f,"
                + "\"computedP90Ms\":%.3f}%n", rounds, millis[rounds / 2], millis[(int) (rounds * 0.9)],
                computed[rounds / 2], computed[(int) (rounds * 0.9)]);
    }

    /** One round: the six halls one after another; returns the sum of their Server-Timing durations in ms. */
    private static double round(HttpClient http, List<HttpRequest> requests) throws Exception {
        double sum = 0;
        for (HttpRequest request : requests) {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length < 10000) {
                throw new IllegalStateException("schedule answered " + response.statusCode());
            }
            Matcher m = DURATION.matcher(response.headers().firstValue("Server-Timing").orElse(""));
            if (!m.find()) {
                throw new IllegalStateException("schedule answered without Server-Timing");
            }
            sum += Double.parseDouble(m.group(1));
        }
        return sum;
    }
}
