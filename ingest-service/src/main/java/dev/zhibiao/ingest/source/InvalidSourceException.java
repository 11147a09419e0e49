package dev.zhibiao.ingest.source;

/** A source definition that cannot work: bad id, type, location or interval. The message says how to fix it. */
public class InvalidSourceException extends RuntimeException {
    public InvalidSourceException(String message) {
        super(message);
    }
}
