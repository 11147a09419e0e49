package dev.zhibiao.ingest.source.dedupe;

import org.jsoup.Jsoup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hash a story is recognized by whatever site, folder or feed it comes from: title and article text with
 * everything a republisher changes taken out — front-matter fields other than the title, markup, link-only
 * lines ("[返回首页](…)", "&lt;http://…&gt;"), source footers ("（文章来源：…）"), URLs, punctuation and whitespace.
 */
public final class ContentFingerprint {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)\\s*?(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*(.*?)\\s*$");
    private static final Pattern LINK_ONLY_LINE = Pattern.compile(
            "(?m)^[\\s>*-]*(?:(?:\\[[^\\]\\n]*]\\([^)\\n]*\\)|<[^>\\n]*>|https?://\\S+)[\\s｜|·/]*)+$");
    private static final Pattern BACK_LINK = Pattern.compile("\\[返回[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern SOURCE_FOOTER = Pattern.compile("[（(]\\s*(?:文章|稿件|新闻)?来源[:：][^）)]*[）)]");
    private static final Pattern URL = Pattern.compile("(?:https?:)?//[\\w.-]+\\S*");
    private static final Pattern NOT_TEXT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ContentFingerprint() {
    }

    /** "sha256:" and 32 hex digits; for a post without any text, the hash of its raw bytes. */
    public static String of(String post) {
        String normalized = normalize(post);
        return "sha256:" + sha256(normalized.isEmpty() ? post : normalized);
    }

    /** The text the hash is taken of: title, a newline, the article's letters and digits. */
    static String normalize(String post) {
        String text = post.startsWith("\uFEFF") ? post.substring(1) : post;
        String title = "";
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            Matcher t = TITLE.matcher(fm.group(1));
            title = t.find() ? t.group(1).replaceAll("^[\"']|[\"']$", "") : "";
            text = text.substring(fm.end());
        }
        text = LINK_ONLY_LINE.matcher(text).replaceAll("");
        text = BACK_LINK.matcher(text).replaceAll("");
        text = MARKDOWN_LINK.matcher(text).replaceAll("$1");
        text = Jsoup.parse(text).text();
        text = SOURCE_FOOTER.matcher(text).replaceAll("");
        text = URL.matcher(text).replaceAll("");
        String body = NOT_TEXT.matcher(text).replaceAll("");
        String head = NOT_TEXT.matcher(title).replaceAll("");
        return body.isEmpty() && head.isEmpty() ? "" : head + "\n" + body;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
