package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.deploy.Manifests.Doc;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Deployment is labelled, probed, sized and hardened the same way. */
class DeploymentTest {

    static Stream<Doc> deployments() {
        return Manifests.resources("Deployment");
    }

    private static Deployment deployment(Doc doc) {
        return doc.as(Deployment.class);
    }

    private static Container container(Doc doc) {
        PodSpec pod = deployment(doc).getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers()).as(doc.where()).hasSize(1);
        return pod.getContainers().get(0);
    }

    private static String env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst().orElse(null);
    }

    @Test
    void eachApplicationHasExactlyOneDeployment() {
        assertThat(deployments().map(Doc::name)).containsExactlyInAnyOrderElementsOf(Manifests.APPLICATIONS);
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void isLabelledAndSelectsOnTheNameOnly(Doc doc) {
        Deployment d = deployment(doc);
        Map<String, String> expected = Map.of("app.kubernetes.io/name", d.getMetadata().getName(),
                "app.kubernetes.io/part-of", "zgc-residence");
        assertThat(d.getMetadata().getLabels()).containsAllEntriesOf(expected);
        assertThat(d.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(expected);
        assertThat(d.getSpec().getSelector().getMatchLabels())
                .containsExactly(Map.entry("app.kubernetes.io/name", d.getMetadata().getName()));
        assertThat(d.getSpec().getSelector().getMatchExpressions()).isNullOrEmpty();
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void runsAsNonRootWithoutPrivilegesOnAReadOnlyRootFilesystem(Doc doc) {
        PodSpec pod = deployment(doc).getSpec().getTemplate().getSpec();
        PodSecurityContext podSecurity = pod.getSecurityContext();
        assertThat(podSecurity.getRunAsNonRoot()).isTrue();
        assertThat(podSecurity.getRunAsUser()).isEqualTo(185L);
        assertThat(podSecurity.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(pod.getServiceAccountName()).isEqualTo(doc.name());
        assertThat(Manifests.find("ServiceAccount", doc.name())).as("ServiceAccount " + doc.name()).isPresent();

        SecurityContext security = container(doc).getSecurityContext();
        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getReadOnlyRootFilesystem()).isTrue();
        assertThat(security.getRunAsNonRoot()).isTrue();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).isNullOrEmpty();
        assertThat(security.getPrivileged()).isNotEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void writesOnlyToAnEmptyDirAtTmp(Doc doc) {
        PodSpec pod = deployment(doc).getSpec().getTemplate().getSpec();
        VolumeMount tmp = container(doc).getVolumeMounts().stream()
                .filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElseThrow();
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
        assertThat(volume.getEmptyDir()).as("/tmp is an emptyDir").isNotNull();
        container(doc).getVolumeMounts().stream().filter(m -> !m.getMountPath().equals("/tmp"))
                .forEach(m -> assertThat(m.getReadOnly()).as(m.getMountPath()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void listensOn8080AndIsProbedOnTheManagementInterface(Doc doc) {
        Container c = container(doc);
        assertThat(env(c, "QUARKUS_HTTP_PORT")).isEqualTo("8080");
        assertThat(env(c, "QUARKUS_MANAGEMENT_PORT")).isEqualTo("9000");
        assertThat(c.getPorts()).anySatisfy(p -> {
            assertThat(p.getContainerPort()).isEqualTo(8080);
            assertThat(p.getName()).isEqualTo("http");
        });
        assertThat(c.getPorts()).anySatisfy(p -> {
            assertThat(p.getContainerPort()).isEqualTo(9000);
            assertThat(p.getName()).isEqualTo("management");
        });
        assertProbe(c.getStartupProbe(), "/q/health/started");
        assertProbe(c.getReadinessProbe(), "/q/health/ready");
        assertProbe(c.getLivenessProbe(), "/q/health/live");
    }

    private static void assertProbe(Probe probe, String path) {
        assertThat(probe).as(path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        Object port = probe.getHttpGet().getPort().getValue();
        assertThat(port).as("probe port of " + path + ": health is served on the management interface only")
                .isIn("management", 9000);
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void hasRequestsAndLimitsAndAJvmSizedForTheContainer(Doc doc) {
        Container c = container(doc);
        assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).containsKey("memory");
        long request = c.getResources().getRequests().get("memory").getNumericalAmount().longValue();
        long limit = c.getResources().getLimits().get("memory").getNumericalAmount().longValue();
        assertThat(request).as("memory request").isLessThanOrEqualTo(limit).isGreaterThanOrEqualTo(256L << 20);
        assertThat(env(c, "JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=75");
        assertThat(env(c, "JAVA_MAX_RAM_RATIO")).isEqualTo("75");
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void shutsDownGracefully(Doc doc) {
        PodSpec pod = deployment(doc).getSpec().getTemplate().getSpec();
        Container c = container(doc);
        assertThat(c.getLifecycle().getPreStop().getExec().getCommand()).first().isEqualTo("sleep");
        int preStop = Integer.parseInt(c.getLifecycle().getPreStop().getExec().getCommand().get(1));
        String shutdown = Manifests.find("ConfigMap", "zgc-residence-config").orElseThrow()
                .tree().path("data").path("QUARKUS_SHUTDOWN_TIMEOUT").asText();
        int quarkusTimeout = Integer.parseInt(shutdown.replaceAll("[^0-9]", ""));
        assertThat(pod.getTerminationGracePeriodSeconds()).as("grace period covers preStop + quarkus.shutdown.timeout")
                .isGreaterThan((long) preStop + quarkusTimeout);
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void runsAnImageWithAnExplicitTag(Doc doc) {
        assertThat(container(doc).getImagePullPolicy()).as("a release pins digests (deploy/README.md): never pulled again")
                .isEqualTo("IfNotPresent");
        String image = container(doc).getImage();
        String resolved = Kustomizations.resolveImage(image).orElse(image);
        assertThat(Kustomizations.hasExplicitTag(resolved)).as(resolved).isTrue();
    }

    @Test
    void operatorImagesAreTaggedToo() {
        Manifests.resources("Cluster").forEach(c -> assertThat(
                Kustomizations.hasExplicitTag(c.tree().path("spec").path("imageName").asText())).as(c.where()).isTrue());
    }
}
