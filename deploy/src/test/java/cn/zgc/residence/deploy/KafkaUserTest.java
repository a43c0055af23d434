package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.deploy.Manifests.Doc;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kafka admits only users it knows, over TLS, and each service's KafkaUser allows exactly what the service does: Write
 * on the topics its outbox publishes to (EventType), Read on the topics its channels consume and Write on their
 * dead-letter topics, Read on its consumer groups (application.properties), nothing else. The government consumers'
 * user reads the public topics of docs/asyncapi.yaml only, in groups under its prefix.
 */
class KafkaUserTest {

    static final String GOVERNMENT_USER = "government-reader";
    static final String GOVERNMENT_GROUP_PREFIX = "government-";

    /** One operation an ACL allows on one resource. */
    record Acl(String resourceType, String name, String patternType, String operation) {
        @Override
        public String toString() {
            return operation + " on " + resourceType + " " + name + " (" + patternType + ")";
        }
    }

    /** What a service's Kafka clients do. */
    record Needs(Set<String> produces, Set<String> consumes, Set<String> deadLetters, Set<String> groups) {

        Set<Acl> acls() {
            Set<Acl> acls = new HashSet<>();
            Stream.concat(produces.stream(), deadLetters.stream()).forEach(t -> {
                acls.add(new Acl("topic", t, "literal", "Write"));
                acls.add(new Acl("topic", t, "literal", "Describe"));
            });
            consumes.forEach(t -> {
                acls.add(new Acl("topic", t, "literal", "Read"));
                acls.add(new Acl("topic", t, "literal", "Describe"));
            });
            groups.forEach(g -> acls.add(new Acl("group", g, "literal", "Read")));
            return acls;
        }
    }

    static Stream<String> services() {
        return Manifests.SERVICES_WITH_DATA.stream();
    }

    private static Properties properties(String service) {
        Path file = Manifests.repoDir().resolve(service).resolve("src/main/resources/application.properties");
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * A service's Kafka use: the topics of the events it publishes (its outbox: EventType, by the CloudEvents source),
     * and for each Kafka channel of its application.properties the topics it reads (or writes, outgoing), its group
     * and its dead-letter topic.
     */
    static Needs needs(String service) {
        Set<String> produces = Arrays.stream(EventType.values()).filter(t -> t.source().equals("/zgc/" + service))
                .map(EventType::topic).collect(Collectors.toCollection(TreeSet::new));
        Set<String> consumes = new TreeSet<>();
        Set<String> deadLetters = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Properties p = properties(service);
        for (String key : p.stringPropertyNames()) {
            if (!key.endsWith(".connector") || !p.getProperty(key).strip().equals("smallrye-kafka")) {
                continue;
            }
            String prefix = key.substring(0, key.length() - ".connector".length());
            String channel = prefix.substring(prefix.lastIndexOf('.') + 1);
            List<String> topics = new ArrayList<>();
            if (p.containsKey(prefix + ".topics")) {
                Arrays.stream(p.getProperty(prefix + ".topics").split(",")).map(String::strip).forEach(topics::add);
            } else {
                topics.add(p.getProperty(prefix + ".topic", channel).strip());
            }
            if (prefix.startsWith("mp.messaging.outgoing.")) {
                produces.addAll(topics);
                continue;
            }
            consumes.addAll(topics);
            String group = p.getProperty(prefix + ".group.id");
            assertThat(group).as("%s: channel %s names its consumer group (a generated one would need a wider ACL)",
                    service, channel).isNotBlank();
            groups.add(group.strip());
            if (p.getProperty(prefix + ".failure-strategy", "fail").strip().equals("dead-letter-queue")) {
                deadLetters.add(p.getProperty(prefix + ".dead-letter-queue.topic", "dead-letter-topic-" + channel).strip());
            }
        }
        return new Needs(produces, consumes, deadLetters, groups);
    }

    /** Every operation the user's ACLs allow, one by one. */
    static Set<Acl> granted(JsonNode user) {
        Set<Acl> granted = new LinkedHashSet<>();
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            if (acl.path("type").asText("allow").equals("deny")) {
                continue;
            }
            JsonNode resource = acl.path("resource");
            for (JsonNode operation : acl.path("operations")) {
                granted.add(new Acl(resource.path("type").asText(), resource.path("name").asText(),
                        resource.path("patternType").asText("literal"), operation.asText()));
            }
        }
        return granted;
    }

    /** What differs between the user's ACLs and what it needs: each missing and each extra permission. */
    static List<String> violations(JsonNode user, Set<Acl> required) {
        Set<Acl> granted = granted(user);
        List<String> found = new ArrayList<>();
        required.stream().filter(a -> !granted.contains(a)).sorted(java.util.Comparator.comparing(Acl::toString))
                .forEach(a -> found.add("missing: " + a));
        granted.stream().filter(a -> !required.contains(a)).forEach(a -> found.add("not needed: " + a));
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            String host = acl.path("host").asText("*");
            if (!host.equals("*")) {
                found.add("an ACL bound to host " + host + " (the pods' addresses change)");
            }
        }
        return found;
    }

    private static Doc user(String name) {
        return Manifests.find("KafkaUser", name).orElseThrow(() -> new AssertionError("no KafkaUser " + name));
    }

    /** The channels of docs/asyncapi.yaml tagged public: what consumers outside the services may read. */
    static Set<String> publicTopics() {
        JsonNode document = Manifests.readTree(Manifests.repoDir().resolve("docs/asyncapi.yaml"));
        Set<String> topics = new TreeSet<>();
        document.path("channels").forEach(c -> {
            for (JsonNode tag : c.path("tags")) {
                // a tag is written in place or as a reference into components/tags
                JsonNode resolved = tag.has("$ref") ? document.at(tag.path("$ref").asText().substring(1)) : tag;
                if (resolved.path("name").asText().equals("public")) {
                    topics.add(c.path("address").asText());
                }
            }
        });
        return topics;
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceHasAScramUserAllowingExactlyTheTopicsAndGroupsItUses(String service) {
        Doc user = user(service);
        assertThat(user.at("/metadata/labels/strimzi.io~1cluster").asText()).isEqualTo("zgc-kafka");
        assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
        assertThat(user.at("/spec/authorization/type").asText()).isEqualTo("simple");
        assertThat(violations(user.tree(), needs(service).acls())).as(user.where()).isEmpty();
    }

    @Test
    void theNeedsAreReadFromTheServicesOwnConfiguration() {
        assertThat(needs("documents-service")).isEqualTo(new Needs(Set.of(Topics.DOCUMENTS_DOSSIERS),
                Set.of(Topics.ELIGIBILITY_RECOMMENDATIONS, Topics.FEES_INVOICES),
                Set.of(Topics.ELIGIBILITY_RECOMMENDATIONS + Topics.DEAD_LETTER_SUFFIX,
                        Topics.FEES_INVOICES + Topics.DEAD_LETTER_SUFFIX),
                Set.of("documents-service", "documents-service-invoices")));
        assertThat(needs("eligibility-service")).isEqualTo(new Needs(
                Set.of(Topics.ELIGIBILITY_ASSESSMENTS, Topics.ELIGIBILITY_RECOMMENDATIONS), Set.of(), Set.of(), Set.of()));
        Needs notifications = needs("notifications-service");
        assertThat(notifications.consumes()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(EventType.values()).map(EventType::topic).collect(Collectors.toSet()));
        assertThat(notifications.deadLetters()).isEmpty();
        assertThat(notifications.groups()).containsExactly("notifications-service");
    }

    @Test
    void aMissingAclForAConsumedOrProducedTopicFailsTheCheck() {
        ObjectNode documents = (ObjectNode) user("documents-service").tree().deepCopy();
        ArrayNode acls = (ArrayNode) documents.at("/spec/authorization/acls");
        for (int i = acls.size() - 1; i >= 0; i--) {
            String topic = acls.get(i).at("/resource/name").asText();
            if (topic.equals(Topics.FEES_INVOICES) || topic.equals(Topics.DOCUMENTS_DOSSIERS)) {
                acls.remove(i);
            }
        }
        assertThat(violations(documents, needs("documents-service").acls())).containsExactlyInAnyOrder(
                "missing: Describe on topic documents.dossiers (literal)",
                "missing: Write on topic documents.dossiers (literal)",
                "missing: Describe on topic fees.invoices (literal)",
                "missing: Read on topic fees.invoices (literal)");
    }

    @Test
    void anAclBeyondWhatTheServiceUsesFailsTheCheck() {
        ObjectNode fees = (ObjectNode) user("fees-service").tree().deepCopy();
        ArrayNode acls = (ArrayNode) fees.at("/spec/authorization/acls");
        acls.addObject().<ObjectNode>set("resource", fees.objectNode().put("type", "topic").put("name", "documents.")
                .put("patternType", "prefix")).putArray("operations").add("Read");
        acls.addObject().<ObjectNode>set("resource", fees.objectNode().put("type", "topic")
                .put("name", Topics.DOCUMENTS_DOSSIERS)).putArray("operations").add("Write");
        assertThat(violations(fees, needs("fees-service").acls())).containsExactlyInAnyOrder(
                "not needed: Read on topic documents. (prefix)",
                "not needed: Write on topic documents.dossiers (literal)");
    }

    @Test
    void governmentConsumersReadThePublicTopicsOnlyInGroupsOfTheirPrefix() {
        Set<String> published = publicTopics();
        assertThat(published).as("docs/asyncapi.yaml tags the public channels").isNotEmpty()
                .noneMatch(t -> t.endsWith(Topics.DEAD_LETTER_SUFFIX))
                .doesNotContain(Topics.NOTIFICATIONS_SUBSCRIPTIONS);
        Set<Acl> required = new HashSet<>();
        published.forEach(t -> {
            required.add(new Acl("topic", t, "literal", "Read"));
            required.add(new Acl("topic", t, "literal", "Describe"));
        });
        required.add(new Acl("group", GOVERNMENT_GROUP_PREFIX, "prefix", "Read"));
        Doc user = user(GOVERNMENT_USER);
        assertThat(user.at("/spec/authentication/type").asText()).isEqualTo("scram-sha-512");
        assertThat(violations(user.tree(), required)).as(user.where()).isEmpty();
        assertThat(granted(user.tree())).extracting(Acl::operation).containsOnly("Read", "Describe");
    }

    @Test
    void everyUserIsAServiceOrTheGovernmentReader() {
        assertThat(Manifests.resources("KafkaUser").map(Doc::name)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(services(), Stream.of(GOVERNMENT_USER)).toList());
    }

    @Test
    void kafkaAuthorisesEveryRequestAndAuthenticatesEveryListenerOverTls() {
        Doc kafka = Manifests.find("Kafka", "zgc-kafka").orElseThrow();
        assertThat(kafka.at("/spec/kafka/authorization/type").asText()).isEqualTo("simple");
        assertThat(kafka.at("/spec/kafka/authorization/superUsers").isMissingNode()).as("no super user of ours").isTrue();
        assertThat(kafka.at("/spec/entityOperator/userOperator").isObject()).as("user operator").isTrue();
        List<Doc> withListeners = Manifests.all().stream().filter(d -> d.kind().equals("Kafka"))
                .filter(d -> d.at("/spec/kafka/listeners").isArray()).toList();
        assertThat(withListeners).hasSizeGreaterThanOrEqualTo(2);
        for (Doc doc : withListeners) {
            assertThat(doc.at("/spec/kafka/listeners")).as(doc.where()).allSatisfy(listener -> {
                assertThat(listener.path("tls").asBoolean()).as(listener.path("name").asText()).isTrue();
                assertThat(listener.at("/authentication/type").asText()).isEqualTo("scram-sha-512");
            });
            // an overlay replaces the list whole: the services' listener stays as the base has it
            assertThat(listener(doc, "tls")).as(doc.where()).isEqualTo(listener(kafka, "tls"));
        }
        JsonNode external = listener(kafka, "external");
        assertThat(external.path("type").asText()).isEqualTo("loadbalancer");
        assertThat(external.at("/configuration/loadBalancerSourceRanges")).as("the outside consumers' ranges only")
                .isNotEmpty();
        assertThat(external.at("/configuration/externalTrafficPolicy").asText()).isEqualTo("Local");
    }

    @Test
    void theAsyncApiDocumentNamesBothListenersAsServersWithTheirSecurity() {
        JsonNode servers = Manifests.readTree(Manifests.repoDir().resolve("docs/asyncapi.yaml")).path("servers");
        Doc kafka = Manifests.find("Kafka", "zgc-kafka").orElseThrow();
        JsonNode tls = listener(kafka, "tls");
        JsonNode external = listener(kafka, "external");
        assertThat(servers.at("/internal/host").asText())
                .isEqualTo("zgc-kafka-kafka-bootstrap.zgc-residence.svc:" + tls.path("port").asInt());
        assertThat(servers.at("/external/host").asText()).isEqualTo(
                external.at("/configuration/bootstrap/alternativeNames/0").asText() + ":" + external.path("port").asInt());
        for (String server : List.of("internal", "external")) {
            assertThat(servers.at("/" + server + "/protocol").asText()).isEqualTo("kafka-secure");
            assertThat(servers.at("/" + server + "/security/0/$ref").asText())
                    .isEqualTo("#/components/securitySchemes/scramSha512");
        }
        assertThat(servers.at("/external/description").asText()).contains(GOVERNMENT_USER, "webhook");
    }

    static JsonNode listener(Doc kafka, String name) {
        for (JsonNode listener : kafka.at("/spec/kafka/listeners")) {
            if (listener.path("name").asText().equals(name)) {
                return listener;
            }
        }
        throw new AssertionError(kafka.where() + " has no listener " + name);
    }

    @ParameterizedTest
    @MethodSource("services")
    void eachServiceConnectsOverTlsAsItsOwnUser(String service) {
        Deployment deployment = Manifests.find("Deployment", service).orElseThrow().as(Deployment.class);
        List<EnvVar> env = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
        EnvVar jaas = env.stream().filter(v -> v.getName().equals("KAFKA_SASL_JAAS_CONFIG")).findFirst().orElseThrow();
        assertThat(jaas.getValueFrom().getSecretKeyRef().getName()).as("the Secret of its KafkaUser").isEqualTo(service);
        assertThat(jaas.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("sasl.jaas.config");
        EnvVar ca = env.stream().filter(v -> v.getName().equals("KAFKA_SSL_TRUSTSTORE_CERTIFICATES")).findFirst()
                .orElseThrow();
        assertThat(ca.getValueFrom().getSecretKeyRef().getName()).isEqualTo("zgc-kafka-cluster-ca-cert");
        assertThat(ca.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("ca.crt");

        JsonNode shared = Manifests.find("ConfigMap", "zgc-residence-config").orElseThrow().at("/data");
        assertThat(shared.path("KAFKA_SECURITY_PROTOCOL").asText()).isEqualTo("SASL_SSL");
        assertThat(shared.path("KAFKA_SASL_MECHANISM").asText()).isEqualTo("SCRAM-SHA-512");
        assertThat(shared.path("KAFKA_SSL_TRUSTSTORE_TYPE").asText()).isEqualTo("PEM");
        JsonNode tls = listener(Manifests.find("Kafka", "zgc-kafka").orElseThrow(), "tls");
        assertThat(tls.path("type").asText()).isEqualTo("internal");
        assertThat(shared.path("KAFKA_BOOTSTRAP_SERVERS").asText())
                .isEqualTo("zgc-kafka-kafka-bootstrap:" + tls.path("port").asInt());
    }
}
