package dev.zhibiao.query;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.contract.RegionRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Indicator events as the extractor sends them, about a made-up post of 田东县. */
public final class IndicatorEvents {
    private IndicatorEvents() {
    }

    public static IndicatorsExtracted event(String postId, String eventId, String version, List<IndicatorRecord> indicators) {
        PostRecord post = new PostRecord(postId, postId + ".md", "田东县测试", OffsetDateTime.parse("2022-06-10T07:44:04+08:00"),
                List.of("sample"), List.of("测试"), "田东县测试\n2021年该县村集体经济总收入达2026.55万元。");
        return new IndicatorsExtracted(eventId, version, Instant.now(), post, indicators);
    }

    public static IndicatorRecord indicator(String text, String value, String unit, String metric, RegionRef region,
                                            String period) {
        return new IndicatorRecord(new BigDecimal(value), null, unit, "EXACT", text, metric, region, period,
                "2021年该县村集体经济总收入达2026.55万元。", 10, 10 + text.length(), null, null);
    }
}
