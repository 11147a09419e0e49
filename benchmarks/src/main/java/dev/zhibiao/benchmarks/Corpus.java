package dev.zhibiao.benchmarks;

import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The posts of the shared corpus, parsed once: the input every benchmark iterates over. */
record Corpus(List<ParsedPost> posts, long textBytes) {
    /** System property naming the shared directory (which holds corpus/). */
    static final String SHARED_DIR_PROPERTY = "zhibiao.shared.dir";

    /** Every post (*.md) under corpus/ that parses; a post the parser rejects is left out, as extraction would skip it. */
    static Corpus load() {
        Path corpus = sharedDir().resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            throw new IllegalStateException("no corpus at " + corpus + "; set -D" + SHARED_DIR_PROPERTY + "=<shared dir>");
        }
        PostParser parser = new PostParser();
        List<ParsedPost> posts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                try {
                    ParsedPost post = parser.parse(Files.readString(file), file.getFileName().toString());
                    posts.add(post);
                    bytes += post.text().getBytes(StandardCharsets.UTF_8).length;
                } catch (RuntimeException rejected) {
                    // README.md and malformed posts: not posts the engine would extract from
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(List.copyOf(posts), bytes);
    }

    /** The shared directory: -Dzhibiao.shared.dir, else ../shared beside the repository root (the directory holding mvnw). */
    static Path sharedDir() {
        String dir = System.getProperty(SHARED_DIR_PROPERTY);
        if (dir != null) {
            return Path.of(dir).toAbsolutePath().normalize();
        }
        Path root = Path.of("").toAbsolutePath();
        while (root.getParent() != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        return root.resolve("..").resolve("shared").normalize();
    }
}
