package dev.zhibiao.ingest.service;

import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Instant;
import java.util.UUID;

/**
 * Publishes raw posts keyed by post id, as CloudEvents (type, source and dataschema come from the channel
 * configuration); the returned Uni completes only once Kafka acknowledged the record.
 */
@ApplicationScoped
public class PostPublisher {
    private final MutinyEmitter<String> emitter;
    private final IngestConfig config;

    public PostPublisher(@Channel(Channels.RAW_POSTS_OUT) MutinyEmitter<String> emitter, IngestConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    public Uni<RawPost> publish(String postId, String source, String content) {
        RawPost post = new RawPost(postId, source, content, Instant.now());
        Message<String> message = Message.of(Json.write(post))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(postId).build())
                // every ingestion is an occurrence of its own: a post sent twice gives two events with one subject
                .addMetadata(OutgoingCloudEventMetadata.builder().withId(UUID.randomUUID().toString())
                        .withSubject(postId).build());
        return emitter.sendMessage(message)
                .ifNoItem().after(config.publishTimeout())
                .failWith(() -> new PublishFailedException("Kafka did not acknowledge post " + postId + " within "
                        + config.publishTimeout().toSeconds() + " s"))
                .onFailure(f -> !(f instanceof PublishFailedException))
                .transform(f -> new PublishFailedException("Kafka rejected post " + postId + ": " + f.getMessage(), f))
                .replaceWith(post);
    }
}
