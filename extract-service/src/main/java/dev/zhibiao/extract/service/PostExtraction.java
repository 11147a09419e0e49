package dev.zhibiao.extract.service;

import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.RawPost;
import dev.zhibiao.engine.ExtractionRecords;
import dev.zhibiao.engine.IndicatorExtractor;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostFormatException;
import dev.zhibiao.engine.post.PostParser;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/** Reads a raw-post record and runs the engine on it. */
@ApplicationScoped
public class PostExtraction {
    private final IndicatorExtractor extractor;
    private final PostParser parser = new PostParser();

    public PostExtraction(IndicatorExtractor extractor) {
        this.extractor = extractor;
    }

    /** @throws PostFormatException (or IllegalArgumentException) with a readable reason when the record is unusable */
    public IndicatorsExtracted extract(String rawPostJson) {
        RawPost raw = Json.read(rawPostJson, RawPost.class);
        if (raw.content() == null || raw.postId() == null) {
            throw new PostFormatException("a raw post record needs postId and content");
        }
        ParsedPost parsed = parser.parse(raw.content(), raw.source());
        // the ingest-time id is authoritative: it is the Kafka key every later record of this post uses
        ParsedPost post = parsed.withId(raw.postId());
        return ExtractionRecords.toEvent(post, raw.source(), raw.content(), extractor.extract(post), Instant.now());
    }
}
