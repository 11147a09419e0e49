package dev.zhibiao.engine.quantity;

import static dev.zhibiao.engine.quantity.QuantityRecognizerTest.assertFinds;
import static dev.zhibiao.engine.quantity.QuantityRecognizerTest.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notations of the number layer: money, bounds and comparisons, mixed numbers, and the number model's reading. */
class NumberLayerReadingsTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    private static List<String> numerals(String text) {
        return RECOGNIZER.findNumerals(text).stream().map(q -> q.text() + "=" + q.value().toPlainString()).toList();
    }

    @Test
    void money() {
        assertFinds("价格$20，300美元", "$20|20|美元|EXACT", "300美元|300|美元|EXACT");
        assertFinds("售价￥300", "￥300|300|元|EXACT");
        assertFinds("这个手机壳五元三毛", "五元三毛|5.3|元|EXACT");
        assertFinds("50元6角三分", "50元6角三分|50.63|元|EXACT");
        assertFinds("两美元又三美分", "两美元又三美分|2.03|美元|EXACT");
        assertFinds("花费我三块", "三块|3|元|EXACT");
        assertFinds("三块钱", "三块钱|3|元|EXACT");
        assertFinds("每人有2000元钱的纯收入", "2000元钱|2000|元|EXACT");
        assertFinds("买了10元钱包", "10元|10|元|EXACT");
        assertFinds("卖了三块地", "三块|3|块|EXACT");
        assertFinds("收费5元3分钟", "5元|5|元|EXACT", "3分钟|3|分钟|EXACT");
    }

    @Test
    void boundsWrittenAsSymbolsAndComparisons() {
        assertFinds("精度<1%", "<1%|1|%|LESS_THAN");
        assertFinds("中位数≥50元", "≥50元|50|元|AT_LEAST");
        assertFinds("小于 或 等于100个", "小于 或 等于100个|100|个|AT_MOST");
        assertFinds("年龄比三十岁大一些", "比三十岁大|30|岁|MORE_THAN");
        assertFinds("比3%高出很多", "3%|3|%|EXACT");
        assertFinds("身高在 170厘米 之下", "170厘米 之下|170|厘米|AT_MOST");
    }

    @Test
    void rangesWithBlanksMultipliersAndBetween() {
        assertFinds("大概有20 - 100个", "大概有20 - 100个|20|个|RANGE");
        assertFinds("市场价为6元-10元一斤", "6元-10元一斤|6|元/斤|RANGE");
        assertFinds("帮助25万种植户、70万果农增收", "25万种植户|250000|户|EXACT", "70万果农|700000|人|EXACT");
        assertFinds("全县有3种植物", "3种|3|种|EXACT");
        Quantity salary = RECOGNIZER.findAll("5k-20k").get(0);
        assertQuantity("5k-20k", "5k-20k|5000||RANGE", salary);
        assertEquals(0, BigDecimal.valueOf(20000).compareTo(salary.max()));
        assertEquals(List.of(), RECOGNIZER.findAll("0771-5551234"), "a hyphen without unit or multipliers joins a code");
        Quantity between = RECOGNIZER.findAll("10000与20000间").get(0);
        assertQuantity("10000与20000间", "10000与20000间|10000||RANGE", between);
        assertFinds("10间与20间", "10间|10|间|EXACT", "20间|20|间|EXACT");
    }

    @Test
    void mixedNumbersAndSpacedShares() {
        assertQuantity("", "三 百 五 又 三 分之 一|350.3333333333333333||EXACT", RECOGNIZER.findAll("三 百 五 又 三 分之 一").get(0),
            "三 百 五 又 三 分之 一");
        assertQuantity("", "1 3/5|1.6||EXACT", RECOGNIZER.findAll("1 3/5").get(0), "1 3/5");
        assertQuantity("", "十一又十四分之一|11.07142857142857143||EXACT", RECOGNIZER.findAll("十一又十四分之一").get(0), "十一又十四分之一");
        assertFinds("六   个 百 分点", "六   个 百 分点|6|个百分点|EXACT");
        assertFinds("打对折", "对折|50|%|EXACT");
        assertFinds("将纸对折", new String[0]);
        assertFinds("半成", "半成|5|%|EXACT");
        assertQuantity("", "-2.5 M|-2500000||EXACT", RECOGNIZER.findAll("-2.5 M").get(0), "-2.5 M");
    }

    /** findNumerals reads what find never reports: ordinals, dates, phone numbers, 打; find is unchanged on them. */
    @Test
    void numeralsReadEveryNumberOnItsOwn() {
        assertEquals(List.of("零十=10"), numerals("第零十刃"));
        assertEquals(List.of("1991=1991", "1=1", "16=16"), numerals("1991年1月16日"));
        assertEquals(List.of("1502222=1502222", "二百五=250", "二=2"), numerals("1502222, 二百五, 还有二分之。"));
        assertEquals(List.of("五十打=600", "半百=50"), numerals("五十打，半百"));
        assertEquals(List.of("3=3", "5=5"), numerals("3至5"), "no ranges: each number on its own");
        for (String text : new String[] {"第零十刃", "1991年1月16日", "电话1502222", "五十打"}) {
            assertEquals(List.of(), RECOGNIZER.find(text), text);
        }
    }
}
