package dev.zhibiao.engine.quantity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spans that name a period (前11个月) and digit counts (两位数) are not amounts; 场次 is one measure word. */
class PeriodSpansAndSizesTest {
    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer();

    private static List<String> texts(String text) {
        return RECOGNIZER.find(text).stream().map(Quantity::text).toList();
    }

    @Test
    void leadingMonthsOfAYearAreAPeriod() {
        assertEquals(List.of("3.6%"), texts("前11个月，全国规模以上工业增加值同比增长3.6%。"));
        assertEquals(List.of("5%"), texts("头两个月出口增长5%。"));
    }

    @Test
    void aheadOfScheduleIsStillADuration() {
        assertEquals(List.of("3个月"), texts("项目提前3个月完成。"));
    }

    @Test
    void digitCountsAreSizesNotPersons() {
        assertEquals(List.of(), texts("实现两位数增长。"));
        assertEquals(List.of("24位"), texts("共有24位代表发言。"));
    }

    @Test
    void performancesAreCountedInWholeMeasureWords() {
        Quantity q = RECOGNIZER.find("全年演出3.11万场次。").get(0);
        assertEquals("场次", q.unit());
        assertEquals(0, new BigDecimal("31100").compareTo(q.value()));
    }
}
