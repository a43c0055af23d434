package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.deploy.Manifests.Doc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every resource of an operator (Strimzi, CloudNativePG and its Barman Cloud plugin, Gateway API, Prometheus
 * Operator) is valid for the CRD of the version named in deploy/README.md, as the API server would read it; and the
 * check itself fails on a removed API version, an unknown field, a wrong type, a value outside an enum and a missing
 * required field.
 */
class CustomResourceSchemaTest {

    private static final CrdSchemas CRDS = CrdSchemas.load();

    static Stream<Doc> customResources() {
        return Manifests.all().stream()
                .filter(d -> !d.isKustomization())
                .filter(d -> CRDS.definition(d.group(), d.kind()).isPresent()
                        || d.model() instanceof GenericKubernetesResource);
    }

    @Test
    void keepsTheCrdsOfEveryOperatorKindThisTreeUses() {
        assertThat(customResources()).extracting(Doc::kind).contains("Kafka", "KafkaNodePool", "KafkaTopic", "KafkaUser",
                "Cluster", "Database", "ScheduledBackup", "ObjectStore", "HTTPRoute", "ServiceMonitor", "PrometheusRule");
    }

    @ParameterizedTest
    @MethodSource("customResources")
    void isValidForTheOperatorsSchema(Doc doc) {
        assertThat(CRDS.violations(doc.tree(), doc.isPatch())).as(doc.where()).isEmpty();
    }

    @Test
    void everyKeptCrdIsAccountedForInTheReadme() throws IOException {
        String readme = Files.readString(CrdSchemas.crdDir().resolve("README.md"));
        for (CrdSchemas.Crd crd : CRDS.all()) {
            assertThat(readme).as("deploy/crds/README.md names %s", crd.file().getFileName())
                    .contains(crd.file().getFileName().toString());
        }
    }

    @Test
    void refusesAKafkaOfTheRemovedApiVersion() throws Exception {
        JsonNode kafka = yaml("""
                apiVersion: kafka.strimzi.io/v1beta2
                kind: Kafka
                metadata: {name: k}
                spec:
                  kafka:
                    version: 4.3.1
                    listeners: [{name: plain, port: 9092, type: internal, tls: false}]
                """);
        assertThat(CRDS.violations(kafka, false)).singleElement().asString()
                .contains("kafka.strimzi.io/v1beta2 Kafka is not served").contains("[v1]");
        JsonNode v1 = kafka.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) v1).put("apiVersion", "kafka.strimzi.io/v1");
        assertThat(CRDS.violations(v1, false)).isEmpty();
    }

    @Test
    void findsAnUnknownFieldThatTheApiServerWouldDropSilently() throws Exception {
        assertThat(CRDS.violations(yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec:
                  partitions: 6
                  replica: 3
                  config: {retention.ms: 604800000, any.broker.setting: x}
                """), false)).containsExactly(".spec.replica: not in the schema");
        assertThat(CRDS.violations(yaml("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec:
                  instances: 3
                  storage: {size: 1Gi, sise: 2Gi}
                """), false)).containsExactly(".spec.storage.sise: not in the schema");
    }

    @Test
    void findsAKafkaUserFieldTheSchemaDoesNotDeclare() throws Exception {
        // "operation" (one) was v1beta2's; v1 lists "operations"
        assertThat(CRDS.violations(yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: u}
                spec:
                  authentication: {type: scram-sha-512}
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: fees.invoices, patternType: literal}
                        operation: Read
                      - resource: {type: topic, name: fees.invoices, patternType: literal}
                        operations: [Read, Browse]
                """), false)).containsExactlyInAnyOrder(
                ".spec.authorization.acls[0].operation: not in the schema",
                ".spec.authorization.acls[0].operations: required",
                ".spec.authorization.acls[1].operations[1]: \"Browse\" is not one of [\"Read\",\"Write\",\"Create\","
                        + "\"Delete\",\"Alter\",\"Describe\",\"ClusterAction\",\"AlterConfigs\",\"DescribeConfigs\","
                        + "\"IdempotentWrite\",\"All\"]");
    }

    @Test
    void findsAWrongTypeAValueOutsideTheEnumAndAMissingRequiredField() throws Exception {
        assertThat(CRDS.violations(yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: p}
                spec:
                  replicas: "3"
                  roles: [broker, zookeeper]
                """), false)).containsExactlyInAnyOrder(
                ".spec.replicas: must be integer, is STRING (\"3\")",
                ".spec.roles[1]: \"zookeeper\" is not one of [\"controller\",\"broker\"]",
                ".spec.storage: required");
    }

    @Test
    void checksAnOverlayPatchWithoutTheFieldsItsBaseProvides() throws Exception {
        JsonNode patch = yaml("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaNodePool
                metadata: {name: p}
                spec: {replicas: 1}
                """);
        assertThat(CRDS.violations(patch, true)).isEmpty();
        assertThat(CRDS.violations(patch, false)).contains(".spec.roles: required");
    }

    private static JsonNode yaml(String text) throws IOException {
        return new YAMLMapper().readTree(text);
    }
}
