package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.deploy.Manifests.Doc;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Kafka runs in KRaft mode and every topic the code or the AsyncAPI document names is declared, with its dead letters. */
class KafkaTopicTest {

    static Stream<String> codeTopics() {
        return Arrays.stream(EventType.values()).map(EventType::topic).distinct();
    }

    static Stream<Doc> topics() {
        return Manifests.resources("KafkaTopic");
    }

    private static Doc topic(String name) {
        return Manifests.find("KafkaTopic", d -> d.at("/spec/topicName").asText().equals(name))
                .orElseThrow(() -> new AssertionError("no KafkaTopic for " + name));
    }

    private static Duration retention(Doc topic) {
        return Duration.ofMillis(topic.at("/spec/config").path("retention.ms").asLong());
    }

    @Test
    void kafkaRunsInKraftModeWithNodePools() {
        Doc kafka = Manifests.find("Kafka", "zgc-kafka").orElseThrow();
        // KRaft and node pools are the only mode since Strimzi 0.46; the annotations that chose them are ignored
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1kraft").isMissingNode()).isTrue();
        assertThat(kafka.at("/metadata/annotations/strimzi.io~1node-pools").isMissingNode()).isTrue();
        assertThat(kafka.at("/apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1");
        assertThat(kafka.at("/spec/zookeeper").isMissingNode()).isTrue();
        assertThat(kafka.at("/spec/kafka/config").path("auto.create.topics.enable").asBoolean(true)).isFalse();
        assertThat(kafka.at("/spec/entityOperator/topicOperator").isObject()).as("topic operator").isTrue();

        Doc pool = Manifests.find("KafkaNodePool", d -> d.at("/metadata/labels/strimzi.io~1cluster").asText()
                .equals("zgc-kafka")).orElseThrow();
        // with min.insync.replicas 2 of 3, two brokers on one node would stop writes when that node goes
        assertThat(pool.at("/spec/template/pod/topologySpreadConstraints")).anySatisfy(c -> {
            assertThat(c.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
            assertThat(c.path("whenUnsatisfiable").asText()).isEqualTo("DoNotSchedule");
            assertThat(c.path("maxSkew").asInt()).isEqualTo(1);
        });
        List<String> roles = new ArrayList<>();
        pool.at("/spec/roles").forEach(r -> roles.add(r.asText()));
        assertThat(roles).contains("controller", "broker");
        assertThat(pool.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void bootstrapAddressIsTheStrimziBootstrapServiceOfTheServicesTlsListener() {
        String bootstrap = Manifests.find("ConfigMap", "zgc-residence-config").orElseThrow()
                .at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        JsonNode listener = KafkaUserTest.listener(Manifests.find("Kafka", "zgc-kafka").orElseThrow(), "tls");
        assertThat(bootstrap).isEqualTo("zgc-kafka-kafka-bootstrap:" + listener.path("port").asInt());
        assertThat(listener.path("type").asText()).isEqualTo("internal");
        assertThat(listener.path("tls").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("codeTopics")
    void everyTopicTheCodePublishesToIsDeclaredWithItsDeadLetterTopic(String name) {
        Doc events = topic(name);
        Doc deadLetters = topic(name + Topics.DEAD_LETTER_SUFFIX);
        assertThat(events.at("/spec/partitions").asInt()).isEqualTo(6);
        assertThat(retention(events)).isEqualTo(Duration.ofDays(7));
        assertThat(deadLetters.at("/spec/partitions").asInt()).isBetween(1, 3);
        assertThat(retention(deadLetters)).isEqualTo(Duration.ofDays(30));
    }

    @ParameterizedTest
    @MethodSource("topics")
    void everyTopicIsExplicitAboutPartitionsReplicasAndRetention(Doc topic) {
        assertThat(topic.name()).isEqualTo(topic.at("/spec/topicName").asText());
        assertThat(topic.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("zgc-kafka");
        assertThat(topic.at("/spec/partitions").asInt()).isPositive();
        assertThat(topic.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(topic.at("/spec/config").path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(retention(topic)).isPositive();
    }

    @Test
    void declaresNoTopicNobodyUses() {
        List<String> expected = codeTopics().flatMap(t -> Stream.of(t, t + Topics.DEAD_LETTER_SUFFIX)).toList();
        assertThat(topics().map(t -> t.at("/spec/topicName").asText())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyChannelOfTheAsyncApiDocumentHasAKafkaTopic() {
        Path asyncapi = Manifests.repoDir().resolve("docs/asyncapi.yaml");
        Assumptions.assumeTrue(Files.isRegularFile(asyncapi), "docs/asyncapi.yaml is not written yet");
        JsonNode channels = Manifests.readTree(asyncapi).path("channels");
        assertThat(channels.size()).isPositive();
        channels.forEach(channel -> {
            String address = channel.path("address").asText(null);
            if (address != null) {
                topic(address);
            }
        });
    }

    @Test
    void everyTopicTheLocalRunCreatesIsDeclaredHereToo() throws java.io.IOException {
        Path local = Manifests.k8sDir().getParent().resolve("local/topics.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(local), "deploy/local/topics.tsv is not written yet");
        List<String> names = Files.readAllLines(local).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
        assertThat(names).isNotEmpty();
        names.forEach(KafkaTopicTest::topic);
    }
}
