package dev.zhibiao.ingest.source.extract;

import java.time.OffsetDateTime;

/**
 * An article taken out of a web page or feed item.
 *
 * @param title        the headline, "" when none was found
 * @param publishedAt  the publication time, null when none was found
 * @param bodyHtml     the article body as simple HTML (paragraphs, lists, tables), without navigation or ads
 * @param canonicalUrl the page's canonical URL (link rel=canonical, og:url, else the URL it was fetched from)
 */
public record Article(String title, OffsetDateTime publishedAt, String bodyHtml, String canonicalUrl) {
}
