package dev.zhibiao.ingest.source;

/** Outcome of a source's latest run, as shown by {@code GET /api/sources}. */
public enum SourceStatus {
    /** Never ran yet. */
    NEW,
    RUNNING,
    /** Every item was read. */
    OK,
    /** The source was read but some items failed (a 404 article, a page robots.txt forbids): see lastError. */
    PARTIAL,
    /** The source itself could not be read (folder missing, feed unreachable or timed out). */
    FAILED
}
