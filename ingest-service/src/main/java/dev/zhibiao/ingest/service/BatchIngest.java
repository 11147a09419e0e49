package dev.zhibiao.ingest.service;

import dev.zhibiao.ingest.service.BatchPostResult.Status;
import dev.zhibiao.ingest.service.IngestMetrics.Rejection;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Ingests the posts of a batch under the rules of a single upload and publishes the good ones all at once (the
 * producer batches them into few Kafka requests); the result, one per line in line order, comes only once Kafka
 * acknowledged or refused each post. A bad line costs only itself.
 */
@ApplicationScoped
public class BatchIngest {
    private final UploadRules rules;
    private final PostPublisher publisher;

    public BatchIngest(UploadRules rules, PostPublisher publisher) {
        this.rules = rules;
        this.publisher = publisher;
    }

    public Uni<List<BatchPostResult>> ingest(List<BatchEntry> entries) {
        List<Uni<BatchPostResult>> results = entries.stream().map(this::ingest).toList();
        return Uni.join().all(results).andFailFast();
    }

    private Uni<BatchPostResult> ingest(BatchEntry entry) {
        PostCheck check = entry.readable() ? rules.check(entry.name(), entry.content())
                : rules.reject(Rejection.BAD_REQUEST, entry.unreadable());
        if (check instanceof PostCheck.Rejected rejected) {
            return Uni.createFrom().item(new BatchPostResult(entry.line(), entry.name(), null, Status.REJECTED,
                    rejected.detail()));
        }
        PostCheck.Passed post = (PostCheck.Passed) check;
        return publisher.publish(post.postId(), post.source(), post.content())
                .map(published -> new BatchPostResult(entry.line(), entry.name(), post.postId(), Status.ACCEPTED, null))
                .onFailure(PublishFailedException.class).recoverWithItem(e ->
                        new BatchPostResult(entry.line(), entry.name(), post.postId(), Status.UNAVAILABLE, e.getMessage()));
    }
}
