package dev.zhibiao.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find the shared checkout (corpus, gold, peer specs), which lives outside the repository. */
public final class SharedFiles {
    private SharedFiles() {
    }

    /** The shared directory: system property zhibiao.shared.dir, else ../shared beside the repository root (where mvnw is). */
    public static Path dir() {
        String dir = System.getProperty("zhibiao.shared.dir");
        if (dir != null) {
            return Path.of(dir);
        }
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        return root.resolve("..").resolve("shared").normalize();
    }

    /** The posts of the shared corpus: every .md file under corpus/ but its README, in path order. */
    public static List<Path> corpusPosts() throws IOException {
        try (Stream<Path> files = Files.walk(dir().resolve("corpus"))) {
            return files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).sorted().toList();
        }
    }
}
