package dev.zhibiao.ingest.source.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes the article out of a news page: drops scripts, navigation, headers, footers, sidebars and ad blocks,
 * then picks the main content block: {@code <article>}, a common article-body id/class, else the block whose
 * paragraphs hold the most text.
 */
public final class ArticleExtractor {
    private static final String CLUTTER_TAGS = "script, style, noscript, iframe, form, nav, header, footer, aside, "
            + "button, select, input, svg, canvas, template";
    private static final Pattern CLUTTER_NAME = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|side|footer|header|ads?|advert\\w*|banner"
                    + "|share|social|comments?|related|recommend\\w*|hot|rank\\w*|login|copyright|toolbar)([\\s_-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> CONTENT_SELECTORS = List.of("[itemprop=articleBody]", "article",
            "#content, #article, #artibody, #main-content, #detail, #Zoom, #zoom, #ContentBody, #text",
            ".article-content, .article-body, .post-content, .entry-content, .content, .article, .detail, .TRS_Editor");
    private static final Safelist BODY_TAGS = Safelist.basic().removeTags("a", "span", "small", "cite")
            .addTags("h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th", "div");
    private static final int MIN_CONTENT_CHARS = 40;

    /** @param html the decoded page; {@code url} resolves relative links and is the canonical URL fallback */
    public Article extract(String html, String url) {
        Document page = Jsoup.parse(html, url);
        String title = title(page);
        OffsetDateTime published = publishedAt(page);
        String canonical = canonicalUrl(page, url);
        page.select(CLUTTER_TAGS).remove();
        int pageText = paragraphText(page.body());
        // a wrapper named "with-sidebar" may hold the article itself: only blocks with little of the text go
        page.getAllElements().stream()
                .filter(e -> e != page.body() && e != page && isClutter(e) && paragraphText(e) * 2 < pageText)
                .toList().forEach(Element::remove);
        Element main = mainBlock(page);
        main.select("h1").remove();
        String body = Jsoup.clean(main.html(), BODY_TAGS);
        return new Article(title, published, body, canonical);
    }

    private static boolean isClutter(Element e) {
        String names = e.id() + " " + e.className();
        return !names.isBlank() && CLUTTER_NAME.matcher(names).find();
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static Element mainBlock(Document page) {
        for (String selector : CONTENT_SELECTORS) {
            Optional<Element> found = page.select(selector).stream()
                    .filter(e -> e.text().length() >= MIN_CONTENT_CHARS)
                    .max(Comparator.comparingInt(e -> e.text().length()));
            if (found.isPresent()) {
                return found.get();
            }
        }
        return densestBlock(page).orElse(page.body());
    }

    /** The element whose direct paragraph children hold the most text: the article, not the page around it. */
    private static Optional<Element> densestBlock(Document page) {
        return page.body().select("p").stream().map(Element::parent).distinct()
                .max(Comparator.comparingInt(parent -> parent.children().stream()
                        .filter(c -> c.nameIs("p")).mapToInt(c -> c.text().length()).sum()));
    }

    private static String title(Document page) {
        return Stream.of(page.selectFirst("meta[property=og:title]") == null ? null
                                : page.selectFirst("meta[property=og:title]").attr("content"),
                        page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(),
                        page.title())
                .filter(t -> t != null && !t.isBlank()).map(String::strip).findFirst().orElse("");
    }

    private static OffsetDateTime publishedAt(Document page) {
        return Stream.of(
                        attr(page, "meta[property=article:published_time]", "content"),
                        attr(page, "meta[name=pubdate], meta[name=publishdate], meta[name=PubDate]", "content"),
                        attr(page, "time[datetime]", "datetime"),
                        attr(page, "meta[itemprop=datePublished]", "content"))
                .map(PublicationDates::parse).flatMap(Optional::stream).findFirst()
                .or(() -> PublicationDates.find(page.body().text()))
                .orElse(null);
    }

    private static String canonicalUrl(Document page, String url) {
        return Stream.of(absolute(page, "link[rel=canonical]", "href"), absolute(page, "meta[property=og:url]", "content"))
                .filter(u -> u != null && !u.isBlank()).findFirst().orElse(url);
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String absolute(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? null : e.absUrl(attribute);
    }
}
