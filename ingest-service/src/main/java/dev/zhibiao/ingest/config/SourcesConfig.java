package dev.zhibiao.ingest.config;

import dev.zhibiao.ingest.source.SourceKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where ingest-service takes news from by itself (prefix {@code zhibiao.ingest}), and how politely it fetches. */
@ConfigMapping(prefix = "zhibiao.ingest")
public interface SourcesConfig {
    /** Directory for source state (last runs, HTTP validators, file fingerprints, seen stories): a volume on k8s. */
    @WithDefault(".zhibiao/ingest-state")
    Path stateDir();

    /** How many sources may run at the same time; a slow source occupies one of them, never the others. */
    @WithDefault("4")
    int sourceThreads();

    /** Sources defined in configuration, by id: {@code zhibiao.ingest.sources.ID.type=feed} and so on. */
    Map<String, SourceSettings> sources();

    Fetch fetch();

    interface SourceSettings {
        SourceKind type();

        /** A folder path for {@code folder}; an http(s) URL for {@code feed}, {@code page} and {@code sitemap}. */
        String location();

        /** Poll (or watch) interval; absent: the source runs once, until it has succeeded once. */
        Optional<Duration> interval();

        /** Categories written into the front matter of posts built from web pages and feed items. */
        Optional<List<String>> categories();
    }

    interface Fetch {
        /** Sent with every request, so site operators can tell who fetches and how to reach us. */
        @WithDefault("ZhibiaoBot/0.1 (+https://github.com/zhibiao; news indicator extraction)")
        String userAgent();

        @WithDefault("5s")
        Duration connectTimeout();

        /** Whole-response timeout of one attempt. */
        @WithDefault("20s")
        Duration requestTimeout();

        /** Attempts after the first one, for timeouts, connection errors, 429 and 5xx. */
        @WithDefault("2")
        int retries();

        /** Wait before the first retry; doubled for each further one. */
        @WithDefault("2s")
        Duration retryBackoff();

        /** Least time between two requests to the same host (robots.txt Crawl-delay raises it). */
        @WithDefault("1s")
        Duration hostInterval();

        /** Largest response body or post file read; larger ones fail as items rather than fill the memory. */
        @WithDefault("5242880")
        int maxBytes();

        /** Article pages fetched per run of one feed or sitemap, so one huge sitemap cannot hog a worker. */
        @WithDefault("200")
        int maxPagesPerRun();
    }
}
