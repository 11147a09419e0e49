package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Segmenter;
import java.util.List;

/**
 * A temperature in degrees Celsius written with a bare Latin C for ℃ (年均气温2.1C, 水温保持在18C左右): read as ℃ only in
 * a clause that names a temperature before the number, since a C after digits is far more often part of a code, a
 * model or a grade (9C, C919, 4C3).
 */
final class LatinCelsius {
    private static final char C = 'C';
    private static final UnitLexicon.Unit CELSIUS = new UnitLexicon.Unit("C", "℃", UnitLexicon.Kind.MEASURE);
    /** Words naming a temperature (气温, 平均温度, 水温, 地温, 最低温). */
    private static final List<String> TEMPERATURES = List.of("气温", "温度", "水温", "地温", "低温", "高温", "体温");
    /** 温度计, 体温计: a thermometer, whose model may be written in digits and a C (温度计型号5C). */
    private static final char METER = '计';
    /**
     * Han characters a temperature's C may run into (2.1C以上, 18C左右, 零下5C时, 降至-8C后, -20C环境下, 25C的高温); any other Han makes the C part
     * of a word (4C快充, 2C倍率, 3C产品, 3C认证, 100C评级).
     */
    private static final String AFTER = "以左上下至到时后的和与及或之环条";
    /** How far before the number its clause may name the temperature (年平均气温约为 2.1C). */
    private static final int REACH = 12;

    private LatinCelsius() {
    }

    /** ℃ written as C at {@code k} after a number starting at {@code start} in a temperature's clause, else null. */
    static UnitLexicon.Unit at(CharSequence t, int start, int k) {
        if (k >= t.length() || t.charAt(k) != C || k + 1 < t.length() && (NumeralChars.isAsciiLetter(t.charAt(k + 1))
                || NumeralChars.isArabicDigit(t.charAt(k + 1))
                || HanCharacters.isHan(t.charAt(k + 1)) && AFTER.indexOf(t.charAt(k + 1)) < 0)) {
            return null;
        }
        for (int i = start - 1; i >= Math.max(0, start - REACH) && !Segmenter.endsClause(t.charAt(i)); i--) {
            int at = i;
            if (TEMPERATURES.stream().anyMatch(w -> NumeralScanner.regionMatches(t, at, w)
                    && !(at + w.length() < t.length() && t.charAt(at + w.length()) == METER))) {
                return CELSIUS;
            }
        }
        return null;
    }
}
