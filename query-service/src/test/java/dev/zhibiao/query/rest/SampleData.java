package dev.zhibiao.query.rest;

import dev.zhibiao.contract.IndicatorRecord;
import dev.zhibiao.contract.IndicatorsExtracted;
import dev.zhibiao.contract.Json;
import dev.zhibiao.contract.PostRecord;
import dev.zhibiao.contract.RegionRef;
import dev.zhibiao.contract.Topics;
import dev.zhibiao.query.TestEvents;
import dev.zhibiao.testinfra.KafkaTestClient;
import org.eclipse.microprofile.config.ConfigProvider;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Two posts about places of a made-up province 97 (so no other test's data falls into its subtree), sent through
 * Kafka like the extractor sends them. Facts a–g:
 * <pre>
 * post  fact metric          value     unit qualifier  region       period   other
 * P1    a    村集体经济总收入   20265500  元   EXACT      乙县 970101   2021
 * P1    b    村集体经济收入     233000    元   MORE_THAN  丁村 (village) 2022    sentence has a comma
 * P1    c    驻村工作队员       194       名   EXACT      戊县 970102   —        (post published 2023-03-01)
 * P1    d    粮食产量           5.2       %    EXACT      甲市 9701     2023-Q2  INCREASE
 * P2    e    村集体经济收入     250000    元   EXACT      丁村          2023-01
 * P2    f    村集体经济收入     300000    元   EXACT      丁村          2023-05
 * P2    g    人均可支配收入     15000     元   APPROX     乙县          2023     sentence has a script tag
 * </pre>
 * P1 is in category economy, P2 in other.
 */
public final class SampleData {
    public static final String P1 = "sample-97-economy";
    static final String P2 = "sample-97-income";
    public static final String PROVINCE = "97";
    static final int TOTAL = 7;

    static final RegionRef JIA = region("甲市", "9701", "PREFECTURE", "测试省", "甲市");
    static final RegionRef YI = region("乙县", "970101", "COUNTY", "测试省", "甲市", "乙县");
    static final RegionRef WU = region("戊县", "970102", "COUNTY", "测试省", "甲市", "戊县");
    static final RegionRef DING = region("丁村", "970101001001", "VILLAGE", "测试省", "甲市", "乙县", "丙镇", "丁村");
    /** 丁村 as a post writes it: the region table and the series keep its official name, the last of its path. */
    static final RegionRef DING_AS_WRITTEN = region("丁家村", "970101001001", "VILLAGE", "测试省", "甲市", "乙县", "丙镇", "丁村");
    public static final String SCRIPT_SENTENCE = "<script>alert('x')</script>乙县人均可支配收入约1.5万元。";

    private static boolean stored;

    private SampleData() {
    }

    /** Sends both posts once per test run and waits until all their facts are queryable. */
    public static synchronized void ensureStored() {
        if (stored) {
            return;
        }
        send(event(P1, "economy", "2023-03-01T10:00:00+08:00", List.of(
                fact("2026.55万元", "20265500", "元", "EXACT", "村集体经济总收入", YI, "2021",
                        "2021年乙县村集体经济总收入达2026.55万元。", null),
                fact("23.3万余元", "233000", "元", "MORE_THAN", "村集体经济收入", DING, "2022",
                        "2022年丁村村集体经济收入23.3万余元, 创新高。", null),
                fact("194名", "194", "名", "EXACT", "驻村工作队员", WU, null, "全县选派驻村工作队员194名。", null),
                fact("5.2%", "5.2", "%", "EXACT", "粮食产量", JIA, "2023-Q2", "二季度粮食产量同比增长5.2%。", "INCREASE"))));
        send(event(P2, "other", "2024-01-15T09:00:00+08:00", List.of(
                fact("25万元", "250000", "元", "EXACT", "村集体经济收入", DING, "2023-01", "1月丁村村集体经济收入25万元。", null),
                fact("30万元", "300000", "元", "EXACT", "村集体经济收入", DING_AS_WRITTEN, "2023-05",
                        "5月丁家村村集体经济收入30万元。", null),
                fact("1.5万元", "15000", "元", "APPROX", "人均可支配收入", YI, "2023", SCRIPT_SENTENCE, null))));
        TestEvents.await(() -> given().queryParam("region", PROVINCE).queryParam("includeSubregions", true)
                .get("/api/indicators").then().extract().path("total"), TOTAL, "the sample facts");
        stored = true;
    }

    static void send(IndicatorsExtracted event) {
        new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .send(Topics.INDICATORS, event.post().id(), Json.write(event));
    }

    static IndicatorsExtracted event(String postId, String category, String published, List<IndicatorRecord> facts) {
        String text = postId + "\n" + String.join("\n", facts.stream().map(IndicatorRecord::sentence).toList());
        PostRecord post = new PostRecord(postId, postId + ".md", "测试 " + postId, OffsetDateTime.parse(published),
                List.of(category), List.of(), text);
        return new IndicatorsExtracted("event-" + postId, "1.0.0", Instant.now(), post, facts.stream()
                .map(f -> withOffsets(f, text)).toList());
    }

    static IndicatorRecord fact(String text, String value, String unit, String qualifier, String metric, RegionRef region,
                                String period, String sentence, String change) {
        return new IndicatorRecord(new BigDecimal(value), null, unit, qualifier, text, metric, region, period, sentence,
                0, 0, change, change == null ? null : "YEAR_ON_YEAR");
    }

    /** Sets start/end to where the fact's text stands in the post's text, as the extractor does. */
    private static IndicatorRecord withOffsets(IndicatorRecord f, String postText) {
        int start = postText.indexOf(f.sentence()) + f.sentence().indexOf(f.text());
        return new IndicatorRecord(f.value(), f.max(), f.unit(), f.qualifier(), f.text(), f.metric(), f.region(),
                f.period(), f.sentence(), start, start + f.text().length(), f.change(), f.basis());
    }

    static RegionRef region(String name, String code, String level, String... path) {
        return new RegionRef(name, code, level, List.of(path), String.join(" > ", path));
    }
}
