package dev.zhibiao.ingest.source.web;

import dev.zhibiao.ingest.source.IngestGate;
import dev.zhibiao.ingest.source.SourceDefinition;
import dev.zhibiao.ingest.source.SourceFailedException;
import dev.zhibiao.ingest.source.SourceKind;
import dev.zhibiao.ingest.source.SourceReader;
import dev.zhibiao.ingest.source.SourceRun;
import dev.zhibiao.ingest.source.fetch.FetchException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** One article URL, fetched conditionally: a changed article is published again under the same id. */
@ApplicationScoped
public class PageReader implements SourceReader {
    private final ArticlePages pages;
    private final IngestGate gate;

    public PageReader(ArticlePages pages, IngestGate gate) {
        this.pages = pages;
        this.gate = gate;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.PAGE;
    }

    @Override
    public void read(SourceDefinition source, SourceRun run) throws SourceFailedException {
        String url = source.location();
        try {
            Optional<ArticlePages.Fetched> page = pages.fetch(url, run.validators(url), source.categories());
            if (page.isEmpty()) {
                run.unchanged();
                return;
            }
            gate.offer(page.get().post(), run);
            run.validators(url, page.get().validators());
        } catch (FetchException e) {
            throw new SourceFailedException(e.getMessage(), e);
        }
    }
}
