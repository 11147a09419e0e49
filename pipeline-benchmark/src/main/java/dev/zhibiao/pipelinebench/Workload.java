package dev.zhibiao.pipelinebench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's posts: the real corpus posts replicated up to a count, each copy under its own file name (the file
 * stem is the post id, so every copy is a distinct post).
 */
record Workload(Path dir, int posts, long bytes) {

    static Workload write(Path corpus, Path dir, int count) {
        List<Path> originals = corpusPosts(corpus);
        if (originals.isEmpty()) {
            throw new IllegalStateException("no posts under " + corpus + ": put ../shared beside the repository");
        }
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                Path original = originals.get(i % originals.size());
                byte[] content = Files.readAllBytes(original);
                Files.write(dir.resolve(String.format("%06d-%s", i, original.getFileName())), content);
                bytes += content.length;
            }
            return new Workload(dir, count, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workload to " + dir, e);
        }
    }

    /** Every post file of the corpus (its README is not a post). */
    private static List<Path> corpusPosts(Path corpus) {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + corpus, e);
        }
    }
}
