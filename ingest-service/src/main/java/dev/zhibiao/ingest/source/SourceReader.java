package dev.zhibiao.ingest.source;

/** Reads one kind of source: finds its items and offers each to the run. */
public interface SourceReader {
    SourceKind kind();

    /**
     * Reads the source once. Item failures are recorded in {@code run} and do not stop the run.
     *
     * @throws SourceFailedException when the source itself cannot be read
     */
    void read(SourceDefinition source, SourceRun run) throws SourceFailedException;
}
