package cn.zgc.residence.journey.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.journey.Journey;
import cn.zgc.residence.journey.RunningSet;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import cn.zgc.residence.testsupport.documents.DocumentRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole journey carrying the applicant's name and passport number in document metadata and in the text of the
 * uploaded scans, then every log file of the set, every record on every topic (dead-letter topics included) and the
 * raw stored objects of the scans searched for them (and for the scans' own bytes). The API takes no birth
 * date; one is sent where it is refused (an unknown metadata field), so error paths are searched too.
 */
class PersonalDataIT {

    /** Matches the resume's turned18In of 2004-03; the API has no field for it. */
    private static final String BIRTH_DATE = "1986-03-14";
    private static final List<String> PERSONAL = List.of(Journey.APPLICANT_NAME, Journey.PASSPORT_NUMBER, BIRTH_DATE,
            BIRTH_DATE.replace("-", ""), "14.03.1986", "14/03/1986");

    private static RunningSet set;

    @BeforeAll
    static void start() {
        set = RunningSet.get();
    }

    @Test
    void noNamePassportNumberOrBirthDateInAnyLogOrEventAfterAWholeJourney() throws Exception {
        String partner = "P-SEC-PD-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.partner(partner);
        String committee = Tokens.committee("committee-personal-data");
        String gateway = set.gatewayUrl();

        String assessmentId = created(send("POST", gateway + "/api/v1/assessments", token,
                Journey.eligibleAssessment("APP-PD-" + UUID.randomUUID().toString().substring(0, 8))));
        assertThat(send("POST", gateway + "/api/v1/assessments/" + assessmentId + "/recommendation", committee, null)
                .statusCode()).isEqualTo(201);
        String dossierId = Fixtures.awaitFirstId("dossier opened",
                gateway + "/api/v1/dossiers?assessmentId=" + assessmentId, token);
        String documents = gateway + "/api/v1/dossiers/" + dossierId + "/documents/";
        // refused: the birth date as a field no rule knows; the refusal must not log it either
        Map<String, Object> withBirthDate = Journey.DOCUMENTS.acceptable("RESUME");
        withBirthDate.put("birthDate", BIRTH_DATE);
        assertThat(send("PUT", documents + "RESUME", token, withBirthDate).statusCode()).isEqualTo(400);
        Map<String, Object> employment = Journey.DOCUMENTS.acceptable("EMPLOYMENT_CERTIFICATE");
        employment.put("holder", Map.of("name", Journey.APPLICANT_NAME, "passportNumber", Journey.PASSPORT_NUMBER,
                "birthDate", BIRTH_DATE));
        assertThat(send("PUT", documents + "EMPLOYMENT_CERTIFICATE", token, employment).statusCode()).isEqualTo(400);
        // the scans carry the name and passport number in plain text, as a passport's photocopy does
        Map<String, String> fileIds = new HashMap<>();
        for (String code : DocumentFiles.WITH_FILES) {
            var uploaded = Http.send("POST", gateway + Journey.files(dossierId, code), token,
                    Journey.FILES.acceptable(code), Map.of("Content-Type", DocumentFiles.mediaType(code)));
            assertThat(uploaded.statusCode()).as(code + " " + uploaded.body()).isEqualTo(201);
            fileIds.put(code, Fixtures.json(uploaded).path("id").asText());
        }
        for (String code : DocumentRequests.BASE_LIST) {
            var response = send("PUT", documents + code, token, Journey.DOCUMENTS.acceptable(code));
            assertThat(Fixtures.json(response).path("rulesVerdict").asText()).as(code + " " + response.body())
                    .isEqualTo("SATISFIED");
        }
        // the last event of this journey is on its topic: everything before it was published too
        await("DossierReady published").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> records().stream().anyMatch(r -> r.topic().equals("documents.dossiers")
                        && header(r, "ce_type").contains("DossierReady")
                        && dossierId.equals(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8))));

        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> logs = Files.walk(set.logs())) {
            for (Path file : logs.filter(Files::isRegularFile).toList()) {
                files++;
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                String utf8 = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String value : PERSONAL) {
                    if (text.contains(value) || utf8.contains(value)) {
                        found.add(value + " in " + file.getFileName());
                    }
                }
            }
        }
        List<ConsumerRecord<byte[], byte[]>> records = records();
        Set<String> topics = new java.util.TreeSet<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            topics.add(record.topic());
            StringBuilder all = new StringBuilder();
            all.append(record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8)).append('\n');
            all.append(record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8)).append('\n');
            for (Header h : record.headers()) {
                all.append(h.key()).append('=').append(h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8));
            }
            for (String value : PERSONAL) {
                if (all.indexOf(value) >= 0) {
                    found.add(value + " in " + record.topic() + "@" + record.partition() + ":" + record.offset());
                }
            }
        }
        // the stored objects of the dossier's files, raw as the store keeps them: no text of the uploads in them, and
        // no run of 32 bytes of any uploaded file
        List<String> objects = new ArrayList<>();
        long storedBytes = 0;
        for (Map.Entry<String, String> file : fileIds.entrySet()) {
            List<byte[]> chunks = set.bytes(RunningSet.App.DOCUMENTS, "SELECT c.data FROM file_chunk c JOIN dossier_file f"
                    + " ON f.object_key = c.object_key WHERE f.id = '" + file.getValue() + "' ORDER BY c.seq");
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            chunks.forEach(raw::writeBytes);
            byte[] stored = raw.toByteArray();
            storedBytes += stored.length;
            objects.add(file.getKey() + " " + stored.length + " B");
            assertThat(stored.length).as("stored object of " + file.getKey()).isGreaterThan(0);
            String text = new String(stored, StandardCharsets.ISO_8859_1);
            for (String value : List.of(Journey.APPLICANT_NAME, Journey.PASSPORT_NUMBER, Journey.SCAN_MARKER, "%PDF",
                    "JFIF")) {
                if (text.contains(value)) {
                    found.add(value + " in the stored object of " + file.getKey());
                }
            }
            byte[] plain = Journey.FILES.acceptable(file.getKey());
            for (int at : new int[] {0, plain.length / 2, plain.length - 32}) {
                String run = new String(plain, at, 32, StandardCharsets.ISO_8859_1);
                if (text.contains(run)) {
                    found.add("32 plaintext bytes at " + at + " in the stored object of " + file.getKey());
                }
            }
        }
        System.out.printf("personal data scan: %d log files; %d records on %d topics (%s) of %d listed, dead-letter"
                + " topics included; %d stored file objects (%s, %d bytes) -> %s%n", files, records.size(),
                topics.size(), topics, topicsListed(), objects.size(), objects, storedBytes,
                found.isEmpty() ? "nothing found" : found);
        assertThat(objects).as("stored objects read").hasSize(DocumentFiles.WITH_FILES.size());
        assertThat(records).as("records read").isNotEmpty();
        assertThat(found).as("personal data where it must not be").isEmpty();
    }

    private static int topicsListed() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, set.kafkaBootstrap());
        try (Admin client = Admin.create(admin)) {
            return client.listTopics().names().get(20, TimeUnit.SECONDS).size();
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Every record on every topic of the broker (internal topics aside), from the beginning to the current end. */
    private static List<ConsumerRecord<byte[], byte[]>> records() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, set.kafkaBootstrap());
        Set<String> topics;
        try (Admin client = Admin.create(admin)) {
            topics = client.listTopics().names().get(20, TimeUnit.SECONDS);
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, set.kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(all::add);
            }
        }
        return all;
    }

    private static java.net.http.HttpResponse<String> send(String method, String url, String token, Object body)
            throws Exception {
        return Http.send(method, url, token, body == null ? null : ApiDocument.JSON.writeValueAsBytes(body), Map.of());
    }

    private static String created(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Fixtures.json(response).path("id").asText();
    }
}
