package dev.zhibiao.ingest.source.dedupe;

import java.time.Instant;

/** One place a story was found: the source and the file path or URL, and when it was first seen there. */
public record Origin(String sourceId, String location, Instant seenAt) {
}
