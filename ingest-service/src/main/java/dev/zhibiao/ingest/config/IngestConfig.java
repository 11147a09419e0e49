package dev.zhibiao.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** ingest-service settings (prefix {@code zhibiao.ingest}). */
@ConfigMapping(prefix = "zhibiao.ingest")
public interface IngestConfig {
    /** Largest post accepted, in bytes; larger uploads get 413, larger posts of a batch REJECTED. */
    @WithDefault("5242880")
    int maxPostBytes();

    /** Most posts (non-blank lines) in one batch upload; more get 413. */
    @WithDefault("1000")
    int maxBatchPosts();

    /**
     * Largest batch upload, in bytes; larger ones get 413. Keep it below quarkus.http.limits.max-body-size (32M), or
     * the HTTP layer answers first, without problem details.
     */
    @WithDefault("16777216")
    int maxBatchBytes();

    /** How long to wait for Kafka to acknowledge a post before answering 503 (UNAVAILABLE for a post of a batch). */
    @WithDefault("30s")
    Duration publishTimeout();

    /** Seconds a client should wait before retrying after a 503 or resending the UNAVAILABLE posts of a batch. */
    @WithDefault("5")
    int retryAfterSeconds();
}
