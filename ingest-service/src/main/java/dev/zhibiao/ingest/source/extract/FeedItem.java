package dev.zhibiao.ingest.source.extract;

import java.time.OffsetDateTime;

/**
 * One RSS item or Atom entry.
 *
 * @param link        the article's URL, null when the item has none
 * @param contentHtml the item's full content or summary as HTML, "" when none
 */
public record FeedItem(String title, String link, OffsetDateTime publishedAt, String contentHtml) {
}
