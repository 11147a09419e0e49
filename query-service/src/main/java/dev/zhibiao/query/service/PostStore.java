package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.query.domain.Indicator;
import dev.zhibiao.query.domain.Post;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Writes one post's event: the post row and all its indicators, replacing what the post had before, in the
 * one transaction. Redelivered events change nothing; an older extractor's event never overwrites a newer one.
 */
@ApplicationScoped
public class PostStore {
    private final RegionCatalog regions;

    public PostStore(RegionCatalog regions) {
        this.regions = regions;
    }

    @Transactional
    public StoreOutcome store(IndicatorsExtracted event) {
        PostRecord p = event.post();
        if (p == null || p.id() == null || p.id().isBlank() || event.eventId() == null || event.extractorVersion() == null) {
            throw new IllegalArgumentException("an indicator event needs eventId, extractorVersion and post.id");
        }
        Post post = Post.findById(p.id());
        if (post != null) {
            if (post.eventId.equals(event.eventId())) {
                return StoreOutcome.ALREADY_STORED;
            }
            if (ExtractorVersions.compare(post.extractorVersion, event.extractorVersion()) > 0) {
                return StoreOutcome.STALE;
            }
            Indicator.delete("postId", p.id());
        } else {
            post = new Post();
            post.id = p.id();
        }
        post.source = p.source();
        post.title = p.title() == null ? "" : p.title();
        post.publishedAt = p.publishedAt();
        post.categories = p.categories() == null ? List.of() : p.categories();
        post.tags = p.tags() == null ? List.of() : p.tags();
        post.text = p.text() == null ? "" : p.text();
        post.eventId = event.eventId();
        post.extractorVersion = event.extractorVersion();
        post.extractedAt = event.extractedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC)
                : event.extractedAt().atOffset(ZoneOffset.UTC);
        post.storedAt = OffsetDateTime.now(ZoneOffset.UTC);
        post.persist();
        List<IndicatorRecord> indicators = event.indicators() == null ? List.of() : event.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorMapper.toEntity(p.id(), p.publishedAt(), i, indicators.get(i)).persist();
        }
        regions.record(indicators.stream().map(IndicatorRecord::region).filter(Objects::nonNull).toList());
        return StoreOutcome.STORED;
    }
}
