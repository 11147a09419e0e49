package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.Segmenter;

/**
 * Measure words given only in brackets after an amount without a unit (出栏各类牲畜10.5万（头只匹）, 存栏3000（头、只）): the
 * amount counts the things they count, in the first of them as the unit (as 18.86万只（头、匹） is in 只); the bracket is
 * part of the amount's text; so is a bracket of them after a measure word (8100万台（套）: counted in 台).
 */
final class BracketedCounters {
    /** What may stand between the measure words (头、只、匹, 头/只). */
    private static final String SEPARATORS = "、，,/／";
    /** Characters of the longest such bracket, brackets included (（头、只、匹、羽）). */
    private static final int MAX_LENGTH = 10;

    private BracketedCounters() {
    }

    /**
     * A measure word at {@code k} with other measure words bracketed right after it (8100万台（套）, 60余万头（只）), written
     * over the bracket and reported as the measure word (台, 头); else the measure word alone.
     */
    static UnitLexicon.Unit withAlternatives(CharSequence t, int k, UnitLexicon.Unit counter) {
        UnitLexicon.Unit bracket = counter.kind() == UnitLexicon.Kind.COUNT
            ? at(t, k + counter.written().length()) : null;
        return bracket == null ? counter
            : new UnitLexicon.Unit(counter.written() + bracket.written(), counter.unit(), UnitLexicon.Kind.COUNT);
    }

    /** The measure words bracketed at {@code k} as one unit written over the bracket, else null. */
    static UnitLexicon.Unit at(CharSequence t, int k) {
        if (k >= t.length() || Segmenter.OPENING_BRACKETS.indexOf(t.charAt(k)) < 0) {
            return null;
        }
        String first = null;
        int i = k + 1;
        while (i < t.length() && i - k < MAX_LENGTH) {
            char c = t.charAt(i);
            if (Segmenter.CLOSING_BRACKETS.indexOf(c) >= 0) {
                return first == null ? null
                    : new UnitLexicon.Unit(t.subSequence(k, i + 1).toString(), first, UnitLexicon.Kind.COUNT);
            }
            if (first != null && SEPARATORS.indexOf(c) >= 0) {
                i++;
                continue;
            }
            UnitLexicon.Unit counter = UnitLexicon.match(t, i);
            if (counter == null || counter.kind() != UnitLexicon.Kind.COUNT) {
                return null;
            }
            first = first == null ? counter.unit() : first;
            i += counter.written().length();
        }
        return null;
    }
}
