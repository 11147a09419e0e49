package dev.zhibiao.engine.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a post body (HTML mixed with Markdown, as Jekyll sites publish it) into clean paragraphs of text:
 * one paragraph per block element or Markdown line; scripts, styles, hidden elements, images and link-only
 * lines (source links, "返回首页" navigation) are dropped.
 */
final class BodyText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "section",
            "article", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dd", "dt", "figure",
            "figcaption", "header", "footer", "td", "th");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "iframe", "object", "embed",
            "template", "svg", "canvas", "img", "video", "audio", "head", "nav", "form", "button", "select");
    /** A Markdown line that is only a link: "<http://…>", "[返回首页](../)". */
    private static final Pattern LINK_ONLY_LINE = Pattern.compile(
            "^\\s*(<https?://[^>\\s]*>|\\[[^\\]]*\\]\\([^)]*\\))(\\s*[｜|]?\\s*(<https?://[^>\\s]*>|\\[[^\\]]*\\]\\([^)]*\\)))*\\s*$",
            Pattern.MULTILINE);
    private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^\\s{0,3}(>\\s?)+|^\\s{0,3}#{1,6}\\s+|^\\s{0,3}[*+-]\\s+",
            Pattern.MULTILINE);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    /**
     * Control and zero-width characters carry no text (and PostgreSQL cannot store NUL); removed, not spaced, so a
     * number with a zero-width space inside (1\u200B482万元) stays one number.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");

    private BodyText() {
    }

    static List<String> paragraphs(String body) {
        String markdown = LINK_ONLY_LINE.matcher(INVISIBLE.matcher(body).replaceAll("")).replaceAll("");
        markdown = MARKDOWN_PREFIX.matcher(markdown).replaceAll("");
        markdown = MARKDOWN_LINK.matcher(markdown).replaceAll("$1");
        Element root = Jsoup.parseBodyFragment(markdown).body();
        StringBuilder out = new StringBuilder(markdown.length());
        root.traverse(new NodeVisitor() {
            private int skipDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (skipDepth >= 0) {
                    return;
                }
                if (node instanceof Element e && (DROPPED.contains(e.normalName()) || hidden(e))) {
                    skipDepth = depth;
                    return;
                }
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (skipDepth == depth) {
                    skipDepth = -1;
                    return;
                }
                if (skipDepth < 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        });
        List<String> paragraphs = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            String clean = SPACES.matcher(line).replaceAll(" ").trim();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase();
        return style.contains("display:none") || e.hasAttr("hidden");
    }
}
