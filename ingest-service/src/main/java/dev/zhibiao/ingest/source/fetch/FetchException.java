package dev.zhibiao.ingest.source.fetch;

/** A URL could not be fetched: refused by robots.txt, an HTTP error status, a timeout, too large. */
public class FetchException extends Exception {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
