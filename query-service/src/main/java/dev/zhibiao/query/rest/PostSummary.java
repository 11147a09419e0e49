package dev.zhibiao.query.rest;

import dev.zhibiao.query.domain.Post;

import java.time.OffsetDateTime;
import java.util.List;

/** A post in a list: metadata without the text. */
public record PostSummary(String id, String title, OffsetDateTime publishedAt, List<String> categories, String source,
                          String extractorVersion) {
    static PostSummary of(Post p) {
        return new PostSummary(p.id, p.title, p.publishedAt, p.categories, p.source, p.extractorVersion);
    }
}
