package dev.zhibiao.ingest.service;

/** Messaging channel names (mapped to topics in application.properties); tests use the same constants. */
public final class Channels {
    public static final String RAW_POSTS_OUT = "raw-posts-out";

    private Channels() {
    }
}
