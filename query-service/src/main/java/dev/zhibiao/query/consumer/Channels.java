package dev.zhibiao.query.consumer;

/** Messaging channel names (mapped to topics in application.properties); tests use the same constants. */
public final class Channels {
    public static final String INDICATORS_IN = "indicators-in";

    private Channels() {
    }
}
