package dev.zhibiao.ingest.service;

import dev.zhibiao.contract.PostIds;
import dev.zhibiao.ingest.config.IngestConfig;
import dev.zhibiao.ingest.service.IngestMetrics.Rejection;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.CharacterCodingException;

/**
 * The rules every uploaded post meets, sent alone or in a batch: not empty, at most {@code max-post-bytes} of UTF-8,
 * its id the file name's stem (or a content hash). Every post turned away is counted under its reason.
 */
@ApplicationScoped
public class UploadRules {
    private static final String EMPTY = "the post is empty: send the whole post file (YAML front matter + HTML body)";
    private static final String NOT_UTF8 = "the post is not UTF-8 text; convert it (e.g. from GBK) to UTF-8 and send it again";

    private final IngestConfig config;
    private final IngestMetrics metrics;

    public UploadRules(IngestConfig config, IngestMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /** A post sent as the bytes of its file; null counts as empty. */
    public PostCheck check(String name, byte[] file) {
        if (file == null || file.length == 0) {
            return reject(Rejection.BAD_REQUEST, EMPTY);
        }
        if (file.length > config.maxPostBytes()) {
            return reject(Rejection.TOO_LARGE, tooLarge(file.length));
        }
        try {
            return passed(name, Utf8.decode(file));
        } catch (CharacterCodingException e) {
            return reject(Rejection.UNSUPPORTED_MEDIA_TYPE, NOT_UTF8);
        }
    }

    /** A post whose file arrived as text already (a batch line's {@code content}); null counts as empty. */
    public PostCheck check(String name, String content) {
        if (content == null || content.isEmpty()) {
            return reject(Rejection.BAD_REQUEST, EMPTY);
        }
        long bytes = Utf8.length(content);
        if (bytes > config.maxPostBytes()) {
            return reject(Rejection.TOO_LARGE, tooLarge(bytes));
        }
        return passed(name, content);
    }

    /** Turns a post away for a reason found elsewhere (a batch line that is no post at all), counting it. */
    public PostCheck.Rejected reject(Rejection reason, String detail) {
        metrics.rejected(reason);
        return new PostCheck.Rejected(reason, detail);
    }

    private static PostCheck.Passed passed(String name, String content) {
        return new PostCheck.Passed(PostIds.of(name, content), name, content);
    }

    private String tooLarge(long bytes) {
        return "the post has " + bytes + " bytes; the limit is " + config.maxPostBytes()
                + " (zhibiao.ingest.max-post-bytes): split or shorten it";
    }
}
