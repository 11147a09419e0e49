package dev.zhibiao.extract.consumer;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.extract.service.ExtractionMetrics;
import dev.zhibiao.extract.service.PostExtraction;
import dev.zhibiao.telemetry.PostLogContext;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * One indicator event per raw post, keyed by post id, as a CloudEvent whose id is the event's stable eventId (type,
 * source and dataschema come from the channel configuration). The raw record is acknowledged (its offset committed)
 * only after Kafka acknowledged the event; a post that cannot be extracted goes to the dead-letter topic with the
 * reason.
 */
@ApplicationScoped
public class RawPostProcessor {
    private static final Logger LOG = Logger.getLogger(RawPostProcessor.class);
    /** Worker pool sized to the cores (smallrye.messaging.worker.extraction.max-concurrency). */
    static final String EXTRACTION_POOL = "extraction";

    private final PostExtraction extraction;
    private final ExtractionMetrics metrics;

    public RawPostProcessor(PostExtraction extraction, ExtractionMetrics metrics) {
        this.extraction = extraction;
        this.metrics = metrics;
    }

    @Incoming(Channels.RAW_POSTS_IN)
    @Outgoing(Channels.INDICATORS_OUT)
    @Blocking(value = EXTRACTION_POOL, ordered = false)
    public Message<String> process(String rawPost, IncomingKafkaRecordMetadata<String, String> record) {
        // the key is the post id, also when the record is too broken to read one from; the log context is the
        // record's own, so the connector's lines about it (nack, dead letter) name the post too
        PostLogContext.set(record.getKey());
        long start = System.nanoTime();
        IndicatorsExtracted event;
        try {
            event = extraction.extract(rawPost);
        } catch (RuntimeException e) {
            // thrown on, the failure strategy writes the record to the dead-letter topic
            metrics.deadLettered();
            LOG.warnf("post cannot be extracted, sending it to the dead-letter topic: %s", e.getMessage());
            throw e;
        }
        long nanos = System.nanoTime() - start;
        metrics.extracted(nanos, event.indicators().size());
        LOG.debugf("%d indicators in %d ms", event.indicators().size(), nanos / 1_000_000);
        String postId = event.post().id();
        return Message.of(Json.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(postId).build())
                .addMetadata(OutgoingCloudEventMetadata.builder().withId(event.eventId()).withSubject(postId).build());
    }
}
