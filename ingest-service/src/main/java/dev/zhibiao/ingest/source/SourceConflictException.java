package dev.zhibiao.ingest.source;

/** The request clashes with an existing source: its id is taken, or it is defined in configuration. */
public class SourceConflictException extends RuntimeException {
    public SourceConflictException(String message) {
        super(message);
    }
}
