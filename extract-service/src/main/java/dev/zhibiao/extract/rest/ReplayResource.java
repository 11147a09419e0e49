package dev.zhibiao.extract.rest;

import dev.zhibiao.extract.consumer.Channels;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Set;

/**
 * Re-extracts every post: moves this instance's raw-posts consumer back to the start of its partitions. The topic is
 * compacted, so each post is extracted once more in its latest version; the database converges to the new events.
 */
@Path("/api/replay")
public class ReplayResource {
    private final KafkaClientService kafka;

    public ReplayResource(KafkaClientService kafka) {
        this.kafka = kafka;
    }

    /** @param partitions the partitions rewound, e.g. ["zhibiao.posts.raw-0"] */
    public record ReplayStarted(List<String> partitions) {
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-extract every post of the raw-posts topic",
            description = "Rewinds the partitions assigned to this instance; with several replicas call each, or scale to one first.")
    public Uni<ReplayStarted> replay() {
        KafkaConsumer<Object, Object> consumer = kafka.getConsumer(Channels.RAW_POSTS_IN);
        return consumer.getAssignments().chain(assigned -> consumer.seekToBeginning(assigned)
                .replaceWith(new ReplayStarted(names(assigned))));
    }

    private static List<String> names(Set<TopicPartition> partitions) {
        return partitions.stream().map(TopicPartition::toString).sorted().toList();
    }
}
