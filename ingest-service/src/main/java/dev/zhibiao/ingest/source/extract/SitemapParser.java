package dev.zhibiao.ingest.source.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;

/** Reads a sitemap ({@code <urlset>}) or a sitemap index ({@code <sitemapindex>}). */
public final class SitemapParser {

    /**
     * @param pages    the page URLs of a {@code <urlset>}
     * @param sitemaps the child sitemaps of a {@code <sitemapindex>}
     */
    public record Sitemap(List<String> pages, List<String> sitemaps) {
    }

    public Sitemap parse(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        return new Sitemap(locs(doc, "url"), locs(doc, "sitemap"));
    }

    private static List<String> locs(Document doc, String parentTag) {
        return doc.getElementsByTag(parentTag).stream()
                .map(e -> e.children().stream().filter(c -> c.normalName().equals("loc")).findFirst().orElse(null))
                .filter(loc -> loc != null && !loc.text().isBlank()).map(Element::text).map(String::strip).toList();
    }
}
