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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Issues recommendation letters at a steady rate and measures, per letter, the time until documents-service
 * publishes DossierOpened for its assessment. Args: eligibilityUrl kafkaBootstrap partnerToken officerToken rate seconds.
 * The assessments the letters are for are created first, as fast as the service takes them; their events are then
 * left to be taken in by every consumer of the set (no running consumer group behind its topics' ends) before the
 * first letter, so that the letters do not queue behind that burst's aftermath. Prints one JSON object; says
 * "issuing" and "issued" on stderr when the letters start and when the last dossier arrived (or the wait ended).
 */
public class LetterLatency {
    private static final Pattern ASSESSMENT = Pattern.compile("\"assessmentId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    public static void main(String[] args) throws Exception {
        String eligibility = args[0];
        String bootstrap = args[1];
        String partnerToken = args[2];
        String officerToken = args[3];
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int total = rate * seconds;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        String since = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusYears(1).toString();
        String body = "{\"applicantRef\":\"BENCH-%d\",\"track\":\"TECHNICAL_TALENT\",\"facts\":{"
                + "\"employerZhongguancunHighTechInScope\":true,\"position\":\"DIRECTOR\",\"headsRndTeam\":false,"
                + "\"education\":\"DOCTORATE\",\"age\":35,\"yearsOfRelevantExperience\":10,"
                + "\"previousYearSalaryCny\":500000.00,\"inventionPatents\":1,\"awards\":0,\"internationalCertificates\":1,"
                + "\"field\":\"ARTIFICIAL_INTELLIGENCE\",\"zhongguancunEmploymentSince\":\"" + since + "\",\"hskLevel\":0}}";
        List<String> assessments = Collections.synchronizedList(new ArrayList<>());
        var pool = Executors.newFixedThreadPool(8);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch created = new CountDownLatch(total);
        for (int i = 0; i < total; i++) {
            int n = i;
            pool.submit(() -> {
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/assessments"))
                            .header("Authorization", "Bearer " + partnerToken).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(String.format(body, n))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = ID.matcher(r.body());
                    if (r.statusCode() == 201 && m.find()) {
                        assessments.add(m.group(1));
                    } else {
                        failures.incrementAndGet();
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    created.countDown();
                }
            });
        }
        created.await(5, TimeUnit.MINUTES);
        pool.shutdown();
        long settling = System.nanoTime();
        long behind = awaitSettled(bootstrap, Duration.ofSeconds(60));
        System.err.printf("settled in %.1f s (%d records still behind)%n", (System.nanoTime() - settling) / 1e9, behind);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of("documents.dossiers"));
        while (consumer.assignment().isEmpty()) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);

        ScheduledExecutorService ticker = Executors.newScheduledThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        long periodNanos = 1_000_000_000L / rate;
        long started = System.nanoTime();
        // the issuing (and the wait for the last dossiers) begins and ends on these lines: bench/scale reads the
        // cores' and processes' CPU over that window only, not over the creation of the assessments before it
        System.err.println("issuing");
        ticker.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= assessments.size()) {
                return;
            }
            String id = assessments.get(i);
            sentAt.put(id, System.nanoTime());
            http.sendAsync(HttpRequest.newBuilder(URI.create(eligibility + "/api/v1/assessments/" + id + "/recommendation"))
                    .header("Authorization", "Bearer " + officerToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).thenAccept(r -> {
                        if (r.statusCode() != 201) {
                            failures.incrementAndGet();
                        }
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
        while (latencyNanos.size() < assessments.size() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                long now = System.nanoTime();
                Header type = record.headers().lastHeader("ce_type");
                if (type == null || !new String(type.value(), StandardCharsets.UTF_8).endsWith("DossierOpened.v1")) {
                    continue;
                }
                Matcher m = ASSESSMENT.matcher(record.value());
                if (m.find()) {
                    Long sent = sentAt.get(m.group(1));
                    if (sent != null) {
                        latencyNanos.putIfAbsent(m.group(1), now - sent);
                    }
                }
            }
        }
        long issuingNanos = System.nanoTime() - started;
        System.err.println("issued");
        ticker.shutdownNow();
        consumer.close();

        List<Long> sorted = new ArrayList<>(latencyNanos.values());
        Collections.sort(sorted);
        double achieved = sentAt.size() / (Math.min(issuingNanos, TimeUnit.SECONDS.toNanos(seconds)) / 1e9);
        System.out.printf("{\"letters\":%d,\"opened\":%d,\"failures\":%d,\"rate\":%d,\"achievedRate\":%.1f,"
                        + "\"p50Ms\":%.1f,\"p99Ms\":%.1f,\"maxMs\":%.1f}%n",
                sentAt.size(), sorted.size(), failures.get(), rate, achieved,
                percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 1.0));
        System.exit(0);
    }

    /**
     * Waits until the set's running consumer groups (those with members) have committed every record on the topics
     * they read, or until the limit passes; returns the records still behind. The groups commit at intervals, so this
     * ends a few seconds after the work did.
     */
    private static long awaitSettled(String bootstrap, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long behind;
            do {
                behind = behind(admin);
                if (behind == 0) {
                    return 0;
                }
                Thread.sleep(100);
            } while (System.nanoTime() < deadline);
            return behind;
        }
    }

    private static long behind(Admin admin) throws Exception {
        Map<TopicPartition, Long> committed = new HashMap<>();
        for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()
                .inGroupStates(Set.of(GroupState.STABLE))).all().get()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            offsets.forEach((partition, offset) -> committed.merge(partition, offset == null ? 0 : offset.offset(),
                    Math::min));
        }
        if (committed.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        long behind = 0;
        for (var end : admin.listOffsets(latest).all().get().entrySet()) {
            behind += Math.max(0, end.getValue().offset() - committed.get(end.getKey()));
        }
        return behind;
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
