package dev.zhibiao.ingest.source.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads RSS 2.0 and Atom feeds with jsoup's lenient XML parser (real feeds are often not well-formed). */
public final class FeedParser {

    /** @throws IllegalArgumentException when the document is neither RSS nor Atom */
    public List<FeedItem> parse(String xml, String feedUrl) {
        Document doc = Jsoup.parse(xml, feedUrl, Parser.xmlParser());
        if (doc.selectFirst("rss, rdf|RDF, channel") != null) {
            return doc.getElementsByTag("item").stream().map(item -> rssItem(item, feedUrl)).toList();
        }
        if (doc.selectFirst("feed") != null) {
            return doc.getElementsByTag("entry").stream().map(entry -> atomEntry(entry, feedUrl)).toList();
        }
        throw new IllegalArgumentException("neither an RSS nor an Atom feed");
    }

    private static FeedItem rssItem(Element item, String feedUrl) {
        String link = Optional.ofNullable(childText(item, "link"))
                .or(() -> Optional.ofNullable(item.selectFirst("guid[isPermaLink=true], guid:not([isPermaLink])"))
                        .map(Element::wholeText).map(String::strip))
                .map(l -> resolve(feedUrl, l)).orElse(null);
        String content = Stream.of(childText(item, "content:encoded"), childText(item, "description"))
                .filter(c -> c != null && !c.isBlank()).findFirst().orElse("");
        OffsetDateTime date = Stream.of(childText(item, "pubDate"), childText(item, "dc:date"))
                .map(PublicationDates::parse).flatMap(Optional::stream).findFirst().orElse(null);
        return new FeedItem(textOf(childText(item, "title")), link, date, content);
    }

    private static FeedItem atomEntry(Element entry, String feedUrl) {
        Element link = entry.children().stream().filter(c -> c.normalName().equals("link"))
                .filter(l -> l.attr("rel").isEmpty() || l.attr("rel").equals("alternate")).findFirst().orElse(null);
        Element content = Stream.of(first(entry, "content"), first(entry, "summary"))
                .filter(c -> c != null && !c.wholeText().isBlank()).findFirst().orElse(null);
        String html = content == null ? ""
                : content.attr("type").equals("xhtml") ? content.html() : content.wholeText();
        OffsetDateTime date = Stream.of(childText(entry, "published"), childText(entry, "updated"))
                .map(PublicationDates::parse).flatMap(Optional::stream).findFirst().orElse(null);
        return new FeedItem(textOf(childText(entry, "title")),
                link == null ? null : resolve(feedUrl, link.attr("href")), date, html);
    }

    private static Element first(Element parent, String tag) {
        // jsoup lower-cases tag names for matching: "pubDate" is found as "pubdate"
        String name = tag.toLowerCase(java.util.Locale.ROOT);
        return parent.children().stream().filter(c -> c.normalName().equals(name)).findFirst().orElse(null);
    }

    private static String childText(Element parent, String tag) {
        Element child = first(parent, tag);
        return child == null ? null : child.wholeText().strip();
    }

    /** Titles may carry escaped markup ("&lt;b&gt;"): keep their text only. */
    private static String textOf(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }

    private static String resolve(String base, String link) {
        return java.net.URI.create(base).resolve(link.strip()).toString();
    }
}
