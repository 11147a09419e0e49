package dev.zhibiao.ingest.service;

import dev.zhibiao.contract.RawPost;
import dev.zhibiao.ingest.config.IngestConfig;
import dev.zhibiao.ingest.service.BatchPostResult.Status;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch is published all at once and answered when Kafka answered for each post; a post Kafka refused costs only itself. */
class BatchIngestTest {
    /** Kafka's answers, held back until the test releases them. */
    private final CompletableFuture<Void> kafkaAnswers = new CompletableFuture<>();
    private final List<String> published = new ArrayList<>();
    private final PostPublisher kafka = new PostPublisher(null, null, null) {
        @Override
        public Uni<RawPost> publish(String postId, String source, String content) {
            published.add(postId);
            return Uni.createFrom().completionStage(kafkaAnswers).map(v -> {
                if (postId.equals("refused")) {
                    throw new PublishFailedException("Kafka did not acknowledge post refused within 30 s");
                }
                return new RawPost(postId, source, content, Instant.now());
            });
        }
    };
    private final BatchIngest batches = new BatchIngest(new UploadRules(new Limits(), new IngestMetrics(new SimpleMeterRegistry())), kafka);

    @Test
    void everyPostIsSentBeforeAnyIsAcknowledgedAndTheAnswerWaitsForAll() {
        CompletionStage<List<BatchPostResult>> answer = batches.ingest(List.of(
                BatchEntry.read(1, "a.md", "---\n"), BatchEntry.read(2, "b.md", "---\n"), BatchEntry.read(3, "c.md", "---\n")))
                .subscribeAsCompletionStage();
        assertEquals(List.of("a", "b", "c"), published, "all three handed to the producer at once");
        assertFalse(answer.toCompletableFuture().isDone(), "no answer before Kafka's");
        kafkaAnswers.complete(null);
        assertEquals(List.of(Status.ACCEPTED, Status.ACCEPTED, Status.ACCEPTED),
                answer.toCompletableFuture().join().stream().map(BatchPostResult::status).toList());
    }

    @Test
    void eachPostGetsItsOwnResultInLineOrder() {
        kafkaAnswers.complete(null);
        List<BatchPostResult> results = batches.ingest(List.of(
                BatchEntry.read(1, "refused.md", "---\n"),
                BatchEntry.read(2, "empty.md", ""),
                BatchEntry.unreadable(4, "line 4 is not a post"),
                BatchEntry.read(5, "good.md", "---\n"))).await().indefinitely();
        assertEquals(List.of(
                new BatchPostResult(1, "refused.md", "refused", Status.UNAVAILABLE, "Kafka did not acknowledge post refused within 30 s"),
                new BatchPostResult(2, "empty.md", null, Status.REJECTED,
                        "the post is empty: send the whole post file (YAML front matter + HTML body)"),
                new BatchPostResult(4, null, null, Status.REJECTED, "line 4 is not a post"),
                new BatchPostResult(5, "good.md", "good", Status.ACCEPTED, null)), results);
        assertTrue(published.containsAll(List.of("refused", "good")) && published.size() == 2, "rejected ones are not sent");
    }

    private static final class Limits implements IngestConfig {
        @Override
        public int maxPostBytes() {
            return 100;
        }

        @Override
        public int maxBatchPosts() {
            return 10;
        }

        @Override
        public int maxBatchBytes() {
            return 1000;
        }

        @Override
        public Duration publishTimeout() {
            return Duration.ofSeconds(30);
        }

        @Override
        public int retryAfterSeconds() {
            return 5;
        }
    }
}
