package dev.zhibiao.ingest.source.folder;

/** A file in a posts folder that is not a post (no front matter and no HTML article) or is too large. */
class NotAPostException extends Exception {
    NotAPostException(String message) {
        super(message);
    }
}
