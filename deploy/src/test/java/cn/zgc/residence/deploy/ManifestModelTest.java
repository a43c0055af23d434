package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.deploy.Manifests.Doc;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every YAML document under deploy/k8s is something the cluster (or its operators) understands as written. */
class ManifestModelTest {

    static Stream<Doc> kubernetesDocuments() {
        return Manifests.all().stream().filter(d -> !d.isKustomization());
    }

    @Test
    void findsTheManifests() {
        assertThat(Manifests.yamlFiles()).hasSizeGreaterThan(15);
        assertThat(kubernetesDocuments()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @MethodSource("kubernetesDocuments")
    void everyDocumentNamesItsApiVersionKindAndName(Doc doc) {
        assertThat(doc.apiVersion()).as(doc.where()).isNotBlank();
        assertThat(doc.kind()).as(doc.where()).isNotBlank();
        assertThat(doc.name()).as(doc.where()).matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    }

    @ParameterizedTest
    @MethodSource("kubernetesDocuments")
    void builtInKindsParseIntoTheModelWithoutUnknownFields(Doc doc) {
        KubernetesResource model = doc.model();
        if (model instanceof GenericKubernetesResource) {
            assertThat(CrdSchemas.load().definition(doc.group(), doc.kind()))
                    .as("%s is neither a kind the fabric8 model knows nor an operator kind with its CRD under deploy/crds",
                            doc.where())
                    .isPresent();
            return;
        }
        assertThat(UnknownFields.in(model)).as("fields the model does not know in %s", doc.where()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("kubernetesDocuments")
    void customResourcesHaveASpec(Doc doc) {
        if (doc.model() instanceof GenericKubernetesResource) {
            assertThat(doc.tree().path("spec").isObject()).as(doc.where()).isTrue();
            assertThat(doc.tree().path("spec").size()).as(doc.where()).isPositive();
        }
    }

    @Test
    void noSecretValueIsCommitted() {
        assertThat(Manifests.all()).as("Secrets are made in the cluster, never committed")
                .noneMatch(d -> d.kind().equals("Secret"));
        Manifests.resources("Deployment").forEach(d -> d.tree().findValues("env").forEach(env -> env.forEach(var -> {
            String name = var.path("name").asText();
            if (name.matches(".*(PASSWORD|TOKEN|SECRET|PRIVATE).*")) {
                assertThat(var.has("valueFrom")).as("%s %s comes from a Secret", d.where(), name).isTrue();
            }
        })));
    }
}
