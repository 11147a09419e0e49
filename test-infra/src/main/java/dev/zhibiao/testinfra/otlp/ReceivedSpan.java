package dev.zhibiao.testinfra.otlp;

import java.util.Map;

/**
 * One span as a collector received it.
 *
 * @param service      the exporting service's {@code service.name}
 * @param traceId      32 lower-case hex digits
 * @param parentSpanId "" for a trace's root span
 * @param kind         OTLP span kind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer
 * @param attributes   the span's attributes that have string values
 */
public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind,
                           Map<String, String> attributes) {
    public static final int SERVER = 2;
    public static final int CLIENT = 3;
    public static final int PRODUCER = 4;
    public static final int CONSUMER = 5;
}
