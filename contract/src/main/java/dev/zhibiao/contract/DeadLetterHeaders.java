package dev.zhibiao.contract;

/**
 * Headers on a dead-letter record (the SmallRye Reactive Messaging Kafka dead-letter-queue names): why the
 * record was rejected and where it came from. The value is the original record, unchanged.
 */
public final class DeadLetterHeaders {
    /** Human-readable reason: what is wrong with the input and how to fix it. */
    public static final String REASON = "dead-letter-reason";
    /** Class name of the exception behind the reason, when there was one. */
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }
}
