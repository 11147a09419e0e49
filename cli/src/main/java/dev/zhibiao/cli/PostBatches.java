package dev.zhibiao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups post files into batch uploads of at most {@code maxPosts} files and about {@code maxBytes}: big enough that
 * the per-request cost is spread thin, small enough for the service's batch limits. A file bigger than
 * {@code maxBytes} goes alone.
 */
final class PostBatches {
    private PostBatches() {
    }

    static List<List<Path>> of(List<Path> files, int maxPosts, long maxBytes) {
        List<List<Path>> batches = new ArrayList<>();
        List<Path> batch = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            long size = size(file);
            if (!batch.isEmpty() && (batch.size() == maxPosts || bytes + size > maxBytes)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
            }
            batch.add(file);
            bytes += size;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reading it for the upload fails too, and reports that post alone
        }
    }
}
