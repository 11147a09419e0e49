package dev.zhibiao.ingest.service;

import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes raw posts keyed by post id, as CloudEvents (type, source and dataschema come from the channel
 * configuration); the returned Uni completes only once Kafka acknowledged the record.
 */
@ApplicationScoped
public class PostPublisher {
    private final MutinyEmitter<String> emitter;
    private final IngestConfig config;
    private final IngestMetrics metrics;

    public PostPublisher(@Channel(Channels.RAW_POSTS_OUT) MutinyEmitter<String> emitter, IngestConfig config,
                         IngestMetrics metrics) {
        this.emitter = emitter;
        this.config = config;
        this.metrics = metrics;
    }

    public Uni<RawPost> publish(String postId, String source, String content) {
        return publish(postId, source, content, Map.of());
    }

    /** Same as {@link #publish(String, String, String)}, with extra record headers (UTF-8), e.g. provenance. */
    public Uni<RawPost> publish(String postId, String source, String content, Map<String, String> headers) {
        RawPost post = new RawPost(postId, source, content, Instant.now());
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, value) -> recordHeaders.add(name, value.getBytes(StandardCharsets.UTF_8)));
        Message<String> message = Message.of(Json.write(post))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(postId)
                        .withHeaders(recordHeaders).build())
                // every ingestion is an occurrence of its own: a post sent twice gives two events with one subject
                .addMetadata(OutgoingCloudEventMetadata.builder().withId(UUID.randomUUID().toString())
                        .withSubject(postId).build());
        return emitter.sendMessage(message)
                .ifNoItem().after(config.publishTimeout())
                .failWith(() -> new PublishFailedException("Kafka did not acknowledge post " + postId + " within "
                        + config.publishTimeout().toSeconds() + " s"))
                .onFailure(f -> !(f instanceof PublishFailedException))
                .transform(f -> new PublishFailedException("Kafka rejected post " + postId + ": " + f.getMessage(), f))
                .invoke(metrics::ingested)
                .onFailure().invoke(() -> metrics.rejected(IngestMetrics.Rejection.UNAVAILABLE))
                .replaceWith(post);
    }
}
