package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.journey.RunningSet.App;
import cn.zgc.residence.testsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Readiness that survives a broker outage, a restarted consumer that takes its partitions back at once (static
 * group membership), and a hung backend that the gateway stops waiting for (slow calls open its circuit). The tests
 * assert behaviour and print the figures; 2 shared cores make wall-clock bounds meaningless.
 */
class ResilienceIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private static RunningSet set;

    @BeforeAll
    static void start() {
        set = RunningSet.get();
    }

    @Test
    void withTheBrokerDownEveryServiceStaysReadyAnswersItsProbeAndAcceptsWrites() throws Exception {
        String partner = partnerId();
        Journey eligibility = new Journey(set.url(App.ELIGIBILITY));
        List<String> assessments = new ArrayList<>();
        Map<App, Long> slowestProbe = new EnumMap<>(App.class);
        int rounds = 0;
        set.stopKafka();
        try {
            long outageStart = System.nanoTime();
            // the Kafka clients' own timeouts (metadata, delivery) all pass within this window
            while (System.nanoTime() - outageStart < TimeUnit.SECONDS.toNanos(20)) {
                for (App app : App.values()) {
                    long t = System.nanoTime();
                    // a client timeout of 3 s, like the cluster's probes (timeoutSeconds 2, period 5)
                    assertThat(probe(set.managementUrl(app) + "/q/health/ready")).as("%s ready while Kafka is down", app)
                            .isEqualTo(200);
                    slowestProbe.merge(app, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t), Math::max);
                }
                assessments.add(letter(eligibility, partner, "APP-R-" + rounds));
                rounds++;
            }
            assertThat(probe(set.managementUrl(App.ELIGIBILITY) + "/q/health/live")).as("liveness unaffected").isEqualTo(200);
            assertThat(probe(set.managementUrl(App.ELIGIBILITY) + "/q/health/group/broker"))
                    .as("the broker's own check shows the outage").isEqualTo(503);
            await("the outbox backlog is visible as a metric").atMost(Duration.ofSeconds(30))
                    .until(() -> metric(App.ELIGIBILITY, "zgc_outbox_backlog_events") > 0);
            System.out.printf("broker down 20 s: %d rounds, every readiness probe UP; slowest answers (ms) %s;"
                    + " eligibility's outbox: %.0f events waiting, the oldest for %.0f s%n", rounds, slowestProbe,
                    metric(App.ELIGIBILITY, "zgc_outbox_backlog_events"),
                    metric(App.ELIGIBILITY, "zgc_outbox_oldest_age_seconds"));
        } finally {
            set.startKafka();
        }
        await("every letter written during the outage opened its dossier").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> set.count(App.DOCUMENTS, "select count(*) from dossier where partner_id = '" + partner + "'")
                        >= assessments.size());
        await("the backlog drained").atMost(Duration.ofSeconds(60))
                .until(() -> metric(App.ELIGIBILITY, "zgc_outbox_backlog_events") == 0);
    }

    @Test
    void aRestartedConsumerTakesItsPartitionsBackUnderItsOwnInstanceId() {
        String partner = partnerId();
        Journey eligibility = new Journey(set.url(App.ELIGIBILITY));
        letter(eligibility, partner, "APP-F-0");
        await("the first letter opened its dossier").atMost(Duration.ofSeconds(60))
                .until(() -> dossiers(partner) == 1);

        set.kill(App.DOCUMENTS);
        String during = letter(eligibility, partner, "APP-F-1");
        long restart = System.nanoTime();
        set.restart(App.DOCUMENTS);
        long ready = System.nanoTime();
        await("the letter written while documents-service was down opened its dossier").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200)).until(() -> dossiers(partner) == 2);
        long flowing = System.nanoTime();

        ConsumerGroupDescription group = describe("documents-service");
        assertThat(group.members()).as("one member: the restarted process under its stable id, no stale one")
                .singleElement().satisfies(member -> {
                    assertThat(member.groupInstanceId()).hasValue(App.DOCUMENTS.module() + "-journey");
                    assertThat(member.assignment().topicPartitions())
                            .extracting(tp -> tp.topic()).containsOnly("eligibility.recommendations");
                });
        assertThat(group.members().stream().mapToInt(m -> m.assignment().topicPartitions().size()).sum())
                .as("every partition assigned").isEqualTo(6);
        System.out.printf("documents-service killed and restarted: ready %.1f s after the restart, letters flowing"
                + " %.1f s after it was ready (assessment %s)%n", (ready - restart) / 1e9, (flowing - ready) / 1e9, during);
    }

    @Test
    void aHungBackendOpensItsCircuitOnSlowCallsWhileTheOtherServicesAnswer() throws Exception {
        String partner = partnerId();
        String token = Tokens.partner(partner);
        String invoices = set.gatewayUrl() + "/api/v1/invoices?dossierId=" + UUID.randomUUID();
        assertThat(get(invoices, token, 5).statusCode()).isEqualTo(200);
        int total = 200;
        int quick = 0;
        int held = 0;
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        // a call without any answer in 15 s counts as held (null)
        ExecutorService clients = Executors.newFixedThreadPool(8);
        set.pause(App.FEES);
        try {
            for (int i = 0; i < total; i++) {
                // a partner each, so that the gateway's rate limit (per partner) plays no part
                String caller = Tokens.partner(partner + "-" + i);
                calls.add(clients.submit(() -> {
                    try {
                        return get(invoices, caller, 15);
                    } catch (IOException noAnswer) {
                        return null;
                    }
                }));
            }
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> response = call.get(60, TimeUnit.SECONDS);
                if (response != null && response.statusCode() == 503 && response.body().contains("try again later")) {
                    quick++;
                } else {
                    held++;
                    statuses.merge(response == null ? "no answer" : Integer.toString(response.statusCode()), 1, Integer::sum);
                }
            }
            assertThat(get(set.gatewayUrl() + "/api/v1/halls", Tokens.partner(partner + "-halls"), 5).statusCode())
                    .as("the other services answer meanwhile").isEqualTo(200);
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(body(set.managementUrl(App.GATEWAY)
                    + "/q/health/ready")).at("/checks/0/data/circuit.fees").asText()).as("the gateway's circuit to fees")
                    .isIn("OPEN", "HALF_OPEN");
        } finally {
            set.resume(App.FEES);
            clients.shutdownNow();
        }
        assertThat(quick).as("once the slow calls opened the circuit, the gateway answered at once").isPositive();
        System.out.printf("fees-service hung (SIGSTOP): %d of %d requests got the gateway's quick 503, %d were held"
                + " until the slow-call limit or the route's timeout (their answers: %s)%n", quick, total, held, statuses);
        await("the circuit closes again once fees-service answers").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).until(() -> get(invoices, token, 15).statusCode() == 200);
    }

    private static String letter(Journey eligibility, String partner, String applicantRef) {
        String id = eligibility.partner(partner).body(Journey.eligibleAssessment(applicantRef))
                .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
        eligibility.committee().post("/api/v1/assessments/" + id + "/recommendation").then().statusCode(201);
        return id;
    }

    private static long dossiers(String partner) {
        return set.count(App.DOCUMENTS, "select count(*) from dossier where partner_id = '" + partner + "'");
    }

    private static ConsumerGroupDescription describe(String groupId) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, set.kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            return admin.describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the group " + groupId, e);
        }
    }

    private static int probe(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // no answer within the client's timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String body(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double metric(App app, String name) throws Exception {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*\\})? ([0-9.Ee+-]+)$")
                .matcher(body(set.managementUrl(app) + "/q/metrics"));
        return m.find() ? Double.parseDouble(m.group(2)) : Double.NaN;
    }

    private static HttpResponse<String> get(String url, String token, int timeoutSeconds) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(timeoutSeconds)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String partnerId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
