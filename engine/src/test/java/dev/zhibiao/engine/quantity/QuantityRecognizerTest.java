package dev.zhibiao.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityRecognizerTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    /** Asserts that {@code text} holds exactly the amounts given as "text|value|unit|QUALIFIER" (find()). */
    static void assertFinds(String text, String... expected) {
        List<Quantity> found = RECOGNIZER.find(text);
        assertEquals(expected.length, found.size(), () -> "in " + text + ": " + found);
        for (int i = 0; i < expected.length; i++) {
            assertQuantity(text, expected[i], found.get(i));
        }
    }

    static void assertQuantity(String source, String expected, Quantity q, String text) {
        assertQuantity(text, expected, q);
    }

    static void assertQuantity(String source, String expected, Quantity q) {
        String[] f = expected.split("\\|", -1);
        assertEquals(f[0], q.text(), () -> "text in " + source + ": " + q);
        assertEquals(f[0], source.substring(q.start(), q.end()), "offsets");
        assertEquals(0, new BigDecimal(f[1]).compareTo(q.value()), () -> "value in " + source + ": " + q);
        assertEquals(f[2], q.unit(), () -> "unit in " + source + ": " + q);
        assertEquals(Qualifier.valueOf(f[3]), q.qualifier(), () -> "qualifier in " + source + ": " + q);
    }

    @Test
    void seedSentences() {
        assertFinds("共选派第一书记和驻村工作队员194名", "194名|194|名|EXACT");
        assertFinds("落实驻村帮扶经费、专项工作经费和驻村补助等1482万余元", "1482万余元|14820000|元|MORE_THAN");
        assertFinds("本科以上学历的有145人，占74.74%", "145人|145|人|EXACT", "74.74%|74.74|%|EXACT");
        assertFinds("2021年该县村集体经济总收入达2026.55万元", "2026.55万元|20265500|元|EXACT");
        assertFinds("离岸人民币兑美元升至6.3512", "6.3512|6.3512||EXACT");
        assertFinds("所有村村集体经济年收入均达5万元以上", "5万元以上|50000|元|AT_LEAST");
    }

    /** Numerals damaged or odd in ways text in the wild can be are skipped, never a failure or seconds of arithmetic. */
    @Test
    void malformedNumeralsAreSkipped() {
        assertFinds("沿线约2/0万群众"); // a zero denominator before a multiplier
        // an exponent of six digits is a code, not 12×10^516380 (whose arithmetic took 90 s)
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFinds("代码12E516380）涨超2%", "超2%|2|%|MORE_THAN"));
        assertFinds("12E5元", "12E5元|1200000|元|EXACT");
    }

    @Test
    void aLongRunOfNumeralsIsReadInLinearTime() {
        // each of its prefixes failed to parse in turn, from each start: a 20,000-character run took over 13 minutes
        String run = "一二三四五六七八九十百千万亿".repeat(500);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertFinds(run));
    }

    @Test
    void anAmountNeverReachesBackIntoTheOneBefore() {
        String text = "0零下二度"; // 零下 would begin the second amount inside the first
        for (List<Quantity> found : List.of(RECOGNIZER.find(text), RECOGNIZER.findAll(text), RECOGNIZER.findNumerals(text))) {
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).end() <= found.get(i).start(), found::toString);
            }
        }
    }

    @Test
    void boundsInTwoParagraphsAreNoRange() {
        assertFinds("控制在1000万头以内\n超过890万头", "1000万头以内|10000000|头|AT_MOST", "超过890万头|8900000|头|MORE_THAN");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "共选派第一书记和驻村工作队员194名";
        Quantity q = RECOGNIZER.find(text).get(0);
        assertEquals(14, q.start());
        assertEquals(18, q.end());
        assertNull(q.max());
        assertNull(q.change());
        assertTrue(RECOGNIZER.findAll(text).contains(q));
    }

    @Test
    void multipliersAndUnits() {
        assertFinds("耕地17.7亿亩", "17.7亿亩|1770000000|亩|EXACT");
        assertFinds("观影人次3763万", "3763万|37630000|人次|EXACT");
        assertFinds("分别带来约7100、3150、2500亿元增量资金", "约7100|710000000000|元|APPROX",
            "3150|315000000000|元|APPROX", "2500亿元|250000000000|元|APPROX");
        assertFinds("比重分别比同期提高0.9、5.9个百分点", "0.9|0.9|个百分点|EXACT", "5.9个百分点|5.9|个百分点|EXACT");
        assertFinds("新建3、5千米的道路", "3|3|千米|EXACT", "5千米|5|千米|EXACT");
        assertFinds("上网电价为5元/兆瓦", "5元/兆瓦|5|元/兆瓦|EXACT");
        assertFinds("接待游客2万人次", "2万人次|20000|人次|EXACT");
        assertFinds("总额3.98万亿元", "3.98万亿元|3980000000000|元|EXACT");
        assertFinds("价格500元/吨", "500元/吨|500|元/吨|EXACT");
        // a rate's denominator may be a product of words joined by a dot: per student and year
        assertFinds("标准为1900元/生•年；", "1900元/生•年|1900|元/生•年|EXACT");
        assertFinds("补助500元/人·月", "500元/人·月|500|元/人·月|EXACT");
        // a word after the slash that joins nothing is no denominator: a date or a fraction stays outside
        assertFinds("收费100元/生，", "100元|100|元|EXACT");
        assertFinds("以363票赞成", "363票|363|票|EXACT");
        assertFinds("约人民币977.79亿元", "约人民币977.79亿元|97779000000|元|APPROX");
        assertFinds("建成12498口人", "12498口人|12498|口|EXACT");
        assertFinds("增加0.9个百分点", "0.9个百分点|0.9|个百分点|EXACT");
        assertFinds("出口100亿美元", "100亿美元|10000000000|美元|EXACT");
        assertFinds("占61％", "61％|61|%|EXACT");
        assertFinds("三百二十户", "三百二十户|320|户|EXACT");
        assertFinds("两条航线", "两条|2|条|EXACT");
    }

    @Test
    void aTemperatureBelowZeroIsNegative() {
        assertFinds("最低气温零下5℃", "零下5℃|-5|℃|EXACT");
        assertFinds("气温已经降到了零下十几度", "零下十几度|-10|度|MORE_THAN");
        assertFinds("明天最低气温零下2~5℃", "零下2~5℃|-5|℃|RANGE");
        assertEquals(0, new java.math.BigDecimal("-2").compareTo(RECOGNIZER.find("明天最低气温零下2~5℃").get(0).max()),
            "both ends below zero");
        assertRange("最低气温零下3℃至零下1℃", "零下3℃至零下1℃", "-3", "-1");
        assertRange("最低气温-3℃至-1℃", "-3℃至-1℃", "-3", "-1");
        assertRange("最低气温零下1℃至零下3℃", "零下1℃至零下3℃", "-3", "-1");
        assertRange("气温零下3℃至1℃", "零下3℃至1℃", "-3", "1"); // the low end is whole with its unit
    }

    private static void assertRange(String text, String written, String low, String high) {
        Quantity range = RECOGNIZER.find(text).get(0);
        assertEquals(written, range.text());
        assertEquals(Qualifier.RANGE, range.qualifier());
        assertEquals(0, new java.math.BigDecimal(low).compareTo(range.value()), "low end of " + written);
        assertEquals(0, new java.math.BigDecimal(high).compareTo(range.max()), "high end of " + written);
    }

    @Test
    void qualifiers() {
        assertFinds("超过300个", "超过300个|300|个|MORE_THAN");
        assertFinds("逾千人", "逾千人|1000|人|MORE_THAN");
        assertFinds("十余个", "十余个|10|个|MORE_THAN");
        assertFinds("两万多人", "两万多人|20000|人|MORE_THAN");
        assertQuantity("引洮工程惠及600万百姓", "600万百姓|6000000|人|EXACT", RECOGNIZER.findAll("引洮工程惠及600万百姓").get(0));
        assertQuantity("引洮工程惠及600万百余户", "600万|6000000||EXACT", RECOGNIZER.findAll("引洮工程惠及600万百余户").get(0));
        assertFinds("三万五百人", "三万五百人|30500|人|EXACT");
        assertFinds("至少5家", "至少5家|5|家|AT_LEAST");
        assertFinds("约1500吨", "约1500吨|1500|吨|APPROX");
        assertFinds("20%左右", "20%左右|20|%|APPROX");
        assertFinds("近两成", "近两成|20|%|APPROX");
        assertFinds("数千人", "数千人|1000|人|APPROX");
        assertFinds("上百家", "上百家|100|家|APPROX");
        assertFinds("上千万人", "上千万人|10000000|人|APPROX");
        assertFinds("上万人", "上万人|10000|人|AT_LEAST"); // said to reach ten thousand
        assertFinds("上亿元", "上亿元|100000000|元|AT_LEAST");
        assertFinds("将获得高达30%的应税收入扣减", "高达30%|30|%|AT_MOST");
        assertFinds("反对的比例高达94%。", "94%|94|%|EXACT");
        assertFinds("今年实现了高达30%的增长", "30%|30|%|EXACT");
        assertFinds("数十个", "数十个|10|个|APPROX");
        assertFinds("不足10亿港元", "不足10亿港元|1000000000|港元|LESS_THAN");
        assertFinds("3万元以下", "3万元以下|30000|元|AT_MOST");
        assertFinds("不超过5天", "不超过5天|5|天|AT_MOST");
        assertFinds("百分之十二", "百分之十二|12|%|EXACT");
        assertFinds("九成", "九成|90|%|EXACT");
    }

    @Test
    void ranges() {
        Quantity q = RECOGNIZER.find("补贴3至5万元").get(0);
        assertQuantity("补贴3至5万元", "3至5万元|30000|元|RANGE", q);
        assertEquals(0, new BigDecimal("50000").compareTo(q.max()));
        assertEquals(0, BigDecimal.valueOf(20).compareTo(RECOGNIZER.find("10-20个").get(0).max()));
        Quantity age = RECOGNIZER.find("距今2.8万—2.4万年的地层").get(0);
        assertQuantity("距今2.8万—2.4万年的地层", "2.8万—2.4万年|24000|年|RANGE", age);
        assertEquals(0, new BigDecimal("28000").compareTo(age.max()), "written from the larger end");
        Quantity repeated = RECOGNIZER.find("预计净利润1.2亿元-1.5亿元").get(0);
        assertQuantity("预计净利润1.2亿元-1.5亿元", "1.2亿元-1.5亿元|120000000|元|RANGE", repeated);
        assertEquals(0, new BigDecimal("150000000").compareTo(repeated.max()), "the dash is no sign of the high end");
        assertQuantity("毛利率20%-50%", "20%-50%|20|%|RANGE", RECOGNIZER.find("毛利率20%-50%").get(0));
        Quantity dashed = RECOGNIZER.find("价格在5万-3万元之间").get(0);
        assertQuantity("价格在5万-3万元之间", "5万-3万元|30000|元|RANGE", dashed);
        assertEquals(0, new BigDecimal("50000").compareTo(dashed.max()), "the dash after 万 is no minus sign");
        assertFinds("10～20个", "10～20个|10|个|RANGE");
        assertFinds("1000元以上1500元以下", "1000元以上1500元以下|1000|元|RANGE");
    }

    @Test
    void changes() {
        Quantity q = RECOGNIZER.find("营业收入同比增长21.2%").get(0);
        assertQuantity("", "21.2%|21.2|%|EXACT", q, "营业收入同比增长21.2%");
        assertEquals(Change.INCREASE, q.change());
        assertEquals(Basis.YEAR_ON_YEAR, q.basis());
        Quantity down = RECOGNIZER.find("环比下降3.1%").get(0);
        assertEquals(Change.DECREASE, down.change());
        assertEquals(Basis.PERIOD_ON_PERIOD, down.basis());
        Quantity points = RECOGNIZER.find("提高2个百分点").get(0);
        assertEquals(Change.INCREASE, points.change());
        assertNull(points.basis());
        Quantity times = RECOGNIZER.find("增长了20多倍").get(0);
        assertQuantity("", "20多倍|20|倍|MORE_THAN", times, "增长了20多倍");
        assertEquals(Change.INCREASE, times.change());
        List<Quantity> listed = RECOGNIZER.find("同比分别增长121.4%、87.6%和18.9%");
        assertEquals(3, listed.size());
        listed.forEach(l -> assertEquals(Basis.YEAR_ON_YEAR, l.basis()));
        assertNull(RECOGNIZER.find("收入增长到100亿元").get(0).change(), "增长到 states a level");
        assertNull(RECOGNIZER.find("营收增长5%，利润100亿元").get(1).change(), "a new clause");
    }

    @Test
    void durationsAndAges() {
        assertFinds("连续4年", "4年|4|年|EXACT");
        assertFinds("近十年", "近十年|10|年|APPROX");
        assertFinds("今年39岁", "39岁|39|岁|EXACT");
        assertFinds("连续2个月", "2个月|2|个月|EXACT");
    }

    @Test
    void notQuantities() {
        for (String text : new String[] {"2021年", "二〇二一年", "2021-2022年", "5月底", "4月20日", "19:00", "2022-06-10",
            "第一书记", "第3", "第四季度", "一季度", "前三季度", "排名第5", "十三五", "十四五", "〔2021〕5号", "5号文", "电话0771-5551234",
            "600519", "000001.SZ", "http://x.cn/a/2021/123.html", "四平村", "三角梅", "5G", "G20", "雪龙2号", "长征五号", "一线",
            "一督一访一查", "一起", "一些", "一定", "万一", "统一", "一体化", "之一", "一直", "一致", "唯一", "进一步", "一方面",
            "千万", "三农", "两会", "两委", "四不四直", "中央八项规定", "一场活动", "建党100周年", "90年代"}) {
            assertEquals(List.of(), RECOGNIZER.find(text), text);
        }
    }

    @Test
    void bareNumbersOnlyInFindAll() {
        assertEquals(List.of(), RECOGNIZER.find("编号为123的样本"));
        List<Quantity> all = RECOGNIZER.findAll("编号为123的样本");
        assertEquals(1, all.size());
        assertEquals("", all.get(0).unit());
        assertEquals(List.of(), RECOGNIZER.findAll("2021年4月20日"));
    }

    @Test
    void isThreadSafe() throws Exception {
        String text = "落实驻村帮扶经费1482万余元，同比增长21.2%，约20万群众，3至5万元";
        List<Quantity> expected = RECOGNIZER.find(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Quantity>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> RECOGNIZER.find(text)));
            }
            for (java.util.concurrent.Future<List<Quantity>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
