package dev.zhibiao.ingest.service;

/** What {@link UploadRules} made of an uploaded post: ready to publish, or turned away with the reason. */
public sealed interface PostCheck {
    /** @param source the upload's file name, or null when it came without one */
    record Passed(String postId, String source, String content) implements PostCheck {
    }

    /** @param detail what is wrong with the post and how to fix it */
    record Rejected(IngestMetrics.Rejection reason, String detail) implements PostCheck {
    }
}
