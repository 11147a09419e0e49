package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.DictionaryWords;

/**
 * Varieties of a thing described after them (25个品种的郁金香绘就出…) are that thing's varieties (郁金香品种), and a count
 * before them (1万多株50多个品种的三角梅) counts the thing itself (三角梅); what the thing does names neither. A noun run on
 * past a short name is cut to its first word.
 */
final class Varieties {
    private static final String VARIETY = "品种";
    private static final String OF = Phrases.MODIFIER;
    /** The thing of a variety is a name this long (水稻, 三角梅, 郁金香); a longer run holds its predicate. */
    private static final int MIN_THING = 2;
    private static final int MAX_THING = 4;

    private Varieties() {
    }

    /** The thing's varieties, or the thing, for a count before 品种的; else the label's right part as it was. */
    static String named(QuantityScope scope, String right) {
        String afterAmount = scope.right(false);
        if (!scope.quantity.counted() || !afterAmount.startsWith(VARIETY + OF)) {
            return right;
        }
        String rest = afterAmount.substring(VARIETY.length() + OF.length());
        String thing = MeasureWords.withoutTrailingMeasure(Phrases.after(rest, false));
        thing = thing.length() > MAX_THING ? DictionaryWords.firstWord(thing) : thing;
        boolean varieties = scope.text.startsWith(VARIETY, scope.quantity.end());
        return thing.length() >= MIN_THING && Phrases.isChinese(thing) ? thing + (varieties ? VARIETY : "") : right;
    }
}
