package dev.zhibiao.ingest.source;

/** A response's ETag and Last-Modified, sent back as If-None-Match / If-Modified-Since on the next poll. */
public record HttpValidators(String etag, String lastModified) {
    public static final HttpValidators NONE = new HttpValidators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
