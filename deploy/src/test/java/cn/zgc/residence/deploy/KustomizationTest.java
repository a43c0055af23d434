package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.deploy.Kustomizations.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The kustomize tree holds together: what it names exists, and everything that exists is named. */
class KustomizationTest {

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "metadata", "namespace",
            "resources", "components", "patches", "images", "labels", "commonAnnotations", "replicas",
            "configMapGenerator", "secretGenerator", "generatorOptions", "namePrefix", "nameSuffix");

    static Stream<Path> kustomizations() {
        return Kustomizations.files().stream();
    }

    @Test
    void theTreeHasABaseInfrastructureComponentsAndTwoOverlays() {
        assertThat(Kustomizations.files()).extracting(p -> Manifests.k8sDir().relativize(p.getParent()).toString())
                .contains("base", "infra", "overlays/dev", "overlays/prod", "components/network-policies",
                        "components/gateway-httproute", "components/gateway-ingress", "components/service-monitor");
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void namesOnlyFilesThatExist(Path kustomization) {
        for (Reference ref : Kustomizations.references(kustomization)) {
            Path target = ref.target();
            if (ref.field().equals("patches")) {
                assertThat(target).as("%s patches: %s", kustomization, ref.value()).isRegularFile();
            } else if (Files.isDirectory(target)) {
                Path inner = target.resolve("kustomization.yaml");
                assertThat(inner).as("%s %s: %s", kustomization, ref.field(), ref.value()).isRegularFile();
                String expected = ref.field().equals("components") ? "Component" : "Kustomization";
                assertThat(Kustomizations.read(inner).path("kind").asText()).as(inner.toString()).isEqualTo(expected);
            } else {
                assertThat(ref.field()).as("%s names the component %s, a file", kustomization, ref.value())
                        .isEqualTo("resources");
                assertThat(target).as("%s resources: %s", kustomization, ref.value()).isRegularFile();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void usesOnlyFieldsKustomizeKnows(Path kustomization) {
        JsonNode k = Kustomizations.read(kustomization);
        assertThat(k.path("apiVersion").asText()).startsWith("kustomize.config.k8s.io/");
        assertThat(k.path("kind").asText()).isIn("Kustomization", "Component");
        k.fieldNames().forEachRemaining(f -> assertThat(f).as("field of %s", kustomization).isIn(KNOWN_FIELDS));
    }

    @Test
    void everyYamlFileIsNamedByAKustomization() {
        Set<Path> named = new HashSet<>();
        Kustomizations.files().forEach(k -> {
            named.add(k);
            Kustomizations.references(k).forEach(r -> named.add(r.target()));
        });
        List<Path> orphans = Manifests.yamlFiles().stream().filter(f -> !named.contains(f)).toList();
        assertThat(orphans).as("YAML files no kustomization renders").isEmpty();
    }

    @Test
    void imagesAndTagsAreSetInTheBaseOnly() {
        JsonNode images = Kustomizations.read(Manifests.k8sDir().resolve("base/kustomization.yaml")).path("images");
        assertThat(images).hasSize(Manifests.APPLICATIONS.size());
        images.forEach(i -> {
            assertThat(i.path("newName").asText()).as(i.toString()).isNotBlank();
            assertThat(i.path("newTag").asText()).as(i.toString()).isNotBlank().isNotEqualTo("latest");
        });
        Kustomizations.files().stream().filter(k -> !k.endsWith(Path.of("base", "kustomization.yaml")))
                .forEach(k -> assertThat(Kustomizations.read(k).has("images")).as(k.toString()).isFalse());
    }

    @Test
    void overlaysPutEverythingInOneNamespace() {
        for (String overlay : List.of("dev", "prod")) {
            JsonNode k = Kustomizations.read(Manifests.k8sDir().resolve("overlays/" + overlay + "/kustomization.yaml"));
            assertThat(k.path("namespace").asText()).as(overlay).isEqualTo("zgc-residence");
        }
    }
}
