package dev.zhibiao.extract.consumer;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.extract.service.PostExtraction;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * One indicator event per raw post, keyed by post id, as a CloudEvent whose id is the event's stable eventId (type,
 * source and dataschema come from the channel configuration). The raw record is acknowledged (its offset committed)
 * only after Kafka acknowledged the event; a post that cannot be extracted goes to the dead-letter topic with the
 * reason. Posts are extracted concurrently on worker threads (the engine is CPU-bound and thread-safe), but the
 * versions of one post in order: the channel's throttled commit strategy groups records by key
 * ({@code throttled.ordered=key}).
 */
@ApplicationScoped
public class RawPostProcessor {
    /** Worker pool sized to the cores (smallrye.messaging.worker.extraction.max-concurrency). */
    static final String EXTRACTION_POOL = "extraction";

    private final PostExtraction extraction;

    public RawPostProcessor(PostExtraction extraction) {
        this.extraction = extraction;
    }

    @Incoming(Channels.RAW_POSTS_IN)
    @Outgoing(Channels.INDICATORS_OUT)
    @Blocking(value = EXTRACTION_POOL, ordered = false)
    public Message<String> process(String rawPost) {
        IndicatorsExtracted event = extraction.extract(rawPost);
        String postId = event.post().id();
        return Message.of(Json.write(event))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(postId).build())
                .addMetadata(OutgoingCloudEventMetadata.builder().withId(event.eventId()).withSubject(postId).build());
    }
}
