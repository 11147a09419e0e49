package dev.zhibiao.engine.quantity;

import java.util.Set;

/**
 * Latin acronyms of economic indicators (GDP, CPI, PPI, PMI): written right before a number with a multiplier or a unit
 * of money, share or multiple (2008年GDP117亿元, CPI2.1%) they name what the amount measures, as 生产总值 would before
 * it; other letters glued to a number make a code with it (G20, MH370, iPhone15), and so does an acronym before a bare
 * number (PMI49) or a time (GDP5年翻番, CPI3个月连降: the time it took, no figure of the indicator).
 */
final class IndicatorAcronyms {
    private static final Set<String> ACRONYMS = Set.of("GDP", "GNP", "GNI", "CPI", "PPI", "PMI");
    /** What such indicators are stated in. */
    private static final Set<UnitLexicon.Kind> INDICATOR_UNITS =
        Set.of(UnitLexicon.Kind.CURRENCY, UnitLexicon.Kind.SHARE, UnitLexicon.Kind.MULTIPLE);

    private IndicatorAcronyms() {
    }

    /** Whether the numeral at {@code start..end} is an amount labelled by an indicator's acronym right before it. */
    static boolean labelsAmountAt(CharSequence t, int start, int end) {
        int k = start;
        while (k > 0 && NumeralChars.isAsciiLetter(t.charAt(k - 1))) {
            k--;
        }
        if (!ACRONYMS.contains(t.subSequence(k, start).toString())) {
            return false;
        }
        UnitLexicon.Unit unit = UnitLexicon.match(t, end);
        return unit == null ? NumeralChars.isBigUnit(t.charAt(end - 1)) : INDICATOR_UNITS.contains(unit.kind());
    }
}
