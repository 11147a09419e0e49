package dev.zhibiao.engine.period;

import dev.zhibiao.engine.text.SecondCharacters;

/**
 * Cheap tests of a digit or Chinese numeral where a time expression's scan stands: most numbers of a post are amounts
 * (120亿元, 三个), where no time expression begins, and looking at the characters after them answers that without a
 * regex attempt. Each test is false only where its pattern (in {@link PeriodExpressions}) has no non-empty match.
 */
final class NumeralStarts {
    private static final String DIGITS = "0123456789";
    /** The numerals a month, a quarter or a count of years can be written with (十 too, which leads other words). */
    private static final String NUMERALS = DIGITS + "一二三四五六七八九十";
    /**
     * What can follow a month's number of one or two characters (5月, 1-7月, 十二 至…): 月, the space or joiner of a
     * range; and 季 of a quarter (一季度, 4季度).
     */
    private static final String AFTER_MONTH_OR_QUARTER = "月季-—–~至到 \t\n\u000B\f\r";
    /**
     * What follows a year's four digits (2021年, 2022财年), or the first character of the scope words a year written
     * without 年 may stand before (2023全国…, 2024上半年).
     */
    private static final String AFTER_YEAR_DIGITS = "年财全我中国各上下前第一二三四";
    private static final int YEAR_DIGITS = 4;
    private static final char YEAR = '年';
    /** 两, which counts years only right before 年 (两年内), and leads no other span word. */
    private static final char TWO = '两';
    private static final char DAY = '日';
    /**
     * The words of a point that begin with other characters, by their first two: 截至/截止, 今年, 去年, 大前年, 明年, 本年,
     * 前年/前三季度, 上年/上半年, 下半年, 第一季度, 年底/年末/年初, 全年, 过去…一年; 到 and 底 match alone, and are always tried.
     */
    private static final SecondCharacters POINT_WORDS = new SecondCharacters("截至止", "今年", "去年", "大前", "明年", "本年",
        "前年三", "上年半", "下半", "第一二三四1234", "年底末初", "全年", "过去");
    /** Words that begin a span of years by their first two characters: 这年来, 几年来, 多年来, 数年来, 至今, 过去…年, 最近…年, 未来…年, 今后…年. */
    private static final SecondCharacters SPAN_WORDS = new SecondCharacters("这年", "几年", "多年", "数年", "至今", "过去", "最近", "未来", "今后");

    private NumeralStarts() {
    }

    /**
     * Whether a year, month or quarter may begin at {@code at} (PeriodExpressions' POINT): a number there begins one only
     * with 月, 季 or a range's joiner one or two characters on (5月, 12月, 一季度, 1-7月), or 年 or 财 after four digits
     * (2021年); another leading character only before the second character of a word it begins (今年, 上半年).
     */
    static boolean mayBeginPoint(CharSequence text, int at) {
        if (NUMERALS.indexOf(text.charAt(at)) < 0) {
            return POINT_WORDS.mayMatchAt(text, at);
        }
        return isAt(text, at + 1, AFTER_MONTH_OR_QUARTER) || isAt(text, at + 2, AFTER_MONTH_OR_QUARTER)
            || DIGITS.indexOf(text.charAt(at)) >= 0 && isAt(text, at + YEAR_DIGITS, AFTER_YEAR_DIGITS);
    }

    /**
     * Whether a span of years may begin at {@code at} (PeriodExpressions' NO_YEAR): a number other than 十 begins one
     * only as a count of years, its numerals followed by 年 (三年来, 10年来), and 这, 几, 多, 数, 至, 过, 最, 未 and 今 only before
     * the one character each takes (这年来, 至今, 过去, 最近, 未来, 今后), 两 only before 年 (两年后); 近 and 十 are tried.
     */
    static boolean mayBeginYearsSpan(CharSequence text, int at) {
        char c = text.charAt(at);
        if (c == TWO) {
            return text.length() > at + 1 && text.charAt(at + 1) == YEAR; // 两年后, 两年内
        }
        if (c == '十' || NUMERALS.indexOf(c) < 0) {
            return SPAN_WORDS.mayMatchAt(text, at); // none of the words' first characters is a numeral
        }
        int end = at;
        while (end < text.length() && NUMERALS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return end < text.length() && text.charAt(end) == YEAR;
    }

    /** Whether a day of one or two digits may begin at {@code at} (PeriodExpressions' BARE_DAY): 日 one or two on. */
    static boolean mayBeginDay(CharSequence text, int at) {
        return at + 1 < text.length() && text.charAt(at + 1) == DAY || at + 2 < text.length() && text.charAt(at + 2) == DAY;
    }

    private static boolean isAt(CharSequence text, int at, String characters) {
        return at < text.length() && characters.indexOf(text.charAt(at)) >= 0;
    }
}
