package dev.zhibiao.ingest.source.dedupe;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.zhibiao.contract.Json;
import dev.zhibiao.ingest.source.state.StateDirectory;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every story published from a source, by its keys ("hash:…" normalized-content hash, "url:…" canonical or
 * fetched URL), with the post id that owns it and every origin it was found at. The first copy's id owns the
 * story; later copies only add an origin. Kept in memory and in an append-only log in the state directory
 * ({@code seen.jsonl}, one fsynced line per change, replayed on start; a torn last line is ignored).
 */
@ApplicationScoped
public class DuplicateIndex {
    static final String LOG = "seen.jsonl";

    private final Path log;
    private final Map<String, String> ownerByKey = new HashMap<>();
    private final Map<String, List<Origin>> originsByPost = new HashMap<>();

    public DuplicateIndex(StateDirectory state) {
        this.log = state.logFile(LOG);
        replay();
    }

    public synchronized Optional<String> ownerOf(String key) {
        return Optional.ofNullable(ownerByKey.get(key));
    }

    public synchronized boolean isKnown(String key) {
        return ownerByKey.containsKey(key);
    }

    public synchronized boolean hasOrigin(String postId, String location) {
        return originsByPost.getOrDefault(postId, List.of()).stream().anyMatch(o -> o.location().equals(location));
    }

    public synchronized List<Origin> origins(String postId) {
        return List.copyOf(originsByPost.getOrDefault(postId, List.of()));
    }

    /** Records that {@code postId} owns {@code keys} not owned yet, and was found at {@code origin}. */
    public synchronized void record(String postId, Collection<String> keys, Origin origin) {
        Entry entry = new Entry(postId, List.copyOf(keys), origin);
        append(entry);
        apply(entry);
    }

    private void apply(Entry entry) {
        entry.keys().forEach(k -> ownerByKey.putIfAbsent(k, entry.postId()));
        List<Origin> origins = originsByPost.computeIfAbsent(entry.postId(), id -> new ArrayList<>());
        if (origins.stream().noneMatch(o -> o.location().equals(entry.origin().location()))) {
            origins.add(entry.origin());
        }
    }

    private void append(Entry entry) {
        try {
            Files.createDirectories(log.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
                out.write(Json.write(entry));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + log, e);
        }
    }

    private void replay() {
        if (!Files.exists(log)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    apply(Json.read(line, Entry.class));
                } catch (IllegalArgumentException e) {
                    // the line a crash cut short: its post was not acknowledged as recorded, so it may come again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String postId, List<String> keys, Origin origin) {
    }
}
