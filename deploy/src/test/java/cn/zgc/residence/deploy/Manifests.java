package cn.zgc.residence.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The YAML documents under deploy/k8s, read once, as trees and as fabric8 model objects. */
final class Manifests {

    static final List<String> APPLICATIONS =
            List.of("gateway", "eligibility-service", "documents-service", "fees-service", "offices-service",
                    "notifications-service");
    static final List<String> SERVICES_WITH_DATA =
            List.of("eligibility-service", "documents-service", "fees-service", "offices-service",
                    "notifications-service");

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final KubernetesSerialization MODEL = new KubernetesSerialization();
    private static List<Doc> all;

    /** One YAML document of one file. */
    record Doc(Path file, int index, JsonNode tree) {

        String apiVersion() {
            return tree.path("apiVersion").asText();
        }

        String kind() {
            return tree.path("kind").asText();
        }

        String name() {
            return tree.path("metadata").path("name").asText();
        }

        String group() {
            String apiVersion = apiVersion();
            return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        }

        boolean isKustomization() {
            return group().equals("kustomize.config.k8s.io");
        }

        /** A patch in an overlay: a partial resource, merged by kustomize into what the base declares. */
        boolean isPatch() {
            return !isKustomization() && Kustomizations.patchFiles().contains(file.normalize());
        }

        /** A whole resource: part of what kustomize renders. */
        boolean isResource() {
            return !isKustomization() && !isPatch();
        }

        Path relative() {
            return k8sDir().relativize(file);
        }

        String where() {
            return relative() + "#" + index + " " + kind() + "/" + name();
        }

        /** The document read into the fabric8 model: a typed class for built-in kinds, a generic one otherwise. */
        KubernetesResource model() {
            return MODEL.convertValue(tree, KubernetesResource.class);
        }

        <T extends HasMetadata> T as(Class<T> type) {
            return MODEL.convertValue(tree, type);
        }

        JsonNode at(String pointer) {
            return tree.at(pointer);
        }

        @Override
        public String toString() {
            return where();
        }
    }

    private Manifests() {
    }

    static Path k8sDir() {
        return Path.of(System.getProperty("zgc.k8s.dir", "k8s")).toAbsolutePath().normalize();
    }

    static Path repoDir() {
        return Path.of(System.getProperty("zgc.repo.dir", "..")).toAbsolutePath().normalize();
    }

    static List<Path> yamlFiles() {
        try (Stream<Path> files = Files.walk(k8sDir())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized List<Doc> all() {
        if (all == null) {
            List<Doc> docs = new ArrayList<>();
            for (Path file : yamlFiles()) {
                docs.addAll(read(file));
            }
            all = List.copyOf(docs);
        }
        return all;
    }

    static List<Doc> read(Path file) {
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile())) {
            List<Doc> docs = new ArrayList<>();
            List<JsonNode> trees = YAML.readValues(parser, JsonNode.class).readAll();
            for (JsonNode tree : trees) {
                if (tree != null && !tree.isNull() && !tree.isMissingNode()) {
                    docs.add(new Doc(file, docs.size(), tree));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static JsonNode readTree(Path file) {
        List<Doc> docs = read(file);
        return docs.isEmpty() ? MissingNode.getInstance() : docs.get(0).tree();
    }

    /** Whole resources (not kustomizations, not overlay patches). */
    static Stream<Doc> resources() {
        return all().stream().filter(Doc::isResource);
    }

    static Stream<Doc> resources(String kind) {
        return resources().filter(d -> d.kind().equals(kind));
    }

    /** The resources the applications' base declares, under base/. */
    static Stream<Doc> base(String kind) {
        return resources(kind).filter(d -> d.relative().startsWith("base"));
    }

    static Optional<Doc> find(String kind, String name) {
        return resources(kind).filter(d -> d.name().equals(name)).findFirst();
    }

    static Optional<Doc> find(String kind, Predicate<Doc> test) {
        return resources(kind).filter(test).findFirst();
    }
}
