package dev.zhibiao.telemetry;

import org.jboss.logging.MDC;

/**
 * The post the current request or message is about, as the log context key {@code postId}: every log line written
 * meanwhile names it, next to the {@code traceId} OpenTelemetry puts there (docs/operations.md).
 */
public final class PostLogContext {
    public static final String KEY = "postId";

    private PostLogContext() {
    }

    /**
     * Names the post for the rest of the current HTTP request or Kafka record: Quarkus keeps the log context on the
     * request's or record's own Vert.x context, which ends with it.
     */
    public static void set(String postId) {
        if (postId != null) {
            MDC.put(KEY, postId);
        }
    }
}
