package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.DictionaryWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts that state a quantity though no unit is written: a count in 万 or 亿 after Arabic digits (成交额近5亿,
 * 可增加1400万采矿量) or alone after a bound (突破万亿), a fraction (约五分之三, 超过一半) and a ratio to one (收入比由5：1
 * 缩小到2.6：1, read as its first term). A bare number without them (编号为123) is left to findAll.
 */
final class UnitlessAmounts {
    private static final Pattern MULTIPLIED = Pattern.compile("[0-9０-９][0-9０-９.,]*(?:多|余)?[万亿]");
    /** Bounds after which a multiplier alone is its value (近千个, 超千万次, 不足百个, 突破万亿, 过亿亩, 破亿元). */
    static final String BOUNDS_BEFORE_MULTIPLIER = "近 约 逾 超 超过 突破 过 破 不足 不到";
    /** 万 and 亿 alone (万亿), which stand for their value after a bound. */
    private static final String LONE_MULTIPLIERS = "[万亿]+";
    private static final Pattern LONE_MULTIPLIER = Pattern.compile(LONE_MULTIPLIERS);
    /** 万 and 亿 standing for their value after a bound (资产规模突破万亿, 超万亿): no digits, still an amount. */
    private static final Pattern BOUNDED_MULTIPLIER =
        Pattern.compile("^(?:" + BOUNDS_BEFORE_MULTIPLIER.replace(' ', '|') + ")" + LONE_MULTIPLIERS + "$");
    private static final String FRACTION_MARK = "分之";
    /** The second term of a ratio to one, after the first (5：1); not a clock time (5：10). */
    private static final Pattern TO_ONE = Pattern.compile("[：:∶]1(?![0-9０-９.．])");
    private static final Pattern RATIO = Pattern.compile("[0-9０-９.．]+[：:∶]1");
    /**
     * A ratio is named before its terms (收入比由, 比例为, 之比), maybe in the clause before them (城乡收入比持续缩小，由上年同期的
     * 2.05:1下降为2.02:1); not a match (比赛) nor a comparison (比上年).
     */
    private static final Pattern RATIO_NAME = Pattern.compile(
        "之比|(?<![同环对相好])比(?:例|值)?(?:持续|继续|进一步)?(?:由|为|是|达|从|约|仅|降至|升至|缩小|扩大|下降|降低|提高)");
    private static final int MAX_RATIO_REACH = 30;
    /** A ratio's name may stand in an earlier clause of its sentence, not in an earlier sentence. */
    private static final String SENTENCE_ENDS = "。；;！？!?\n";
    /** Three terms or more (3.9：59.5：36.6): two terms may be a clock time or a score (19:30, 3：2). */
    private static final int MIN_RATIO_SEPARATORS = 2;
    static final String CLAUSE_ENDS = "，,。；;！？!?\n";

    private UnitlessAmounts() {
    }

    /** Whether a numeral is 万 or 亿 alone (万亿): after a bound, it stands for its value (突破万亿). */
    static boolean isLoneMultiplier(String numeral) {
        return LONE_MULTIPLIER.matcher(numeral).matches();
    }

    /**
     * Whether the 万 or 亿 standing alone after a bound begins a word with the character after it (乡约万古网红直播基地:
     * 万古, not 约万): then it is no multiplier.
     */
    static boolean multiplierStartsWord(CharSequence t, String amountText, int end) {
        return end < t.length() && BOUNDED_MULTIPLIER.matcher(amountText).matches()
            && DictionaryWords.isWord(t.subSequence(end - 1, end + 1).toString());
    }

    /** Whether the text of an amount without a unit still states a quantity. */
    static boolean stated(String amountText) {
        return isFraction(amountText) || ShareWords.isHalf(amountText) || MULTIPLIED.matcher(amountText).find()
            || BOUNDED_MULTIPLIER.matcher(amountText).matches()
            || RATIO.matcher(amountText).matches();
    }

    /**
     * End of the second term of a ratio to one whose first term ends at {@code end} (2.6：1), when its clause names a
     * ratio before it; else -1.
     */
    static int ratioEnd(CharSequence t, int end) {
        Matcher toOne = TO_ONE.matcher(t).region(end, t.length());
        if (!toOne.lookingAt()) {
            return -1;
        }
        int k = end;
        while (k > Math.max(0, end - MAX_RATIO_REACH) && SENTENCE_ENDS.indexOf(t.charAt(k - 1)) < 0) {
            k--;
        }
        return RATIO_NAME.matcher(t).region(k, end).find() ? toOne.end() : -1;
    }

    /**
     * Whether the number at [start, end) is a term of a ratio of three terms or more named before it (三次产业结构比例为
     * 3.9：59.5：36.6): each term is the share of its part.
     */
    static boolean inNamedRatio(CharSequence t, int start, int end) {
        int runStart = start;
        while (runStart > 0 && isRatioChar(t.charAt(runStart - 1))) {
            runStart--;
        }
        int runEnd = end;
        while (runEnd < t.length() && isRatioChar(t.charAt(runEnd))) {
            runEnd++;
        }
        int separators = 0;
        for (int i = runStart; i < runEnd; i++) {
            separators += t.charAt(i) == '：' || t.charAt(i) == ':' ? 1 : 0;
        }
        if (separators < MIN_RATIO_SEPARATORS) {
            return false;
        }
        int k = runStart;
        while (k > Math.max(0, runStart - MAX_RATIO_REACH) && CLAUSE_ENDS.indexOf(t.charAt(k - 1)) < 0) {
            k--;
        }
        return RATIO_NAME.matcher(t).region(k, runStart).find();
    }

    private static boolean isRatioChar(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '.' || c == '．' || c == '：' || c == ':' || c == '∶';
    }

    static boolean isFraction(String amountText) {
        return amountText.contains(FRACTION_MARK);
    }
}
