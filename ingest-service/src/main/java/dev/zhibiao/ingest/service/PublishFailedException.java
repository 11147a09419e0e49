package dev.zhibiao.ingest.service;

/** The post was not written to Kafka; the client should retry later. */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message) {
        super(message);
    }

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
