package dev.zhibiao.ingest.source.extract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an article as a Jekyll post (YAML front matter + HTML body), the same shape as a file from a
 * {@code _posts/} folder, so extract-service parses web articles like any post.
 */
public final class PostMarkdown {
    private static final DateTimeFormatter JEKYLL_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    private PostMarkdown() {
    }

    public static String of(Article article, List<String> categories) {
        StringBuilder md = new StringBuilder("---\nlayout: post\n");
        md.append("title: ").append(quoted(article.title())).append('\n');
        OffsetDateTime date = article.publishedAt();
        if (date != null) {
            md.append("date: ").append(date.withOffsetSameInstant(PublicationDates.BEIJING).format(JEKYLL_DATE)).append('\n');
        }
        if (!categories.isEmpty()) {
            md.append("categories: [").append(categories.stream().map(PostMarkdown::quoted)
                    .collect(Collectors.joining(", "))).append("]\n");
        }
        if (article.canonicalUrl() != null) {
            md.append("source_url: ").append(quoted(article.canonicalUrl())).append('\n');
        }
        return md.append("---\n").append(article.bodyHtml().strip()).append('\n').toString();
    }

    /** A YAML double-quoted scalar: safe for any title, whatever quotes or colons it holds. */
    private static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
