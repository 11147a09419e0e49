package dev.zhibiao.engine.quantity;

import static dev.zhibiao.engine.quantity.QuantityRecognizerTest.assertFinds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Qualifiers and changes stated a few words away from the number, as real news writes them. */
class QualifiersAndChangesTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    /** The change and basis of the only amount of {@code text}, as "CHANGE BASIS" (null for none). */
    private static String changeOf(String text) {
        List<Quantity> found = RECOGNIZER.find(text);
        assertEquals(1, found.size(), () -> text + ": " + found);
        return found.get(0).change() + " " + found.get(0).basis();
    }

    @Test
    void aDescendingRangeWithBothUnitsWrittenIsARange() {
        assertFinds("判处有期徒刑十五年至十年", "十五年至十年|10|年|RANGE");
        assertFinds("并处没收个人财产五百万元至六十万元", "五百万元至六十万元|600000|元|RANGE");
        assertFinds("比重分别提高5.4个和7.5个百分点", "5.4个|5.4|个百分点|EXACT", "7.5个百分点|7.5|个百分点|EXACT");
        assertFinds("共建成5个和8个村", "5个|5|个|EXACT", "8个|8|个|EXACT");
    }

    @Test
    void aDurationWithin内IsALimit() {
        assertFinds("印方表示将在3个月内公布坠机事故调查报告", "3个月|3|个月|AT_MOST");
        assertFinds("两个月内便更新迭代了版本", "两个月|2|个月|AT_MOST");
        assertFinds("用了三个月内容才完成", "三个月|3|个月|EXACT");
        assertFinds("长三角41个城市之间基本实现4小时车程内通达", "41个|41|个|EXACT", "4小时|4|小时|AT_MOST");
        assertFinds("距市区1小时车程", "1小时|1|小时|EXACT");
        assertFinds("去年果价是五块多一斤", "五块多一斤|5|元/斤|MORE_THAN");
        assertFinds("流转土地每年500元一亩，花3元坐一个月", "500元一亩|500|元/亩|EXACT", "3元|3|元|EXACT", "一个月|1|个月|EXACT");
        assertFinds("三块地种了玉米", "三块|3|块|EXACT");
        assertFinds("两年内乡县共实施项目50个", "两年|2|年|EXACT", "50个|50|个|EXACT");
    }

    @Test
    void aBoundBeforeTheVerbOfAShareBoundsTheShare() {
        assertFinds("约占全部发电量的31.3%", "31.3%|31.3|%|APPROX");
        assertFinds("黄淮海冬小麦面积约占全国小麦面积八成", "八成|80|%|APPROX");
        assertFinds("中国6G专利申请量在全球约占40.3%", "40.3%|40.3|%|APPROX");
        assertFinds("二产占比36.6%", "36.6%|36.6|%|EXACT");
        assertFinds("公司长期合约占全部销量的70%", "70%|70|%|EXACT");
        assertFinds("最近占全市新房成交量的45%", "45%|45|%|EXACT");
    }

    @Test
    void moreAfterADurationOrMeasureIsMoreThanIt() {
        assertFinds("设计团队用了三年多的时间", "三年多|3|年|MORE_THAN");
        assertFinds("现在距夏收还有一个多月时间", "一个多月|1|个月|MORE_THAN");
        assertFinds("经过4个多小时的紧张救援", "4个多小时|4|小时|MORE_THAN");
        assertFinds("重3公斤多", "3公斤多|3|公斤|MORE_THAN");
        assertFinds("3年多次获奖", "3年|3|年|EXACT");
    }

    @Test
    void boundWordBeforeAModalReachesTheAmount() {
        assertFinds("日最多可接纳游客2000人次", "2000人次|2000|人次|AT_MOST");
        assertFinds("单笔贷款最高可达50万元", "50万元|500000|元|AT_MOST");
        assertFinds("每户至少要种植3亩", "3亩|3|亩|AT_LEAST");
        // 至少 also reaches over a short verb (each village builds at least one)
        assertFinds("每个行政村至少建设一个服务站", "一个|1|个|AT_LEAST");
        // 至少 before an A相当于B的 phrase bounds the share after it
        assertFinds("减产幅度至少相当于俄罗斯原油产量的5%", "5%|5|%|AT_LEAST");
        assertFinds("队员至少遍访一次全村农户", "一次|1|次|AT_LEAST");
        assertFinds("最高达5000元", "最高达5000元|5000|元|AT_MOST");
    }

    @Test
    void boundWordBeforeAnOfPhrase() {
        assertFinds("贷款额度不低于总投资的20%", "20%|20|%|AT_LEAST");
        // a time before the 的: the amount measured then, the base of a comparison
        assertFinds("工业增加值增长5%，低于去年同期的7%", "5%|5|%|EXACT", "7%|7|%|EXACT");
        assertFinds("平均利率为6.83%，高于一周前的6.62%", "6.83%|6.83|%|EXACT", "6.62%|6.62|%|EXACT");
        assertFinds("签约3个项目，节约20%", "3个|3|个|EXACT", "20%|20|%|EXACT");
        assertFinds("开挖一条约一百米长的退水口", "约一百米|100|米|APPROX");
        assertFinds("两国签订条约3份", "3份|3|份|EXACT");
        assertFinds("北约20个成员国，纽约3名警察", "20个|20|个|EXACT", "3名|3|名|EXACT");
        assertFinds("河北约有7400万常住人口", "约有7400万常住人口|74000000|人|APPROX"); // people after a word: 人
        assertFinds("降雨过程持续约3小时", "约3小时|3|小时|APPROX");
        assertFinds("位于县城以北约15公里处，苏北约有1200万人", "约15公里|15|公里|APPROX", "约有1200万人|12000000|人|APPROX");
        assertFinds("与俱乐部续约3年", "3年|3|年|EXACT");
        assertFinds("获准发行不超60亿元人民币无固定期限资本债券", "不超60亿元人民币|6000000000|元|AT_MOST");
        assertFinds("增幅不超出3%，涨幅不会超过5%", "不超出3%|3|%|AT_MOST", "不会超过5%|5|%|AT_MOST");
        assertFinds("业务量达185万标箱，超过去年全年总量的181.8万标箱", "185万标箱|1850000|标箱|EXACT",
                "181.8万标箱|1818000|标箱|EXACT");
        assertFinds("每人补贴不少于500元的标准", "不少于500元|500|元|AT_LEAST");
        // "about" makes an amount with 余/多 approximate as a whole
        assertFinds("养殖肉牛大约200多头", "大约200多头|200|头|APPROX");
        // crossing a mark: above it, or below it
        assertFinds("上证指数站上3600点", "站上3600点|3600|点|MORE_THAN");
        assertFinds("全省GDP迈上11万亿元新台阶", "迈上11万亿元|11000000000000|元|MORE_THAN");
        assertFinds("股价跌破10元", "跌破10元|10|元|LESS_THAN");
        assertFinds("火车站上3000名旅客滞留", "3000名|3000|名|EXACT");
        // a rule that forbids less sets a lower bound, one that forbids more an upper bound
        assertFinds("路基宽度不得小于4.5米", "不得小于4.5米|4.5|米|AT_LEAST");
        assertFinds("错车道每公里不得少于3处", "不得少于3处|3|处|AT_LEAST");
        assertFinds("单笔贷款不能超过5万元", "不能超过5万元|50000|元|AT_MOST");
        assertFinds("占比不超过营业收入的5%", "5%|5|%|AT_MOST");
    }

    @Test
    void farBoundWordsDoNotReachOverNumeralsOrOtherPhrases() {
        assertFinds("最多的村有300户", "300户|300|户|EXACT");
        assertFinds("超过先前最高纪录2015年的5050万只", "5050万只|50500000|只|EXACT");
        assertFinds("由十年前的不足百个发展到目前的1735个", "不足百个|100|个|LESS_THAN", "1735个|1735|个|EXACT");
        assertFinds("最多能看到的景色有限，游客2000人次", "2000人次|2000|人次|EXACT");
    }

    @Test
    void levelsAsHighAsAreExact() {
        assertFinds("投资额高达3亿元", "3亿元|300000000|元|EXACT");
        assertFinds("产量达到1万吨以上", "1万吨以上|10000|吨|AT_LEAST");
        assertEquals("null null", changeOf("投资额高达3亿元"));
    }

    @Test
    void basisWordsBeforeTheVerb() {
        assertEquals("INCREASE YEAR_ON_YEAR", changeOf("地区生产总值比上年增长4.1%"));
        assertEquals("DECREASE YEAR_ON_YEAR", changeOf("出口额较上年同期下降了7%"));
        assertEquals("INCREASE YEAR_ON_YEAR", changeOf("平均亩产比去年增加182斤"));
        assertEquals("DECREASE PERIOD_ON_PERIOD", changeOf("较上月下降0.5个百分点"));
        assertEquals("INCREASE PERIOD_ON_PERIOD", changeOf("新订单指数较上月上升3.6个百分点"));
        assertEquals("DECREASE PERIOD_ON_PERIOD", changeOf("环比回落2.1%"));
        assertEquals("INCREASE null", changeOf("较2021年增长20%"), "a named year is no stated basis");
    }

    @Test
    void verbsAFewWordsBeforeTheNumber() {
        assertEquals("INCREASE YEAR_ON_YEAR", changeOf("全年粮食产量同比增长了3.5%"));
        assertEquals("INCREASE YEAR_ON_YEAR", changeOf("销售额同比增长幅度达到了12%"));
        assertEquals("INCREASE null", changeOf("营业收入增长率为5%"));
        assertEquals("DECREASE YEAR_ON_YEAR", changeOf("利润同比收窄15%"));
        assertEquals("DECREASE null", changeOf("降低了3个百分点"));
        assertEquals("DECREASE null", changeOf("负面清单压缩了6.1%"), "a cut");
        assertEquals("DECREASE null", changeOf("会议经费削减10%"));
        assertEquals("INCREASE null", changeOf("反弹幅度已超过30%"));
        assertEquals("null null", changeOf("税率为13%"));
        assertEquals("null null", changeOf("身高为180厘米"));
        assertEquals("null null", changeOf("下降至5%"));
    }

    /** Guidelines: 增速/增幅/涨幅 state a rate of growth (gold: 股价涨幅超9%, 2日累计涨幅15% are INCREASE). */
    @Test
    void growthRatesAreIncreases() {
        assertEquals("INCREASE null", changeOf("GDP增速为5.2%"));
        assertEquals("INCREASE null", changeOf("增幅为8%"));
        assertEquals("DECREASE PERIOD_ON_PERIOD", changeOf("环比降幅为7.6%"));
    }

    @Test
    void financeMovesInBasisPointsAndPercentagePoints() {
        assertFinds("美债收益率涨超200个基点", "超200个基点|200|基点|MORE_THAN");
        assertEquals("INCREASE null", changeOf("美债收益率涨超200个基点"));
        assertFinds("比去年同期低29个基点", "29个基点|29|基点|EXACT");
        assertEquals("DECREASE YEAR_ON_YEAR", changeOf("比去年同期低29个基点"));
        assertFinds("上调25个基点", "25个基点|25|基点|EXACT");
        assertEquals("INCREASE null", changeOf("累计加息幅度达500个基点"));
        assertFinds("提高2个百分点", "2个百分点|2|个百分点|EXACT");
        assertFinds("跌超3%", "超3%|3|%|MORE_THAN");
        assertEquals("DECREASE null", changeOf("跌超3%"));
    }
}
