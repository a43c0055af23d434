import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens dossiers the way partners get them: an eligible assessment, the committee's letter, and the dossier the
 * letter opens by itself (documents-service, from the event). Prints the dossiers' ids, one a line.
 * Args: eligibilityUrl documentsUrl partnerToken officerToken count.
 */
public class Dossiers {
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final Pattern DOSSIER = Pattern.compile("\"dossiers\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String eligibility = args[0];
        String documents = args[1];
        String partner = args[2];
        String officer = args[3];
        int count = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            letters.add(pool.submit(() -> letter(http, eligibility, partner, officer, "BENCH-D-" + n)));
        }
        List<String> assessments = new ArrayList<>();
        for (Future<String> f : letters) {
            assessments.add(f.get());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        List<Future<String>> found = new ArrayList<>();
        for (String assessment : assessments) {
            found.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(documents
                            + "/api/v1/dossiers?assessmentId=" + assessment)).header("Authorization", "Bearer " + partner)
                            .build(), HttpResponse.BodyHandlers.ofString());
                    Matcher m = DOSSIER.matcher(r.body());
                    if (r.statusCode() == 200 && m.find()) {
                        return m.group(1);
                    }
                    Thread.sleep(200);
                }
                throw new IllegalStateException("no dossier for assessment " + assessment + " within 180 s");
            }));
        }
        StringBuilder out = new StringBuilder();
        for (Future<String> f : found) {
            out.append(f.get()).append('\n');
        }
        System.out.print(out);
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
}
