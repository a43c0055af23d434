package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.deploy.Manifests.Doc;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dev runs one pod of each application with small requests; prod at least two, autoscaled on CPU, with disruption
 * budgets and spread over nodes. Checked on the overlay files always, and on kustomize's rendering where kubectl is
 * installed (kubectl kustomize needs no cluster).
 */
class OverlayTest {

    private static Map<String, Doc> patches(String overlay, String kind) {
        Path dir = Manifests.k8sDir().resolve("overlays").resolve(overlay);
        return Manifests.all().stream().filter(d -> d.file().startsWith(dir) && d.kind().equals(kind))
                .collect(Collectors.toMap(Doc::name, Function.identity()));
    }

    @Test
    void devRunsOnePodOfEachApplicationWithSmallRequests() {
        Map<String, Doc> deployments = patches("dev", "Deployment");
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(Manifests.APPLICATIONS);
        deployments.values().forEach(d -> {
            assertThat(d.at("/spec/replicas").asInt()).as(d.where()).isEqualTo(1);
            assertThat(d.at("/spec/template/spec/containers/0/resources/requests/cpu").asText()).isEqualTo("100m");
        });
        assertThat(patches("dev", "KafkaNodePool").get("combined").at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(patches("dev", "Cluster").get("zgc-pg").at("/spec/instances").asInt()).isEqualTo(1);
    }

    @Test
    void prodLeavesTheCountToTheAutoscalerAndSpreadsOverNodes() {
        Map<String, Doc> deployments = patches("prod", "Deployment");
        assertThat(deployments.keySet()).containsExactlyInAnyOrderElementsOf(Manifests.APPLICATIONS);
        assertThat(Manifests.base("Deployment")).as("no count in the base either")
                .allSatisfy(d -> assertThat(d.at("/spec/replicas").isMissingNode()).as(d.where()).isTrue());
        deployments.values().forEach(d -> {
            assertThat(d.at("/spec/replicas").isMissingNode()).as("%s: the HorizontalPodAutoscaler owns the count", d.where())
                    .isTrue();
            assertThat(d.at("/spec/template/spec/topologySpreadConstraints")).as(d.where())
                    .anySatisfy(c -> {
                        assertThat(c.path("topologyKey").asText()).isEqualTo("kubernetes.io/hostname");
                        assertThat(c.at("/labelSelector/matchLabels/app.kubernetes.io~1name").asText())
                                .isEqualTo(d.name());
                    });
        });
    }

    @Test
    void prodAutoscalesEachApplicationOnCpuWithinWhatTheDatabaseAndPartitionsAllow() {
        Map<String, Doc> autoscalers = patches("prod", "HorizontalPodAutoscaler");
        assertThat(autoscalers.keySet()).containsExactlyInAnyOrderElementsOf(Manifests.APPLICATIONS);
        int maxConnections = Manifests.find("Cluster", "zgc-pg").orElseThrow()
                .at("/spec/postgresql/parameters/max_connections").asInt();
        int pooled = 0;
        for (Doc hpa : autoscalers.values()) {
            assertThat(hpa.at("/spec/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(hpa.name());
            assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(hpa.at("/spec/metrics/0/resource/name").asText()).isEqualTo("cpu");
            int max = hpa.at("/spec/maxReplicas").asInt();
            if (Manifests.SERVICES_WITH_DATA.contains(hpa.name())) {
                assertThat(max).as("no more consumers than partitions").isLessThanOrEqualTo(6);
                pooled += max * poolSize(hpa.name());
            }
        }
        assertThat(pooled).as("pooled connections at full scale").isLessThan(maxConnections);
    }

    @Test
    void prodKeepsOnePodOfEachApplicationThroughDisruptions() {
        Map<String, Doc> budgets = patches("prod", "PodDisruptionBudget");
        assertThat(budgets.keySet()).containsExactlyInAnyOrderElementsOf(Manifests.APPLICATIONS);
        budgets.values().forEach(b -> {
            assertThat(b.at("/spec/minAvailable").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(b.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(b.name());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersIntoHardenedTaggedResourcesInOneNamespace(String overlay) throws Exception {
        List<Doc> rendered = render(overlay);
        assertThat(rendered).extracting(Doc::kind).contains("Deployment", "Service", "NetworkPolicy", "Kafka",
                "KafkaNodePool", "KafkaTopic", "Cluster", "Database");
        CrdSchemas crds = CrdSchemas.load();
        for (Doc doc : rendered) {
            KubernetesResource model = doc.model();
            if (!(model instanceof GenericKubernetesResource)) {
                assertThat(UnknownFields.in(model)).as(doc.where()).isEmpty();
            }
            if (crds.definition(doc.group(), doc.kind()).isPresent()) {
                assertThat(crds.violations(doc.tree(), false)).as("rendered " + doc.where()).isEmpty();
            }
            if (!doc.kind().equals("Namespace")) {
                assertThat(doc.at("/metadata/namespace").asText()).as(doc.where()).isEqualTo("zgc-residence");
            }
            if (doc.kind().equals("Deployment")) {
                Deployment d = doc.as(Deployment.class);
                assertThat(d.getSpec().getReplicas()).as(doc.where()).isEqualTo(overlay.equals("prod") ? null : 1);
                var container = d.getSpec().getTemplate().getSpec().getContainers().get(0);
                assertThat(Kustomizations.hasExplicitTag(container.getImage())).as(container.getImage()).isTrue();
                assertThat(container.getImage()).contains("/zgc-residence/" + d.getMetadata().getName() + ":");
                assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
                assertThat(container.getResources().getLimits()).containsKey("memory");
            }
        }
    }

    @Test
    void prodKeepsTheDossiersFilesInObjectStorageWithTheKeysAndCredentialsFromSecrets() throws Exception {
        Doc documents = render("prod").stream().filter(d -> d.kind().equals("Deployment"))
                .filter(d -> d.name().equals("documents-service")).findFirst().orElseThrow();
        Map<String, String> secretRefs = new java.util.HashMap<>();
        documents.as(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                .filter(v -> v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                .forEach(v -> secretRefs.put(v.getName(), v.getValueFrom().getSecretKeyRef().getName()
                        + "/" + v.getValueFrom().getSecretKeyRef().getKey()));
        assertThat(secretRefs).containsEntry("FILES_KEK", "zgc-documents-files/files-kek")
                .containsEntry("HOLDER_DIGEST_KEY", "zgc-documents-files/holder-digest-key")
                .containsEntry("FILES_S3_ACCESS_KEY_ID", "zgc-documents-s3/access-key-id")
                .containsEntry("FILES_S3_SECRET_ACCESS_KEY", "zgc-documents-s3/secret-access-key")
                .containsEntry("KAFKA_SASL_JAAS_CONFIG", "documents-service/sasl.jaas.config");
        Doc config = render("prod").stream().filter(d -> d.kind().equals("ConfigMap"))
                .filter(d -> d.name().equals("documents-service-config")).findFirst().orElseThrow();
        assertThat(config.at("/data/FILES_STORAGE").asText()).isEqualTo("s3");
        assertThat(config.at("/data/FILES_S3_BUCKET").asText()).isNotBlank();
        assertThat(config.at("/data/FILES_S3_ENDPOINT").asText()).startsWith("https://");
        assertThat(config.at("/data/FILES_ALLOW_EPHEMERAL_KEYS").asText()).isEqualTo("false");
        // dev keeps them in the service's database: no object store, no credentials to give
        Doc devConfig = render("dev").stream().filter(d -> d.kind().equals("ConfigMap"))
                .filter(d -> d.name().equals("documents-service-config")).findFirst().orElseThrow();
        assertThat(devConfig.at("/data/FILES_STORAGE").isMissingNode()).isTrue();
    }

    /** quarkus.datasource.jdbc.max-size of the service's application.properties, else common's 20. */
    private static int poolSize(String service) {
        Path properties = Manifests.repoDir().resolve(service).resolve("src/main/resources/application.properties");
        java.util.Properties values = new java.util.Properties();
        try (var in = Files.newBufferedReader(properties)) {
            values.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Integer.parseInt(values.getProperty("quarkus.datasource.jdbc.max-size", "20").strip());
    }

    /** kubectl kustomize of an overlay, read as documents; skipped where kubectl is not installed. */
    private static List<Doc> render(String overlay) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("kubectl"), "kubectl is not installed: rendering not checked");
        Path out = Files.createTempFile("zgc-" + overlay, ".yaml");
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", Manifests.k8sDir().resolve("overlays/" + overlay).toString())
                    .redirectOutput(out.toFile()).redirectErrorStream(false).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
            String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as("kubectl kustomize: " + errors).isZero();
            return Manifests.read(out);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
