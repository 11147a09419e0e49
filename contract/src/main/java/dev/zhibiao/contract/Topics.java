package dev.zhibiao.contract;

import java.util.List;

/** Kafka topic names: part of the public contract. Services' channel configuration and tests use these. */
public final class Topics {
    /** Raw posts as ingested; key = post id. Compacted: the latest record per post is kept for replays. */
    public static final String RAW_POSTS = "zhibiao.posts.raw";
    /** One {@link IndicatorsExtracted} event per post; key = post id. */
    public static final String INDICATORS = "zhibiao.indicators";
    /** Raw posts that could not be extracted, with the reason in the dead-letter headers; key = post id. */
    public static final String RAW_POSTS_DEAD_LETTER = "zhibiao.posts.raw.dead-letter";
    /** Indicator events the query service could not store, with the reason; key = post id. */
    public static final String INDICATORS_DEAD_LETTER = "zhibiao.indicators.dead-letter";
    /**
     * Indicator events whose storing failed for a transient reason, to be consumed again after a delay; key = post id.
     * Reserved for the query service's delayed-retry failure strategy: provisioned by the deployment, not yet written.
     */
    public static final String INDICATORS_RETRY = "zhibiao.indicators.retry";

    /** Every topic of the contract: what a deployment provisions and the AsyncAPI document describes. */
    public static List<String> all() {
        return List.of(RAW_POSTS, INDICATORS, RAW_POSTS_DEAD_LETTER, INDICATORS_DEAD_LETTER, INDICATORS_RETRY);
    }

    private Topics() {
    }
}
