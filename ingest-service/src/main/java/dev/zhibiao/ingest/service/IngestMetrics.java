package dev.zhibiao.ingest.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Posts taken and posts turned away, as Prometheus counters (docs/operations.md). */
@ApplicationScoped
@Startup // the counters are on /q/metrics from the start, at 0, not from the first post on
public class IngestMetrics {
    /** Why a post was not taken; the metric's {@code reason} tag is the lower-case name. */
    public enum Rejection {
        /** larger than zhibiao.ingest.max-post-bytes */
        TOO_LARGE,
        /** an empty upload */
        BAD_REQUEST,
        /** not UTF-8 text */
        UNSUPPORTED_MEDIA_TYPE,
        /** Kafka did not acknowledge it in time */
        UNAVAILABLE,
        /** a source's item that could not be fetched or read as a post */
        UNREADABLE
    }

    private final Counter ingested;
    private final Map<Rejection, Counter> rejected = new EnumMap<>(Rejection.class);

    public IngestMetrics(MeterRegistry registry) {
        ingested = Counter.builder("zhibiao.posts.ingested")
                .description("posts written to the raw-posts topic (upload or source)").register(registry);
        // every reason at 0 from the start: a rate over a series that appears only with its first rejection misses that one
        for (Rejection reason : Rejection.values()) {
            rejected.put(reason, Counter.builder("zhibiao.posts.rejected")
                    .description("posts not written to the raw-posts topic, by reason")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    public void ingested() {
        ingested.increment();
    }

    public void rejected(Rejection reason) {
        rejected(reason, 1);
    }

    public void rejected(Rejection reason, int posts) {
        rejected.get(reason).increment(posts);
    }
}
