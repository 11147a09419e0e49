package dev.zhibiao.ingest.source;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The shared corpus ({@code zhibiao.shared.dir}/corpus, set by the build); tests skip when it is absent. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    public static Path dir(String relative) {
        String shared = System.getProperty("zhibiao.shared.dir");
        Assumptions.assumeTrue(shared != null, "zhibiao.shared.dir is not set");
        Path dir = Path.of(shared, "corpus", relative);
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " is absent");
        return dir;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree, e.g. the finews corpus into a test's temporary folder. */
    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
