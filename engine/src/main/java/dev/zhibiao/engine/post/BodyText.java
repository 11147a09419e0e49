package dev.zhibiao.engine.post;

import dev.zhibiao.engine.text.HanCharacters;
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
 * one paragraph per block element or Markdown line, one per table cell; scripts, styles, hidden elements, images
 * and link-only lines (source links, "返回首页" navigation) are dropped. Tables keep their layout: which paragraph
 * stands in which row and column.
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
     * A blank typeset between a number and the Chinese word after it (2018 年, 108 万人次, 1.25 以下): spacing only,
     * removed so the number reads with its unit, multiplier or date word as when written without it.
     */
    private static final Pattern SPACE_AFTER_NUMBER = Pattern.compile("(?<=[0-9]) (?=\\p{IsHan})");
    /**
     * Control and zero-width characters carry no text (and PostgreSQL cannot store NUL); removed, not spaced, so a
     * number with a zero-width space inside (1\u200B482万元) stays one number.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\uFEFF]");

    private BodyText() {
    }

    /** The paragraphs of a body and the layout of its tables, by paragraph index. */
    record Body(List<String> paragraphs, List<TableLayout> tables) {
    }

    /**
     * A table's grid of paragraph indices: {@code grid[row][column]} is the paragraph of the cell covering that slot
     * (a cell spanning rows or columns covers each of its slots), -1 for an empty cell or no cell.
     */
    record TableLayout(int[][] grid) {
    }

    static List<String> paragraphs(String body) {
        return read(body).paragraphs();
    }

    static Body read(String body) {
        String markdown = LINK_ONLY_LINE.matcher(INVISIBLE.matcher(body).replaceAll("")).replaceAll("");
        markdown = MARKDOWN_PREFIX.matcher(markdown).replaceAll("");
        markdown = MARKDOWN_LINK.matcher(markdown).replaceAll("$1");
        Paragraphs out = new Paragraphs(true);
        out.read(Jsoup.parseBodyFragment(markdown).body());
        out.endLine();
        return new Body(out.list, out.tables);
    }

    /** Collects paragraphs while walking the HTML tree. */
    static final class Paragraphs {
        final List<String> list = new ArrayList<>();
        final List<TableLayout> tables = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        /** False inside a table cell: a table nested there is read as plain text. */
        private final boolean layingOutTables;

        Paragraphs(boolean layingOutTables) {
            this.layingOutTables = layingOutTables;
        }

        void read(Element root) {
            root.traverse(new NodeVisitor() {
                private int skipDepth = -1;

                @Override
                public void head(Node node, int depth) {
                    if (skipDepth >= 0) {
                        return;
                    }
                    if (node instanceof Element e && (DROPPED.contains(e.normalName()) || hidden(e))) {
                        skipDepth = depth;
                    } else if (node instanceof Element e && e.normalName().equals("table") && layingOutTables) {
                        endLine();
                        tables.add(TableReader.read(e, Paragraphs.this));
                        skipDepth = depth;
                    } else if (node instanceof TextNode t) {
                        line.append(t.getWholeText());
                    } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                        endLine();
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (skipDepth == depth) {
                        skipDepth = -1;
                        return;
                    }
                    if (skipDepth < 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                        endLine();
                    }
                }
            });
        }

        /** Ends the paragraphs collected so far: every non-blank line of them becomes one. */
        void endLine() {
            for (String l : line.toString().split("\n")) {
                String clean = SPACE_AFTER_NUMBER.matcher(SPACES.matcher(l).replaceAll(" ").trim()).replaceAll("");
                if (!clean.isEmpty()) {
                    list.add(clean);
                }
            }
            line.setLength(0);
        }

        /** Adds a table cell's text as one paragraph: its index, or -1 when the cell is blank. */
        int addCell(Element cell) {
            Paragraphs inner = new Paragraphs(false);
            inner.read(cell);
            inner.endLine();
            String text = joinLines(inner.list);
            if (text.isEmpty()) {
                return -1;
            }
            list.add(text);
            return list.size() - 1;
        }

        /** The lines of a cell as one: joined directly (白云山 / （1个）), with a blank between two words or numbers (100 / 200). */
        private static String joinLines(List<String> lines) {
            StringBuilder joined = new StringBuilder();
            for (String l : lines) {
                if (!joined.isEmpty() && Character.isLetterOrDigit(joined.charAt(joined.length() - 1))
                        && Character.isLetterOrDigit(l.charAt(0))
                        && !(HanCharacters.isHan(joined.charAt(joined.length() - 1)) && HanCharacters.isHan(l.charAt(0)))) {
                    joined.append(' ');
                }
                joined.append(l);
            }
            return joined.toString();
        }
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase();
        return style.contains("display:none") || e.hasAttr("hidden");
    }
}
