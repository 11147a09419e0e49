package dev.zhibiao.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** ingest-service settings (prefix {@code zhibiao.ingest}). */
@ConfigMapping(prefix = "zhibiao.ingest")
public interface IngestConfig {
    /** Largest post accepted, in bytes; larger uploads get 413. */
    @WithDefault("5242880")
    int maxPostBytes();

    /** How long to wait for Kafka to acknowledge a post before answering 503. */
    @WithDefault("30s")
    Duration publishTimeout();

    /** Seconds a client should wait before retrying after a 503. */
    @WithDefault("5")
    int retryAfterSeconds();
}
