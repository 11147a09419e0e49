package dev.zhibiao.ingest.source.web;

import dev.zhibiao.ingest.source.HttpValidators;
import dev.zhibiao.ingest.source.PostCandidate;
import dev.zhibiao.ingest.source.extract.Article;
import dev.zhibiao.ingest.source.extract.ArticleExtractor;
import dev.zhibiao.ingest.source.extract.PostMarkdown;
import dev.zhibiao.ingest.source.fetch.DecodedText;
import dev.zhibiao.ingest.source.fetch.FetchException;
import dev.zhibiao.ingest.source.fetch.FetchedDocument;
import dev.zhibiao.ingest.source.fetch.PoliteFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Turns article pages and feed items into raw-post candidates: the same Jekyll shape a post file has. */
@ApplicationScoped
public class ArticlePages {
    /** Below this many characters of text an extraction found navigation or an error page, not an article. */
    static final int MIN_ARTICLE_CHARS = 20;

    private final PoliteFetcher fetcher;
    private final ArticleExtractor extractor = new ArticleExtractor();

    public ArticlePages(PoliteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /** The fetched page; empty when it was not modified since {@code validators}. */
    public Optional<Fetched> fetch(String url, HttpValidators validators, List<String> categories)
            throws FetchException {
        FetchedDocument doc = fetcher.get(toUri(url), validators);
        if (doc.notModified()) {
            return Optional.empty();
        }
        DecodedText text = doc.decode();
        Article article = extractor.extract(text.text(), doc.uri().toString());
        return Optional.of(new Fetched(candidate(article, url, doc, text.charset(), categories), doc.validators()));
    }

    /** A feed item that carries its whole article. */
    public PostCandidate fromFeedItem(Article article, String feedUrl, java.time.Instant fetchedAt, String charset,
                                      List<String> categories) throws FetchException {
        String origin = article.canonicalUrl() != null ? article.canonicalUrl() : feedUrl;
        requireText(article, origin);
        return new PostCandidate(WebPostIds.of(origin), origin, PostMarkdown.of(article, categories), fetchedAt,
                charset, article.canonicalUrl());
    }

    /** True when the HTML holds enough text to be an article rather than a teaser. */
    public static boolean isFullText(String html, int minChars) {
        return Jsoup.parse(html).text().length() >= minChars;
    }

    static URI toUri(String url) throws FetchException {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a valid URL: " + url);
        }
    }

    private static PostCandidate candidate(Article article, String url, FetchedDocument doc, String charset,
                                           List<String> categories) throws FetchException {
        requireText(article, url);
        return new PostCandidate(WebPostIds.of(article.canonicalUrl()), url, PostMarkdown.of(article, categories),
                doc.fetchedAt(), charset, article.canonicalUrl());
    }

    private static void requireText(Article article, String url) throws FetchException {
        if (!isFullText(article.bodyHtml(), MIN_ARTICLE_CHARS)) {
            throw new FetchException("no article text found at " + url);
        }
    }

    /** A page's post and the validators for fetching it conditionally next time. */
    public record Fetched(PostCandidate post, HttpValidators validators) {
    }
}
