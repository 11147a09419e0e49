package dev.zhibiao.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository checkout the tests run in. */
final class Repository {
    private Repository() {
    }

    static Path root() {
        String configured = System.getProperty("zhibiao.root.dir");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().getParent().getParent();
        if (!Files.isDirectory(root.resolve("deploy/overlays"))) {
            throw new IllegalStateException("no deploy/overlays under " + root + " (set -Dzhibiao.root.dir)");
        }
        return root;
    }

    static Path overlay(String name) {
        return root().resolve("deploy/overlays").resolve(name);
    }
}
