package dev.zhibiao.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Payloads with every optional field set, as the producers build them. */
final class SampleEvents {
    private SampleEvents() {
    }

    static RawPost rawPost() {
        return new RawPost("2022-06-10-tiandong", "2022-06-10-tiandong.md", "---\ntitle: 田东\n---\n<p>正文</p>",
                Instant.parse("2024-03-18T08:00:00Z"));
    }

    static IndicatorsExtracted indicatorsExtracted() {
        RegionRef county = new RegionRef("田东县", "451022", "COUNTY", List.of("广西壮族自治区", "百色市", "田东县"),
                "广西壮族自治区 > 百色市 > 田东县");
        String sentence = "2021年该县村集体经济总收入达2026.55万元，同比增长21.2%。";
        IndicatorRecord income = new IndicatorRecord(new BigDecimal("20265500"), null, "元", "EXACT", "2026.55万元",
                "村集体经济总收入", county, "2021", sentence, 14, 23, null, null);
        IndicatorRecord growth = new IndicatorRecord(new BigDecimal("21.2"), new BigDecimal("22"), "%", "RANGE", "21.2%",
                "村集体经济总收入", county, "2021", sentence, 28, 33, "INCREASE", "YEAR_ON_YEAR");
        PostRecord post = new PostRecord("2022-06-10-tiandong", "2022-06-10-tiandong.md", "田东县村集体经济稳步增长",
                OffsetDateTime.parse("2022-06-10T07:44:04+08:00"), List.of("sample"), List.of("测试"), "标题\n" + sentence);
        return new IndicatorsExtracted("evt-0123456789abcdef", "0.1.0", Instant.parse("2024-03-18T08:00:01Z"), post,
                List.of(income, growth));
    }
}
