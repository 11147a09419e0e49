package dev.zhibiao.ingest.source;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a raw post came from. Carried as Kafka record headers next to the {@code RawPost} value.
 *
 * @param sourceId     the source that found it
 * @param origin       the file path (relative to the source folder, prefixed with the folder) or the page URL
 * @param fetchedAt    when the bytes were read
 * @param charset      the charset the bytes were decoded with
 * @param canonicalUrl the story's canonical URL when known (link rel=canonical, feed item link, source_url)
 * @param contentHash  the normalized-content hash duplicates are recognized by
 */
public record Provenance(String sourceId, String origin, Instant fetchedAt, String charset, String canonicalUrl,
                         String contentHash) {
    public static final String SOURCE_ID = "zhibiao-source-id";
    public static final String ORIGIN = "zhibiao-origin";
    public static final String FETCHED_AT = "zhibiao-fetched-at";
    public static final String CHARSET = "zhibiao-charset";
    public static final String CANONICAL_URL = "zhibiao-canonical-url";
    public static final String CONTENT_HASH = "zhibiao-content-hash";

    /** The record headers, UTF-8 values; absent values are left out. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SOURCE_ID, sourceId);
        headers.put(ORIGIN, origin);
        headers.put(FETCHED_AT, fetchedAt.toString());
        headers.put(CHARSET, charset);
        if (canonicalUrl != null) {
            headers.put(CANONICAL_URL, canonicalUrl);
        }
        headers.put(CONTENT_HASH, contentHash);
        return headers;
    }
}
