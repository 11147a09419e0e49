package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * A post as ingested, value of {@link Topics#RAW_POSTS} (key = {@code postId}).
 *
 * @param postId     stable id: the file name without extension, or "sha256-…" of the content
 * @param source     where it came from: the uploaded file name, a path, or a URL
 * @param content    the whole post file: Jekyll markdown with YAML front matter and an HTML body
 * @param receivedAt when ingest-service accepted it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawPost(String postId, String source, String content, Instant receivedAt) {
}
