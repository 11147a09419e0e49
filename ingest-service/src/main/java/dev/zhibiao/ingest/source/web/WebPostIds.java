package dev.zhibiao.ingest.source.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Post ids for web articles: "web-" and 16 hex digits of the SHA-256 of the canonical URL. Page file names
 * ("index.html", "content_123.htm") are neither unique across sites nor meaningful, the URL is both stable and
 * unique; a changed article keeps its id, so the new version replaces the old one on the compacted topic.
 */
final class WebPostIds {
    private WebPostIds() {
    }

    static String of(String canonicalUrl) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.getBytes(StandardCharsets.UTF_8));
            return "web-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
