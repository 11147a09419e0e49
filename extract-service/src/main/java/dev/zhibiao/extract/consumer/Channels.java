package dev.zhibiao.extract.consumer;

/** Messaging channel names (mapped to topics in application.properties); tests use the same constants. */
public final class Channels {
    public static final String RAW_POSTS_IN = "raw-posts-in";
    public static final String INDICATORS_OUT = "indicators-out";

    private Channels() {
    }
}
