package dev.zhibiao.query.service;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.query.domain.Indicator;
import dev.zhibiao.query.domain.Post;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts between the wire types of the event contract and the stored entities. */
public final class IndicatorMapper {
    private static final String PATH_SEPARATOR = RegionLineage.PATH_SEPARATOR;
    private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})");

    private IndicatorMapper() {
    }

    public static Indicator toEntity(String postId, OffsetDateTime publishedAt, int ordinal, IndicatorRecord r) {
        Indicator e = new Indicator();
        e.postId = postId;
        e.ordinal = ordinal;
        e.value = r.value();
        e.maxValue = r.max();
        e.unit = r.unit() == null ? "" : r.unit();
        e.qualifier = r.qualifier() == null ? "EXACT" : r.qualifier();
        e.text = r.text();
        e.metric = r.metric() == null ? "" : r.metric();
        RegionRef region = r.region();
        if (region != null) {
            e.regionCode = region.code();
            e.regionName = region.name();
            e.regionLevel = region.level();
            e.regionPath = region.path() == null ? region.name() : String.join(PATH_SEPARATOR, region.path());
        }
        e.period = r.period();
        e.year = yearOf(r.period());
        e.sentence = r.sentence() == null ? "" : r.sentence();
        e.startOffset = r.start();
        e.endOffset = r.end();
        e.change = r.change();
        e.basis = r.basis();
        FactDate date = FactDate.of(r.period(), publishedAt);
        if (date != null) {
            e.refDate = date.date();
            e.refPrecision = date.precision().name();
        }
        return e;
    }

    /** The event's indicators, none when it has no list. */
    static List<IndicatorRecord> indicatorsOf(IndicatorsExtracted event) {
        return event.indicators() == null ? List.of() : event.indicators();
    }

    public static IndicatorRecord toRecord(Indicator e) {
        RegionRef region = e.regionCode == null && e.regionName == null ? null
                : new RegionRef(e.regionName, e.regionCode, e.regionLevel, path(e.regionPath), e.regionPath);
        return new IndicatorRecord(e.value, e.maxValue, e.unit, e.qualifier, e.text, e.metric, region, e.period,
                e.sentence, e.startOffset, e.endOffset, e.change, e.basis);
    }

    public static PostRecord toRecord(Post p) {
        return new PostRecord(p.id, p.source, p.title, p.publishedAt, p.categories, p.tags, p.text);
    }

    static Integer yearOf(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = LEADING_YEAR.matcher(period);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static List<String> path(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(PATH_SEPARATOR));
    }
}
