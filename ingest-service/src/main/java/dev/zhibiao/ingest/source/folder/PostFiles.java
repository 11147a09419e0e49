package dev.zhibiao.ingest.source.folder;

import dev.zhibiao.ingest.source.extract.Article;
import dev.zhibiao.ingest.source.extract.ArticleExtractor;
import dev.zhibiao.ingest.source.extract.PostMarkdown;
import dev.zhibiao.ingest.source.fetch.CharsetDetector;
import dev.zhibiao.ingest.source.fetch.DecodedText;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads post files as Jekyll and Hexo write them: front matter between "---" lines (Hexo also allows it
 * without the opening fence), or a plain HTML article page, which is turned into a post.
 */
@ApplicationScoped
public class PostFiles {
    private static final Pattern LEADING_BLANK = Pattern.compile("\\A\\uFEFF?(\\s*\\n)*");
    private static final Pattern HEXO_HEADER = Pattern.compile("\\A(?:[A-Za-z_][\\w-]*:.*\\n(?:[ \\t-].*\\n)*)+---\\s*\\n");
    private static final Pattern SOURCE_URL = Pattern.compile(
            "(?m)^(?:source_url|canonical_url|canonical|original_url):\\s*[\"']?(https?://[^\"'\\s]+)");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n.*?\\n---", Pattern.DOTALL);
    private final ArticleExtractor extractor = new ArticleExtractor();

    DecodedText decode(byte[] bytes) {
        return CharsetDetector.decode(bytes, null);
    }

    /** The file as a Jekyll post. */
    String asPost(String text, String fileName) throws NotAPostException {
        String body = LEADING_BLANK.matcher(text).replaceFirst("");
        if (body.startsWith("---\n") || body.startsWith("---\r\n")) {
            return text;
        }
        if (HEXO_HEADER.matcher(body.replace("\r\n", "\n")).lookingAt()) {
            return "---\n" + body;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            Article article = extractor.extract(text, "file:///" + fileName);
            return PostMarkdown.of(new Article(article.title(), article.publishedAt(), article.bodyHtml(), null),
                    List.of());
        }
        throw new NotAPostException("no front matter: a post starts with a '---' line, YAML fields, another '---'");
    }

    /** The story's original URL when the front matter names one. */
    String sourceUrl(String post) {
        Matcher fm = FRONT_MATTER.matcher(post.strip());
        if (!fm.find()) {
            return null;
        }
        Matcher url = SOURCE_URL.matcher(fm.group());
        return url.find() ? url.group(1) : null;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
