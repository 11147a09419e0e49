package dev.zhibiao.ingest.source.state;

import dev.zhibiao.contract.Json;
import dev.zhibiao.ingest.config.SourcesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Small JSON documents in the state directory, each written atomically (temp file, fsync, rename), so a crash
 * leaves either the old or the new version, never half of one.
 */
@ApplicationScoped
public class StateDirectory {
    private final Path root;

    @Inject
    public StateDirectory(SourcesConfig config) {
        this(config.stateDir());
    }

    public StateDirectory(Path root) {
        this.root = root.toAbsolutePath();
    }

    public <T> Optional<T> read(String folder, String name, Class<T> type) {
        Path file = file(folder, name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.read(Files.readString(file, StandardCharsets.UTF_8), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Every document of {@code folder}, in file-name order. */
    public <T> List<T> readAll(String folder, Class<T> type) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<T> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                all.add(Json.read(Files.readString(f, StandardCharsets.UTF_8), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        return all;
    }

    public void write(String folder, String name, Object document) {
        Path file = file(folder, name);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + name, ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(StandardCharsets.UTF_8.encode(Json.write(document)));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void delete(String folder, String name) {
        try {
            Files.deleteIfExists(file(folder, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file(folder, name), e);
        }
    }

    /** A file for an append-only log next to the documents. */
    public Path logFile(String name) {
        return root.resolve(name);
    }

    private Path file(String folder, String name) {
        return root.resolve(folder).resolve(name + ".json");
    }
}
