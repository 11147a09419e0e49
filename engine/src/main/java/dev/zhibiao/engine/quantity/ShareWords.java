package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.Map;

/** Shares written as a word without a numeral: 打对折 (half price, 50 %), 半折 (50 %), 半成 (half of a tenth, 5 %). */
final class ShareWords {
    private static final WordTable<BigDecimal> WORDS = new WordTable<>(Map.of(
        "对折", BigDecimal.valueOf(50), "對折", BigDecimal.valueOf(50), "半折", BigDecimal.valueOf(50), "半成", BigDecimal.valueOf(5)));

    private static final String HALF = "一半";
    /** Half of those counted (超半数参保企业, 半数以上); alone (半数) it is as often a word of a name or a vote. */
    private static final String HALF_COUNT = "半数";
    /** 数 beginning another word after 过半 (数据, 数字, 数量, 数码, 数额): the half is of that. */
    private static final String NOT_COUNT_AFTER = "据字量码额";
    private static final String OVER_HALF = "过半";
    private static final BigDecimal ONE_HALF = new BigDecimal("0.5");
    /** 过半 inside other words: 经过半年, 通过半导体, 度过半个世纪, 越过半山 (but 已经过半 and 进度过半 are past half). */
    private static final String NOT_OVER_HALF_BEFORE = "经通度越跨错";
    private static final String NOT_OVER_HALF_AFTER = "年个导天月小山";
    /** Units of time after 半, as the lexicon writes them; 半天 is as often "a long while". */
    private static final WordTable<String> HALF_DURATIONS = new WordTable<>(Map.of(
        "个月", "个月", "年", "年", "小时", "小时", "个小时", "小时"));
    /**
     * 上半年, 下半年, 大半年, 小半年, 多半, 每半年, 隔半年: halves that are parts, guesses or frequencies, not spans; after a
     * numeral (一年半, 三个半月) the half belongs to that amount.
     */
    private static final String NOT_HALF_DURATION_BEFORE = "上下前后大小多每隔";
    /** 半年报, 半年度: the half begins another word; 半年前, 半年后: a point in time; 半年期: a tenor. */
    private static final String NOT_HALF_DURATION_AFTER = "报度前后期";
    private static final char MORE = '多';

    /** Words before 一半 that make it an amount (超过一半, 近一半); alone it is mostly "half of the story". */
    private static final WordTable<Boolean> HALF_BOUNDS = new WordTable<>(WordTable.all("超过 超 逾 近 将近 接近 不到 不足 约", true));

    private ShareWords() {
    }

    /**
     * A half bounded by a qualifier (超过一半, 一半以上, 近一半, 过半, 超半数, 半数以上) as a fraction without unit (0.5), or null. The
     * qualifier before it is read with the amount; 以上 and 左右 after it are read here.
     */
    static AmountReader.Amount halfAt(String t, int i) {
        if (t.startsWith(OVER_HALF, i) && !(i > 0 && NOT_OVER_HALF_BEFORE.indexOf(t.charAt(i - 1)) >= 0
                && !(i > 1 && t.charAt(i - 2) == '已') && !QualifierWords.endsNounInDu(t, i - 1))
                && !(i + 2 < t.length() && NOT_OVER_HALF_AFTER.indexOf(t.charAt(i + 2)) >= 0)) {
            boolean count = t.startsWith(HALF_COUNT, i + 1) && !(i + 3 < t.length() && NOT_COUNT_AFTER.indexOf(t.charAt(i + 3)) >= 0);
            int end = i + OVER_HALF.length() + (count ? 1 : 0); // 过半数, not the 数 of 过半数据
            return new AmountReader.Amount(i, end, ONE_HALF, null, "", UnitLexicon.Kind.SHARE, Qualifier.MORE_THAN, false,
                false, false);
        }
        String half = t.startsWith(HALF, i) ? HALF : t.startsWith(HALF_COUNT, i) ? HALF_COUNT : null;
        if (half == null) {
            return null;
        }
        int end = i + half.length();
        Qualifier after = t.startsWith("以上", end) ? Qualifier.AT_LEAST : t.startsWith("左右", end) ? Qualifier.APPROX : null;
        // 全集团营收的一半: a half of a named whole is a share; 一半是海水 is a figure of speech
        boolean ofWhole = i > 0 && t.charAt(i - 1) == '的';
        if (after == null && !ofWhole && HALF_BOUNDS.endingAt(t, i, Math.max(0, i - 2)) == null) {
            return null;
        }
        return new AmountReader.Amount(i, after == null ? end : end + 2, ONE_HALF, null, "", UnitLexicon.Kind.SHARE,
            after == null ? Qualifier.EXACT : after, false, false, false);
    }

    /**
     * Half a span of time (半个月, 半年左右, 半小时) as 0.5 of its unit, or null; not a half of the year (上半年, 下半年),
     * a half-year report (半年报, 半年度) nor a point in time (半年前).
     */
    static AmountReader.Amount halfDurationAt(String t, int i) {
        if (t.charAt(i) != NumeralChars.HALF || i > 0 && (NOT_HALF_DURATION_BEFORE.indexOf(t.charAt(i - 1)) >= 0
                || NumeralChars.isArabicDigit(t.charAt(i - 1)) || NumeralChars.isChineseNumeral(t.charAt(i - 1)))) {
            return null;
        }
        String unit = HALF_DURATIONS.startingAt(t, i + 1);
        int end = unit == null ? i : i + 1 + unit.length();
        if (unit == null || end < t.length() && NOT_HALF_DURATION_AFTER.indexOf(t.charAt(end)) >= 0) {
            return null;
        }
        // 半年左右; 多 ends the amount even before more text (半年多就聚集了)
        QualifierWords.Match after = end < t.length() && t.charAt(end) == MORE ? new QualifierWords.Match(end + 1, Qualifier.MORE_THAN)
            : QualifierWords.after(t, end);
        return new AmountReader.Amount(i, after == null ? end : after.position(), ONE_HALF, null, HALF_DURATIONS.value(unit),
            UnitLexicon.Kind.DURATION, after == null ? Qualifier.EXACT : after.qualifier(), true, false, false);
    }

    /**
     * Whether a share word may begin with {@code c}: {@link #halfAt}, {@link #halfDurationAt} and {@link #at} are
     * null wherever this is false, whatever stands around {@code c}.
     */
    static boolean mayStartWith(char c) {
        return c == OVER_HALF.charAt(0) || c == HALF.charAt(0) || c == HALF_COUNT.charAt(0) || c == NumeralChars.HALF
            || WORDS.mayStartWith(c);
    }

    /** Whether an amount's text is a bounded half (超过一半, 过半). */
    static boolean isHalf(String amountText) {
        return amountText.contains(HALF) || amountText.contains(OVER_HALF) || amountText.contains(HALF_COUNT);
    }

    /** The share word starting at {@code i} as an amount in %, or null. 对折 is a discount only after 打 (对折纸张 folds). */
    static AmountReader.Amount at(String t, int i) {
        String word = WORDS.startingAt(t, i);
        if (word == null || word.charAt(0) != '半' && (i == 0 || t.charAt(i - 1) != '打')) {
            return null;
        }
        int end = i + word.length();
        return new AmountReader.Amount(i, end, WORDS.value(word), null, "%", UnitLexicon.Kind.SHARE, Qualifier.EXACT, true, false, false);
    }
}
