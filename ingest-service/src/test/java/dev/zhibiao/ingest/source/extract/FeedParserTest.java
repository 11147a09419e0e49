package dev.zhibiao.ingest.source.extract;

import dev.zhibiao.ingest.source.NewsSite;
import dev.zhibiao.ingest.source.NewsSite.FeedEntry;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();
    private final List<FeedEntry> entries = List.of(new FeedEntry("第一条", "/news/1.html", "<p>摘要一</p>"),
            new FeedEntry("第二条 &amp; 更多", "http://other.example/2.html", "<p>全文二</p>"));

    @Test
    void rssItemsWithRelativeLinksResolvedAndPubDateRead() {
        List<FeedItem> items = parser.parse(NewsSite.rss(entries), "http://127.0.0.1:9/feed.xml");
        assertEquals(2, items.size());
        assertEquals("第一条", items.get(0).title());
        assertEquals("http://127.0.0.1:9/news/1.html", items.get(0).link());
        assertEquals("<p>摘要一</p>", items.get(0).contentHtml());
        assertEquals(OffsetDateTime.parse("2024-05-06T10:00+08:00"), items.get(0).publishedAt());
        assertEquals("第二条 & 更多", items.get(1).title());
    }

    @Test
    void atomEntries() {
        List<FeedItem> items = parser.parse(NewsSite.atom(entries), "http://127.0.0.1:9/atom.xml");
        assertEquals("http://other.example/2.html", items.get(1).link());
        assertEquals("<p>全文二</p>", items.get(1).contentHtml());
        assertEquals(OffsetDateTime.parse("2024-05-06T10:00+08:00"), items.get(1).publishedAt());
    }

    @Test
    void anHtmlPageIsNoFeed() {
        assertThrows(IllegalArgumentException.class, () -> parser.parse("<html><body>hi</body></html>", "http://x/"));
    }
}
