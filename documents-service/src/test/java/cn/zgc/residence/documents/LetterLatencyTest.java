package cn.zgc.residence.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.documents.repository.DossierRepository;
import cn.zgc.residence.testsupport.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * From RecommendationIssued sent to the dossier stored, at 100 letters a second, on the shared build machine with the
 * broker and the service in one JVM: the figures are printed; the assertion is loose (the goal is measured on the
 * deployment).
 */
@QuarkusTest
class LetterLatencyTest {

    @Inject
    DossierRepository dossiers;

    @Test
    void opensTheDossiersOfLettersArrivingAtOneHundredASecond() {
        // warm-up, waited for: the consumer has its partitions and the code paths are compiled
        String warmUp = unique();
        Map<UUID, Instant> first = send(warmUp, 50);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> openedAt(warmUp).size() == first.size());
        String partner = unique();
        Map<UUID, Instant> sent = send(partner, 300);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> openedAt(partner).size() == sent.size());
        Map<UUID, Instant> opened = openedAt(partner);
        List<Long> millis = sent.entrySet().stream()
                .map(e -> Duration.between(e.getValue(), opened.get(e.getKey())).toMillis()).sorted().toList();
        long p50 = millis.get(millis.size() / 2);
        long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        System.out.printf("letter -> dossier at 100/s: p50 %d ms, p99 %d ms, max %d ms (%d letters)%n", p50, p99,
                millis.get(millis.size() - 1), millis.size());
        assertThat(p99).isLessThan(2000);
    }

    private static String unique() {
        return Dossiers.unique("p-latency");
    }

    /** One producer, one letter every 10 ms; a letter's time is taken when it is handed to the producer. */
    private static Map<UUID, Instant> send(String partner, int letters) {
        Map<UUID, Instant> sent = new HashMap<>();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            long start = System.nanoTime();
            for (int i = 0; i < letters; i++) {
                long due = start + i * 10_000_000L;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                UUID assessment = UUID.randomUUID();
                ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ELIGIBILITY_RECOMMENDATIONS,
                        assessment.toString(), Dossiers.letter(assessment, partner, "APP-LAT", "TECHNICAL_TALENT", "ZGC-L-" + i));
                record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                        .add("ce_type", bytes(EventType.RECOMMENDATION_ISSUED.ceType())).add("ce_source", bytes("/zgc/test"))
                        .add("content-type", bytes("application/json"));
                sent.put(assessment, Instant.now());
                producer.send(record);
            }
            producer.flush();
        }
        return sent;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private Map<UUID, Instant> openedAt(String partner) {
        return QuarkusTransaction.requiringNew().call(() -> dossiers.list("partnerId", partner).stream()
                .collect(Collectors.toMap(d -> d.assessmentId, d -> d.openedAt.toInstant())));
    }
}
