package dev.zhibiao.ingest.source;

import java.time.Instant;

/**
 * A post a source found, before deduplication.
 *
 * @param postId       the id it gets if it is a new story
 * @param origin       file path or URL it was read from (becomes {@code RawPost.source})
 * @param content      the post file: Jekyll front matter + HTML body
 * @param charset      the charset its bytes were decoded with
 * @param canonicalUrl the story's canonical URL, null when unknown
 */
public record PostCandidate(String postId, String origin, String content, Instant fetchedAt, String charset,
                            String canonicalUrl) {
}
