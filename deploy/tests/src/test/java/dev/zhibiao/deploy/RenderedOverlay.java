package dev.zhibiao.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;

/** The manifests of one overlay as {@code kubectl kustomize} renders them. */
final class RenderedOverlay {
    private final String name;
    private final List<JsonNode> manifests;

    private RenderedOverlay(String name, List<JsonNode> manifests) {
        this.name = name;
        this.manifests = manifests;
    }

    static RenderedOverlay render(String overlay) {
        Command kustomize = Command.run(Repository.root(), 60, "kubectl", "kustomize", Repository.overlay(overlay).toString());
        if (kustomize.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + kustomize.output());
        }
        try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class).readValues(kustomize.output())) {
            return new RenderedOverlay(overlay, documents.readAll().stream().filter(d -> !d.isNull() && !d.isEmpty()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl kustomize " + overlay + " printed no YAML", e);
        }
    }

    String name() {
        return name;
    }

    List<JsonNode> all(String kind) {
        return manifests.stream().filter(m -> m.path("kind").asText().equals(kind)).toList();
    }

    /** The manifest of {@code kind} named {@code name}; for a generated ConfigMap, the name before the hash suffix. */
    JsonNode one(String kind, String name) {
        return all(kind).stream()
                .filter(m -> m.at("/metadata/name").asText().equals(name)
                        || kind.equals("ConfigMap") && m.at("/metadata/name").asText().matches(name + "-[a-z0-9]{10}"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(this.name + " has no " + kind + " " + name));
    }

    /** The first container of a Deployment's pod: the service. */
    JsonNode serviceContainer(String deployment) {
        return one("Deployment", deployment).at("/spec/template/spec/containers/0");
    }

    /** Value of an environment variable of a container, from its env or one of its envFrom ConfigMaps. */
    String env(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                return env.has("value") ? env.get("value").asText() : env.get("valueFrom").toString();
            }
        }
        return StreamSupport.stream(container.path("envFrom").spliterator(), false)
                .filter(source -> source.has("configMapRef"))
                .map(source -> manifests.stream()
                        .filter(m -> m.path("kind").asText().equals("ConfigMap")
                                && m.at("/metadata/name").asText().equals(source.at("/configMapRef/name").asText()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(name + ": no ConfigMap " + source.at("/configMapRef/name"))))
                .map(configMap -> configMap.at("/data/" + variable))
                .filter(value -> !value.isMissingNode())
                .map(JsonNode::asText)
                .findFirst().orElse(null);
    }
}
