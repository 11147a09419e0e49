package dev.zhibiao.ingest.service;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one post of a batch.
 *
 * @param line   its line in the batch, from 1
 * @param name   the name it was sent with, if any
 * @param postId its id, when it was a readable post
 * @param status ACCEPTED (Kafka acknowledged it), REJECTED (fix it; resending as is fails again) or UNAVAILABLE
 *               (Kafka did not take it in time: send it again after Retry-After)
 * @param reason why it was REJECTED or UNAVAILABLE
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchPostResult(int line, String name, String postId, Status status, String reason) {
    public enum Status {
        ACCEPTED, REJECTED, UNAVAILABLE
    }
}
