package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One amount stated in a text: the span as written and its normalized reading.
 *
 * @param start     offset of the first character of {@code text} in the scanned string
 * @param end       offset after the last character
 * @param text      the span as written, with multiplier and qualifier words (1482万余元, 5万元以上, 近两成)
 * @param value     normalized to the base unit (1482万余元 → 14820000); the lower bound of a range
 * @param max       upper bound of a RANGE, else null
 * @param unit      unit after removing the multiplier (万元 → 元), measure words as written, "" when none
 * @param qualifier EXACT unless the text says otherwise
 * @param change    INCREASE/DECREASE for a stated change, else null
 * @param basis     YEAR_ON_YEAR/PERIOD_ON_PERIOD for a change with a stated basis, else null
 */
public record Quantity(int start, int end, String text, BigDecimal value, BigDecimal max, String unit,
                       Qualifier qualifier, Change change, Basis basis) {
    public Quantity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** True when the unit is a physical one (吨, 公里, 亩, 千瓦): the amount may describe a thing (350吨龙门吊). */
    public boolean physical() {
        UnitLexicon.Unit u = UnitLexicon.match(unit, 0);
        return u != null && u.kind() == UnitLexicon.Kind.MEASURE && u.written().length() == unit.length();
    }

    /** True when the unit is a measure word of things counted (个, 家, 名, 架): the count may be of a noun described after it. */
    public boolean counted() {
        return UnitLexicon.kindOf(unit) == UnitLexicon.Kind.COUNT;
    }

    /** True when the number has no unit or measure word (a rate, a price, an index value, or a bare count). */
    public boolean unitless() {
        return unit.isEmpty();
    }
}
