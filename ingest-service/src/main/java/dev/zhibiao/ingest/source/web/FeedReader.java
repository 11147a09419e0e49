package dev.zhibiao.ingest.source.web;

import dev.zhibiao.ingest.config.SourcesConfig;
import dev.zhibiao.ingest.source.IngestGate;
import dev.zhibiao.ingest.source.SourceDefinition;
import dev.zhibiao.ingest.source.SourceFailedException;
import dev.zhibiao.ingest.source.SourceKind;
import dev.zhibiao.ingest.source.SourceReader;
import dev.zhibiao.ingest.source.SourceRun;
import dev.zhibiao.ingest.source.extract.Article;
import dev.zhibiao.ingest.source.extract.FeedItem;
import dev.zhibiao.ingest.source.extract.FeedParser;
import dev.zhibiao.ingest.source.fetch.DecodedText;
import dev.zhibiao.ingest.source.fetch.FetchException;
import dev.zhibiao.ingest.source.fetch.FetchedDocument;
import dev.zhibiao.ingest.source.fetch.PoliteFetcher;
import dev.zhibiao.ingest.source.HttpValidators;
import jakarta.enterprise.context.ApplicationScoped;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import java.util.List;

/**
 * RSS 2.0 / Atom feeds, polled with If-None-Match / If-Modified-Since. An item whose feed carries the whole
 * article is taken from the feed; a teaser item is followed to its article page. Items already ingested (by
 * URL) are not fetched again.
 */
@ApplicationScoped
public class FeedReader implements SourceReader {
    /** Feed content shorter than this is a teaser: the article page is fetched instead. */
    static final int FULL_TEXT_CHARS = 200;

    private final PoliteFetcher fetcher;
    private final ArticlePages pages;
    private final IngestGate gate;
    private final FeedParser parser = new FeedParser();
    private final int maxPagesPerRun;

    public FeedReader(PoliteFetcher fetcher, ArticlePages pages, IngestGate gate, SourcesConfig config) {
        this.fetcher = fetcher;
        this.pages = pages;
        this.gate = gate;
        this.maxPagesPerRun = config.fetch().maxPagesPerRun();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.FEED;
    }

    @Override
    public void read(SourceDefinition source, SourceRun run) throws SourceFailedException {
        String feedUrl = source.location();
        FetchedDocument feed;
        DecodedText decoded;
        List<FeedItem> items;
        try {
            feed = fetcher.get(ArticlePages.toUri(feedUrl), run.validators(feedUrl));
            if (feed.notModified()) {
                return;
            }
            decoded = feed.decode();
            items = parser.parse(decoded.text(), feed.uri().toString());
        } catch (FetchException e) {
            throw new SourceFailedException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new SourceFailedException(feedUrl + " is " + e.getMessage(), e);
        }
        int fetched = 0;
        boolean complete = true;
        for (FeedItem item : items) {
            String where = item.link() != null ? item.link() : feedUrl + " item '" + item.title() + "'";
            try {
                if (item.link() != null && gate.alreadyIngested(item.link())) {
                    run.unchanged();
                } else if (ArticlePages.isFullText(item.contentHtml(), FULL_TEXT_CHARS) || item.link() == null) {
                    Article article = new Article(item.title(), item.publishedAt(),
                            Jsoup.clean(item.contentHtml(), Safelist.basic()), item.link());
                    gate.offer(pages.fromFeedItem(article, feedUrl, feed.fetchedAt(), decoded.charset(),
                            source.categories()), run);
                } else if (fetched++ < maxPagesPerRun) {
                    pages.fetch(item.link(), HttpValidators.NONE, source.categories())
                            .ifPresent(page -> gate.offer(page.post(), run));
                } else {
                    complete = false;
                }
            } catch (FetchException e) {
                run.failed(where, e.getMessage());
                complete = false;
            }
        }
        // validators only once every item is in: a 304 next time must not hide an item that failed this time
        if (complete) {
            run.validators(feedUrl, feed.validators());
        }
    }
}
