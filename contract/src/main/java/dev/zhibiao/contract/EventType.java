package dev.zhibiao.contract;

import java.net.URI;

/**
 * The CloudEvents event types on the topics (binary mode: the CloudEvents attributes are {@code ce_*} headers, the
 * record value is the JSON payload unchanged). The version suffix changes only with an incompatible payload change;
 * the payload's JSON Schema is {@link #schemaResource()} on the classpath and {@link #dataSchema()} on the wire.
 */
public enum EventType {
    RAW_POST("dev.zhibiao.post.raw.v1", Topics.RAW_POSTS, "post.raw.v1.json", RawPost.class),
    INDICATORS_EXTRACTED("dev.zhibiao.indicators.extracted.v1", Topics.INDICATORS, "indicators.extracted.v1.json",
            IndicatorsExtracted.class);

    /** Base of the schemas' {@code $id}s: the dataschema attribute names a schema, it is not fetched. */
    private static final String SCHEMA_BASE = "https://zhibiao.dev/schemas/";

    private final String type;
    private final String topic;
    private final String schemaFile;
    private final Class<? extends Record> payloadType;

    EventType(String type, String topic, String schemaFile, Class<? extends Record> payloadType) {
        this.type = type;
        this.topic = topic;
        this.schemaFile = schemaFile;
        this.payloadType = payloadType;
    }

    /** The CloudEvents {@code type} attribute ({@code ce_type} header). */
    public String type() {
        return type;
    }

    /** The topic these events are published to. */
    public String topic() {
        return topic;
    }

    /** The CloudEvents {@code dataschema} attribute: the {@code $id} of the payload's JSON Schema. */
    public URI dataSchema() {
        return URI.create(SCHEMA_BASE + schemaFile);
    }

    /** Classpath location of the payload's JSON Schema (also served by every service under /schemas/). */
    public String schemaResource() {
        return "schemas/" + schemaFile;
    }

    /** The wire record the payload is the JSON of. */
    public Class<? extends Record> payloadType() {
        return payloadType;
    }
}
