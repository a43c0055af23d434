package cn.zgc.residence.testsupport;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes CloudEvents on the test broker, waiting with Awaitility for what a test expects. */
public final class EventProbe {

    private EventProbe() {
    }

    /** Waits until the topic holds at least {@code count} records that match, and returns all that match. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, int count,
            Predicate<ConsumerRecord<String, String>> matching) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        await().atMost(30, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            found.addAll(readAll(topic, matching));
            return found.size() >= count;
        });
        return found;
    }

    /** Every record now on the topic that matches, from the beginning. */
    public static List<ConsumerRecord<String, String>> readAll(String topic,
            Predicate<ConsumerRecord<String, String>> matching) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> result = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return result;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (matching.test(record)) {
                        result.add(record);
                    }
                }
            }
        }
        return result;
    }

    public static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** Sends a CloudEvent in binary mode; returns its id. Sending the same id twice simulates a redelivery. */
    public static String send(String topic, String key, String ceType, String data, String id) {
        sendTogether(topic, key, new Outgoing(ceType, data, id));
        return id;
    }

    /** One record for {@link #sendTogether}: a CloudEvent of the type, or where ceType is null a bare value. */
    public record Outgoing(String ceType, String data, String id) {

        public static Outgoing event(String ceType, String data) {
            return new Outgoing(ceType, data, UUID.randomUUID().toString());
        }
    }

    /**
     * Sends the records on one key from one producer without waiting between them, so that they reach the broker in
     * one batch and a consumer's poll reads them together.
     */
    public static void sendTogether(String topic, String key, Outgoing... records) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            List<Future<?>> sent = new ArrayList<>();
            for (Outgoing outgoing : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, outgoing.data());
                if (outgoing.ceType() != null) {
                    record.headers().add("ce_specversion", bytes("1.0"))
                            .add("ce_id", bytes(outgoing.id()))
                            .add("ce_type", bytes(outgoing.ceType()))
                            .add("ce_source", bytes("/zgc/test"))
                            .add("content-type", bytes("application/json"));
                }
                sent.add(producer.send(record));
            }
            for (Future<?> each : sent) {
                each.get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send test event to " + topic, e);
        }
    }

    public static String send(String topic, String key, String ceType, String data) {
        return send(topic, key, ceType, data, UUID.randomUUID().toString());
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
