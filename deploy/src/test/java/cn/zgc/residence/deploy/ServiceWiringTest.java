package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.deploy.Manifests.Doc;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Services reach pods, every variable of the configuration contract is provided, every reference resolves. */
class ServiceWiringTest {

    private static final List<String> EVERY_SERVICE = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER", "JWT_AUDIENCE", "QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT",
            "ZGC_INSTANCE_ID", "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_CERTIFICATES");

    /** The configuration contract (shared brief): what each application reads from its environment; a service not
     * named here (one added later) reads what every service reads. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "gateway", List.of("ELIGIBILITY_URL", "DOCUMENTS_URL", "FEES_URL", "OFFICES_URL", "NOTIFICATIONS_URL",
                    "CORS_ORIGINS",
                    "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER", "JWT_AUDIENCE", "QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT"),
            "eligibility-service", EVERY_SERVICE,
            "documents-service", Stream.concat(EVERY_SERVICE.stream(),
                    Stream.of("OFFICES_URL", "FILES_KEK", "HOLDER_DIGEST_KEY", "FILES_ALLOW_EPHEMERAL_KEYS")).toList(),
            "fees-service", EVERY_SERVICE,
            "offices-service", Stream.concat(EVERY_SERVICE.stream(), Stream.of("DOCUMENTS_URL")).toList(),
            "notifications-service", Stream.concat(EVERY_SERVICE.stream(),
                    Stream.of("WEBHOOK_SECRETS_KEY", "WEBHOOK_SECRETS_ALLOW_EPHEMERAL_KEY")).toList(),
            "web", List.of("GATEWAY_URL", "OIDC_AUTH_SERVER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET",
                    "WEB_SESSION_SECRET", "QUARKUS_HTTP_PORT", "QUARKUS_MANAGEMENT_PORT"));

    static Stream<Doc> services() {
        return Manifests.resources("Service");
    }

    static Stream<Doc> deployments() {
        return Manifests.resources("Deployment");
    }

    private static Container container(Doc deployment) {
        return deployment.as(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    /** Every variable the container gets: its env list plus the keys of the ConfigMaps it takes whole. */
    private static Map<String, String> environment(Doc deployment) {
        Container c = container(deployment);
        Map<String, String> env = new HashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            assertThat(from.getConfigMapRef()).as("envFrom of %s is a ConfigMap", deployment.name()).isNotNull();
            String name = from.getConfigMapRef().getName();
            ConfigMap cm = Manifests.find("ConfigMap", name).orElseThrow(() -> new AssertionError("no ConfigMap " + name))
                    .as(ConfigMap.class);
            env.putAll(cm.getData());
        }
        for (EnvVar var : c.getEnv()) {
            env.put(var.getName(), var.getValue() != null ? var.getValue() : "<from " + describe(var) + ">");
        }
        return env;
    }

    private static String describe(EnvVar var) {
        if (var.getValueFrom().getSecretKeyRef() != null) {
            return "secret " + var.getValueFrom().getSecretKeyRef().getName();
        }
        return var.getValueFrom().toString();
    }

    @ParameterizedTest
    @MethodSource("services")
    void targetsAPortItsPodsDeclare(Doc doc) {
        Service service = doc.as(Service.class);
        Map<String, String> selector = service.getSpec().getSelector();
        Doc deployment = Manifests.find("Deployment", d -> d.as(Deployment.class).getSpec().getTemplate().getMetadata()
                .getLabels().entrySet().containsAll(selector.entrySet()))
                .orElseThrow(() -> new AssertionError(doc.where() + " selects no pods"));
        List<ContainerPort> ports = container(deployment).getPorts();
        for (ServicePort port : service.getSpec().getPorts()) {
            Object target = port.getTargetPort().getValue();
            assertThat(ports).as("%s targets %s", doc.where(), target)
                    .anyMatch(p -> target.equals(p.getName()) || target.equals(p.getContainerPort()));
        }
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void providesEveryVariableOfTheConfigurationContract(Doc doc) {
        assertThat(environment(doc)).as(doc.name())
                .containsKeys(REQUIRED.getOrDefault(doc.name(), EVERY_SERVICE).toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void callsOtherApplicationsThroughServicesThatExist(Doc doc) {
        environment(doc).forEach((name, value) -> {
            if (List.of("ELIGIBILITY_URL", "DOCUMENTS_URL", "FEES_URL", "OFFICES_URL", "NOTIFICATIONS_URL", "WEB_URL",
                    "GATEWAY_URL").contains(name)) {
                URI uri = URI.create(value);
                Doc service = Manifests.find("Service", uri.getHost())
                        .orElseThrow(() -> new AssertionError(name + " names no Service: " + value));
                int port = uri.getPort() == -1 ? 80 : uri.getPort();
                assertThat(service.as(Service.class).getSpec().getPorts()).as(name).anyMatch(p -> p.getPort() == port);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void readsTheJwtPublicKeyFromTheMountedSecret(Doc doc) {
        if (doc.name().equals("web")) {
            // the pages check no bearer token themselves (the gateway and the services do); Quarkus OIDC checks the
            // provider's tokens with the provider's own keys
            assertThat(container(doc).getVolumeMounts()).noneMatch(m -> m.getMountPath().equals("/etc/zgc/jwt"));
            return;
        }
        assertThat(environment(doc).get("JWT_PUBLIC_KEY_LOCATION")).isEqualTo("file:/etc/zgc/jwt/public.pem");
        var pod = doc.as(Deployment.class).getSpec().getTemplate().getSpec();
        var mount = container(doc).getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/etc/zgc/jwt"))
                .findFirst().orElseThrow();
        var volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret().getSecretName()).isEqualTo("zgc-jwt-public-key");
        assertThat(volume.getSecret().getItems()).anyMatch(i -> i.getPath().equals("public.pem"));
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void logsInAsTheOwnerOfItsOwnDatabase(Doc doc) {
        Map<String, String> env = environment(doc);
        if (!env.containsKey("QUARKUS_DATASOURCE_JDBC_URL")) {
            return;
        }
        String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(url).startsWith("jdbc:postgresql://zgc-pg-rw:5432/");
        String database = url.substring(url.lastIndexOf('/') + 1);
        assertThat(doc.name()).startsWith(database);
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo("<from secret zgc-pg-" + database + ">");
        assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo("<from secret zgc-pg-" + database + ">");

        Doc db = Manifests.find("Database", d -> d.at("/spec/name").asText().equals(database))
                .orElseThrow(() -> new AssertionError("no Database resource for " + database));
        assertThat(db.at("/spec/owner").asText()).isEqualTo(database);
        assertThat(db.at("/spec/cluster/name").asText()).isEqualTo("zgc-pg");
        Doc cluster = Manifests.find("Cluster", "zgc-pg").orElseThrow();
        assertThat(cluster.at("/spec/managed/roles")).as("managed role " + database).anySatisfy(role -> {
            assertThat(role.path("name").asText()).isEqualTo(database);
            assertThat(role.path("login").asBoolean()).isTrue();
            assertThat(role.at("/passwordSecret/name").asText()).isEqualTo("zgc-pg-" + database);
        });
    }

    @Test
    void everySecretAPodNeedsIsExplainedInTheReadme() throws IOException {
        String readme = Files.readString(Manifests.k8sDir().getParent().resolve("README.md"));
        Set<String> secrets = new HashSet<>();
        deployments().forEach(d -> {
            d.tree().findValues("secretKeyRef").forEach(r -> secrets.add(r.path("name").asText()));
            d.tree().findValues("secret").forEach(s -> secrets.add(s.path("secretName").asText()));
        });
        // the backup store's credentials (infra/postgres-backups.yaml)
        Manifests.resources("ObjectStore").forEach(o -> o.at("/spec/configuration/s3Credentials")
                .forEach(ref -> secrets.add(ref.path("name").asText())));
        assertThat(secrets).contains("zgc-jwt-public-key", "zgc-pg-fees", "zgc-pg-backup-s3", "zgc-documents-files",
                "zgc-notifications-secrets", "zgc-kafka-cluster-ca-cert", "fees-service");
        secrets.forEach(s -> assertThat(readme).as("README explains the Secret " + s).contains(s));
    }

    @Test
    void everyKeyOfASecretWeProvideIsInTheReadmesCommandsAndNoKeyFallsBackToOneOfTheProcesssOwn() throws IOException {
        String readme = Files.readString(Manifests.k8sDir().getParent().resolve("README.md"));
        // Strimzi writes the users' and the cluster CA's Secrets itself
        Set<String> written = new HashSet<>(Manifests.resources("KafkaUser").map(Doc::name).toList());
        written.add("zgc-kafka-cluster-ca-cert");
        // the databases' owners are made by one loop over the databases (zgc-pg-$db, username and password)
        assertThat(readme).contains("create secret generic zgc-pg-$db", "--from-literal=username=$db",
                "--from-literal=password=");
        Manifests.all().stream().filter(d -> d.kind().equals("Deployment")).forEach(d ->
                d.tree().findValues("secretKeyRef").forEach(ref -> {
                    String secret = ref.path("name").asText();
                    if (!written.contains(secret) && !secret.startsWith("zgc-pg-")) {
                        assertThat(readme).as("README: how to create %s with its key %s", secret, ref.path("key").asText())
                                .containsPattern("create secret [^\\n]*" + java.util.regex.Pattern.quote(secret)
                                        + "(?s).{0,400}" + java.util.regex.Pattern.quote(ref.path("key").asText()) + "=");
                    }
                }));
        // the keys that protect stored data come from Secrets; a missing one stops the start (no key of its own)
        assertThat(environment(Manifests.find("Deployment", "documents-service").orElseThrow()))
                .containsEntry("FILES_KEK", "<from secret zgc-documents-files>")
                .containsEntry("HOLDER_DIGEST_KEY", "<from secret zgc-documents-files>")
                .containsEntry("FILES_ALLOW_EPHEMERAL_KEYS", "false");
        assertThat(environment(Manifests.find("Deployment", "notifications-service").orElseThrow()))
                .containsEntry("WEBHOOK_SECRETS_KEY", "<from secret zgc-notifications-secrets>")
                .containsEntry("WEBHOOK_SECRETS_ALLOW_EPHEMERAL_KEY", "false");
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void holdsNoServiceToken(Doc doc) {
        // a background call uses OAuth2 client credentials (deploy/README.md), never a long-lived token in a Secret
        assertThat(environment(doc).keySet()).as(doc.name()).noneMatch(name -> name.contains("TOKEN"));
        assertThat(doc.tree().findValuesAsText("name")).as(doc.name()).noneMatch(name -> name.contains("token"));
    }
}
