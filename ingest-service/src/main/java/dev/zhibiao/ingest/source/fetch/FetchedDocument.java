package dev.zhibiao.ingest.source.fetch;

import dev.zhibiao.ingest.source.HttpValidators;

import java.net.URI;
import java.time.Instant;

/**
 * A successful (or not-modified) GET.
 *
 * @param uri         the URI after redirects
 * @param notModified true for a 304 answer to a conditional request: {@code body} is then empty
 * @param contentType the Content-Type header, or null
 */
public record FetchedDocument(URI uri, boolean notModified, byte[] body, String contentType, HttpValidators validators,
                              Instant fetchedAt) {
    public DecodedText decode() {
        return CharsetDetector.decode(body, contentType);
    }
}
