package dev.zhibiao.engine;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.contract.PostIds;
import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.region.Region;
import dev.zhibiao.engine.region.RegionLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Maps engine results to the wire types of the event contract (the CLI, the Kafka event and the REST API share them). */
public final class ExtractionRecords {
    private ExtractionRecords() {
    }

    public static IndicatorRecord toRecord(Indicator indicator, String text) {
        Quantity q = indicator.quantity();
        return new IndicatorRecord(plain(q.value()), q.max() == null ? null : plain(q.max()), q.unit(),
                q.qualifier().name(), q.text(), indicator.metric(), toRecord(indicator.region(), indicator.placeName()),
                indicator.period(), indicator.sentence().of(text), q.start(), q.end(),
                q.change() == null ? null : q.change().name(), q.basis() == null ? null : q.basis().name());
    }

    public static List<IndicatorRecord> toRecords(List<Indicator> indicators, String text) {
        return indicators.stream().map(i -> toRecord(i, text)).toList();
    }

    /**
     * The contract's form of a place. A foreign place below its country (肯塔基州, 索非亚) carries the country's code, so
     * in the contract it is a LOCALITY of that country, not a division of the national table.
     */
    public static RegionRef toRecord(Region region) {
        return region == null ? null : toRecord(region, region.name());
    }

    /** The contract's form of a place the post names {@code writtenName}. */
    public static RegionRef toRecord(Region region, String writtenName) {
        if (region == null) {
            return null;
        }
        boolean foreignBelowCountry = region.foreign() && region.level() != RegionLevel.COUNTRY;
        String level = foreignBelowCountry ? RegionLevel.LOCALITY.name() : region.level().name();
        return new RegionRef(writtenName, region.code(), level, region.path(), region.fullName());
    }

    /**
     * The event for one post. Its id depends only on the raw content and the extractor version, so extracting the
     * same post again with the same engine yields the same event id.
     */
    public static IndicatorsExtracted toEvent(ParsedPost post, String source, String rawContent,
                                              List<Indicator> indicators, Instant extractedAt) {
        PostRecord record = new PostRecord(post.id(), source, post.title(), post.publishedAt(), post.categories(),
                post.tags(), post.text());
        String eventId = PostIds.fromContent(IndicatorExtractor.VERSION + "\n" + post.id() + "\n" + rawContent)
                .replace("sha256-", "evt-");
        return new IndicatorsExtracted(eventId, IndicatorExtractor.VERSION, extractedAt, record,
                toRecords(indicators, post.text()));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
