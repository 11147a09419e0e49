package dev.zhibiao.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "'1,100.9', 1100.9", "１２３, 123", "2026.55, 2026.55", "三百二十, 320", "两万, 20000", "一千零五, 1005",
        "〇, 0", "零, 0", "壹贰叁, 123", "伍佰陆拾, 560", "捌仟玖佰, 8900", "廿, 20", "卅, 30", "廿五, 25",
        "十五点八万, 158000", "二〇二一, 2021", "2026.55万, 20265500", "3万4000, 34000", "25万6千, 256000",
        "'1,100.9亿', 110090000000", "1.2万亿, 1200000000000", "一万三, 13000", "四百五, 450", "两千三点一, 2300.1",
        "四万万, 400000000", "五亿零六, 500000006", "十, 10", "负三十二, -32", "-10000, -10000", "500余万, 5000000",
        "十几万, 100000", "3/4, 0.75", "三成, 0.3", "百分之十二, 0.12", "12%, 0.12", "千分之五, 0.005", "2e5, 200000",
        "一百万又五十万分之二十五, 1000000.00005"
    })
    void parses(String numeral, String expected) {
        BigDecimal value = ChineseNumbers.parse(numeral.strip());
        assertEquals(0, new BigDecimal(expected.strip()).compareTo(value), numeral + " → " + value);
    }

    @ParameterizedTest
    @CsvSource({"百分之十二, 12", "三成, 30", "12%, 12", "千分之五, 0.5", "三成半, 35"})
    void parsesPercent(String numeral, String expected) {
        assertEquals(0, new BigDecimal(expected.strip()).compareTo(ChineseNumbers.parsePercent(numeral)));
    }

    @ParameterizedTest
    @CsvSource({"三分之一", "1/3"})
    void thirds(String numeral) {
        BigDecimal third = ChineseNumbers.parse(numeral);
        assertTrue(third.subtract(new BigDecimal("0.3333333333")).abs().compareTo(new BigDecimal("1e-9")) < 0, third::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "万", "abc", "十五五", "1..2", "点"})
    void rejects(String numeral) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> ChineseNumbers.parse(numeral));
        assertTrue(e.getMessage().contains(numeral), e.getMessage());
    }
}
