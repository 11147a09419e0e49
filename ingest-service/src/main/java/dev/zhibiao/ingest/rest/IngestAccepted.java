package dev.zhibiao.ingest.rest;

/** Answer to an accepted post: its id, and the topic it was written to. */
public record IngestAccepted(String postId, String topic, String status) {
}
