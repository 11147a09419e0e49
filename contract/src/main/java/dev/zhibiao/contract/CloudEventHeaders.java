package dev.zhibiao.contract;

/**
 * Kafka header names of the CloudEvents attributes in binary content mode (CloudEvents Kafka protocol binding 1.0).
 * Values are UTF-8 strings.
 */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    /** Unique per event; for {@link EventType#INDICATORS_EXTRACTED} it is the payload's eventId, so replays repeat it. */
    public static final String ID = "ce_id";
    /** The producing service, e.g. /zhibiao/extract-service. */
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    /** The post id, equal to the record key. */
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String DATA_SCHEMA = "ce_dataschema";
    /** The datacontenttype attribute: application/json. */
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
