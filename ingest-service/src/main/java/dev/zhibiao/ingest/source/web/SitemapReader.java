package dev.zhibiao.ingest.source.web;

import dev.zhibiao.ingest.config.SourcesConfig;
import dev.zhibiao.ingest.source.HttpValidators;
import dev.zhibiao.ingest.source.IngestGate;
import dev.zhibiao.ingest.source.SourceDefinition;
import dev.zhibiao.ingest.source.SourceFailedException;
import dev.zhibiao.ingest.source.SourceKind;
import dev.zhibiao.ingest.source.SourceReader;
import dev.zhibiao.ingest.source.SourceRun;
import dev.zhibiao.ingest.source.extract.SitemapParser;
import dev.zhibiao.ingest.source.fetch.FetchException;
import dev.zhibiao.ingest.source.fetch.FetchedDocument;
import dev.zhibiao.ingest.source.fetch.PoliteFetcher;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/**
 * A sitemap or sitemap index (one level of children): every listed page not yet ingested is fetched as an
 * article, at most {@code max-pages-per-run} per run; the rest follow in the next runs.
 */
@ApplicationScoped
public class SitemapReader implements SourceReader {
    private final PoliteFetcher fetcher;
    private final ArticlePages pages;
    private final IngestGate gate;
    private final SitemapParser parser = new SitemapParser();
    private final int maxPagesPerRun;

    public SitemapReader(PoliteFetcher fetcher, ArticlePages pages, IngestGate gate, SourcesConfig config) {
        this.fetcher = fetcher;
        this.pages = pages;
        this.gate = gate;
        this.maxPagesPerRun = config.fetch().maxPagesPerRun();
    }

    @Override
    public SourceKind kind() {
        return SourceKind.SITEMAP;
    }

    @Override
    public void read(SourceDefinition source, SourceRun run) throws SourceFailedException {
        SitemapParser.Sitemap sitemap;
        try {
            sitemap = sitemap(source.location());
        } catch (FetchException e) {
            throw new SourceFailedException(e.getMessage(), e);
        }
        List<String> urls = new ArrayList<>(sitemap.pages());
        for (String child : sitemap.sitemaps()) {
            try {
                urls.addAll(sitemap(child).pages());
            } catch (FetchException e) {
                run.failed(child, e.getMessage());
            }
        }
        int fetched = 0;
        for (String url : urls) {
            if (gate.alreadyIngested(url)) {
                run.unchanged();
                continue;
            }
            if (fetched++ >= maxPagesPerRun) {
                break;
            }
            try {
                pages.fetch(url, HttpValidators.NONE, source.categories()).ifPresent(page -> gate.offer(page.post(), run));
            } catch (FetchException e) {
                run.failed(url, e.getMessage());
            }
        }
    }

    private SitemapParser.Sitemap sitemap(String url) throws FetchException {
        FetchedDocument doc = fetcher.get(ArticlePages.toUri(url), HttpValidators.NONE);
        return parser.parse(doc.decode().text());
    }
}
