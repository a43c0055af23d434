package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.journey.RunningSet.App;
import cn.zgc.residence.testsupport.documents.DocumentRequests;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Breaks parts of the running set and counts exactly what survived: nothing lost, nothing applied twice. */
class FaultsIT {

    private static RunningSet set;

    @BeforeAll
    static void start() {
        set = RunningSet.get();
    }

    @Test
    void aKafkaOutageInTheMiddleOfTwoHundredLettersLosesNothingAndDuplicatesNothing() throws Exception {
        // the leg from a dossier to fees-service's invoice needs the hall's acceptance (appointments); the poison test
        // below keeps the fees consumer exact
        String partner = partnerId();
        Journey eligibility = new Journey(set.url(App.ELIGIBILITY));
        Journey documents = new Journey(set.url(App.DOCUMENTS));
        int total = 200;
        List<String> assessments = new ArrayList<>();
        Instant stoppedAt = null;
        for (int i = 0; i < total; i++) {
            if (i == total / 2) {
                set.stopKafka();
                stoppedAt = Instant.now();
            }
            String id = eligibility.partner(partner).body(Journey.eligibleAssessment("APP-K-" + i))
                    .post("/api/v1/assessments").then().statusCode(201).extract().path("id");
            eligibility.committee().post("/api/v1/assessments/" + id + "/recommendation").then().statusCode(201);
            assessments.add(id);
        }
        Instant restartAt = stoppedAt.plusSeconds(20);
        await("the 20 s outage").atMost(Duration.ofSeconds(25)).until(() -> !Instant.now().isBefore(restartAt));
        set.startKafka();

        await("every letter opened one dossier").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> set.count(App.DOCUMENTS,
                        "select count(*) from dossier where partner_id = '" + partner + "'") >= total);

        List<String> dossiers = new ArrayList<>();
        for (String assessmentId : assessments) {
            dossiers.add(documents.partner(partner).queryParam("assessmentId", assessmentId).get("/api/v1/dossiers")
                    .then().statusCode(200).extract().path("dossiers[0].id"));
        }
        // each dossier's scans and documents; four dossiers at a time (the scans are what a READY dossier needs first)
        java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (String dossierId : dossiers) {
                done.add(workers.submit(() -> {
                    documents.uploadFiles(partner, dossierId);
                    for (String code : DocumentRequests.BASE_LIST) {
                        documents.partner(partner).body(Journey.DOCUMENTS.acceptable(code))
                                .put("/api/v1/dossiers/" + dossierId + "/documents/" + code).then().statusCode(200);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            workers.shutdownNow();
        }

        assertThat(set.count(App.DOCUMENTS, "select count(*) from dossier where partner_id = '" + partner + "'"))
                .isEqualTo(total);
        assertThat(set.count(App.DOCUMENTS, "select count(*) from dossier where partner_id = '" + partner
                + "' and state = 'READY' and letter_number is not null")).isEqualTo(total);
        // one DossierOpened and one DossierReady per letter, published once each
        assertThat(set.count(App.DOCUMENTS, "select count(*) from outbox_event o join dossier d on o.event_key = d.id::text"
                + " where d.partner_id = '" + partner + "' and o.ce_type like '%DossierOpened%'")).isEqualTo(total);
        assertThat(set.count(App.DOCUMENTS, "select count(*) from outbox_event o join dossier d on o.event_key = d.id::text"
                + " where d.partner_id = '" + partner + "' and o.ce_type like '%DossierReady%'")).isEqualTo(total);
    }

    @Test
    void aServiceKilledMidFlowKeepsEveryAnsweredRequestAndAppliesNothingTwice() throws Exception {
        String partner = partnerId();
        Journey eligibility = new Journey(set.url(App.ELIGIBILITY));
        int total = 60;
        Map<String, String> answered = new ConcurrentHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        Thread killer = new Thread(() -> {
            await().atMost(Duration.ofSeconds(60)).until(() -> answered.size() >= total / 3);
            set.kill(App.ELIGIBILITY);
        });
        killer.start();
        for (int i = 0; i < total; i++) {
            post(eligibility, partner, keys.get(i), i, answered);
        }
        killer.join(TimeUnit.SECONDS.toMillis(60));
        set.restart(App.ELIGIBILITY);
        Map<String, String> firstAnswers = Map.copyOf(answered);
        // the portal retries what got no answer, with the same keys
        for (int i = 0; i < total; i++) {
            if (!answered.containsKey(keys.get(i))) {
                post(eligibility, partner, keys.get(i), i, answered);
            }
        }

        assertThat(answered).hasSize(total);
        firstAnswers.forEach((key, id) -> assertThat(answered.get(key)).isEqualTo(id));
        for (String id : firstAnswers.values()) {
            eligibility.partner(partner).get("/api/v1/assessments/" + id).then().statusCode(200);
        }
        assertThat(set.count(App.ELIGIBILITY, "select count(*) from assessment where partner_id = '" + partner + "'"))
                .isEqualTo(total);
        assertThat(set.count(App.ELIGIBILITY, "select count(*) from outbox_event where ce_type like '%AssessmentCompleted%'"
                + " and payload like '%" + partner + "%'")).isEqualTo(total);
    }

    @Test
    void anUnreachableDatabaseAnswersServiceUnavailableQuicklyAndRecoversByItself() {
        Journey fees = new Journey(set.url(App.FEES));
        String partner = partnerId();
        fees.partner(partner).queryParam("dossierId", UUID.randomUUID().toString()).get("/api/v1/invoices")
                .then().statusCode(200);

        set.feesDatabaseProxy().cut();
        try {
            long started = System.nanoTime();
            Response response = fees.partner(partner).queryParam("dossierId", UUID.randomUUID().toString())
                    .get("/api/v1/invoices");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(millis).as("answered within a second").isLessThan(1000);
            await("readiness DOWN").atMost(Duration.ofSeconds(15)).until(() -> set.health(App.FEES, "ready").equals("DOWN"));
        } finally {
            set.feesDatabaseProxy().restore();
        }
        await("readiness UP again").atMost(Duration.ofSeconds(30)).until(() -> set.health(App.FEES, "ready").equals("UP"));
        await("requests served again").atMost(Duration.ofSeconds(30)).until(() -> fees.partner(partner)
                .queryParam("dossierId", UUID.randomUUID().toString()).get("/api/v1/invoices").statusCode() == 200);
    }

    @Test
    void aPoisonMessageLandsInItsDeadLetterTopicAndTheFlowContinues() {
        String poisonKey = "poison-" + UUID.randomUUID();
        send("documents.dossiers", poisonKey, "{ this is not an event", Map.of());
        // a well-formed DossierAccepted after the poison, on the same partition (same key), is still invoiced
        UUID dossierId = UUID.randomUUID();
        String partner = partnerId();
        String data = "{\"dossierId\":\"" + dossierId + "\",\"assessmentId\":\"" + UUID.randomUUID()
                + "\",\"partnerId\":\"" + partner + "\",\"applicantRef\":\"APP-P\",\"applicationKind\":\"FIRST_APPLICATION\","
                + "\"hallId\":\"zhongguancun-center\",\"acceptanceDate\":\"" + Journey.TODAY + "\",\"acceptedAt\":\""
                + java.time.OffsetDateTime.now(Journey.BEIJING) + "\"}";
        send("documents.dossiers", poisonKey, data, Map.of(
                "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", "cn.zgc.documents.DossierAccepted.v1", "ce_source", "/zgc/documents-service",
                "content-type", "application/json"));

        await("poison dead-lettered").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> readAll("documents.dossiers.dlq").stream().anyMatch(r -> poisonKey.equals(r.key())));
        await("the next event applied").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> set.count(App.FEES, "select count(*) from invoice where dossier_id = '" + dossierId + "'") == 1);
    }

    private static void post(Journey eligibility, String partner, String key, int i, Map<String, String> answered) {
        try {
            Response response = eligibility.partner(partner).header("Idempotency-Key", key)
                    .body(Journey.eligibleAssessment("APP-S-" + i)).post("/api/v1/assessments");
            if (response.statusCode() / 100 == 2) {
                answered.put(key, response.path("id"));
            }
        } catch (Exception connectionLost) {
            // no answer: the portal will retry with the same key
        }
    }

    private static String partnerId() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, set.kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, set.kafkaBootstrap());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
