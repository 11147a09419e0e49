package dev.zhibiao.ingest.rest;

import dev.zhibiao.ingest.service.BatchPostResult;
import dev.zhibiao.ingest.service.BatchPostResult.Status;

import java.util.List;

/**
 * Answer to a batch that was read: how many posts Kafka took, how many were turned away, how many to send again, and
 * each post's result in line order.
 */
public record BatchAnswer(String topic, long accepted, long rejected, long unavailable, List<BatchPostResult> posts) {
    static BatchAnswer of(String topic, List<BatchPostResult> posts) {
        return new BatchAnswer(topic, count(posts, Status.ACCEPTED), count(posts, Status.REJECTED),
                count(posts, Status.UNAVAILABLE), posts);
    }

    private static long count(List<BatchPostResult> posts, Status status) {
        return posts.stream().filter(p -> p.status() == status).count();
    }
}
