package cn.zgc.residence.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The kustomization.yaml files under deploy/k8s and what they name. */
final class Kustomizations {

    /** A file or directory one kustomization names, under the field that names it. */
    record Reference(Path kustomization, String field, String value) {

        Path target() {
            return kustomization.getParent().resolve(value).normalize();
        }
    }

    private Kustomizations() {
    }

    static List<Path> files() {
        return Manifests.yamlFiles().stream()
                .filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                .toList();
    }

    static JsonNode read(Path kustomization) {
        return Manifests.readTree(kustomization);
    }

    static List<Reference> references(Path kustomization) {
        JsonNode k = read(kustomization);
        List<Reference> refs = new ArrayList<>();
        for (String field : List.of("resources", "components")) {
            k.path(field).forEach(v -> refs.add(new Reference(kustomization, field, v.asText())));
        }
        k.path("patches").forEach(p -> {
            if (p.has("path")) {
                refs.add(new Reference(kustomization, "patches", p.path("path").asText()));
            }
        });
        return refs;
    }

    static Set<Path> patchFiles() {
        return files().stream()
                .flatMap(k -> references(k).stream())
                .filter(r -> r.field().equals("patches"))
                .map(Reference::target)
                .collect(Collectors.toSet());
    }

    /** The newName:newTag (or @digest) the images: list of the base gives a container's image name. */
    static Optional<String> resolveImage(String image) {
        JsonNode images = read(Manifests.k8sDir().resolve("base/kustomization.yaml")).path("images");
        for (JsonNode entry : images) {
            if (entry.path("name").asText().equals(image)) {
                String name = entry.path("newName").asText(image);
                if (entry.hasNonNull("digest")) {
                    return Optional.of(name + "@" + entry.path("digest").asText());
                }
                return entry.hasNonNull("newTag") ? Optional.of(name + ":" + entry.path("newTag").asText())
                        : Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** An image reference with a tag or digest that is not "latest". */
    static boolean hasExplicitTag(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon > 0 && colon < last.length() - 1 && !last.substring(colon + 1).equals("latest");
    }

    static boolean isDirectory(Path p) {
        return Files.isDirectory(p);
    }
}
