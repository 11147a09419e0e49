package dev.zhibiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Expands command-line paths into input files: a file stays itself, a directory is walked in name order. */
final class PostFiles {
    private PostFiles() {
    }

    static List<Path> expand(List<String> paths, Predicate<String> acceptsLowerCaseName) {
        List<Path> files = new ArrayList<>();
        for (String path : paths) {
            Path p = Path.of(path);
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> acceptsLowerCaseName.test(f.getFileName().toString().toLowerCase()))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + path, e);
            }
        }
        return files;
    }
}
