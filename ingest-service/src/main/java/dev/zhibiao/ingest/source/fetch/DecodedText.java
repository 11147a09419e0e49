package dev.zhibiao.ingest.source.fetch;

/** Text decoded from bytes, with the charset that was used (for provenance). */
public record DecodedText(String text, String charset) {
}
