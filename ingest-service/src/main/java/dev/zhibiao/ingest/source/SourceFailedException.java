package dev.zhibiao.ingest.source;

/** The source as a whole could not be read this run (as opposed to one of its items). */
public class SourceFailedException extends Exception {
    public SourceFailedException(String message) {
        super(message);
    }

    public SourceFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
