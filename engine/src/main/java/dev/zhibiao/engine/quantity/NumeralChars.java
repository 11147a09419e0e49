package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.ArabicDigits;

/** Character classes of written numerals: Arabic (ASCII and full-width) and Chinese (simple, capital, traditional). */
final class NumeralChars {
    /** 半: a numeral's half (半百, 半万) and a half span (半年, 半个月). */
    static final char HALF = '半';
    /** The decimal points an Arabic number may open with (.5, ．5). */
    static final String ARABIC_POINTS = ".．";

    private NumeralChars() {
    }

    /** Value of an Arabic digit (ASCII or full-width), else -1. */
    static int arabicDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    static boolean isArabicDigit(char c) {
        return ArabicDigits.is(c);
    }

    /** Value of a Chinese digit character (零〇一二两三 … 玖), else -1. */
    static int chineseDigit(char c) {
        switch (c) {
            case '零': case '〇': case '○': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '兩': case '倆': case '贰': case '貳': return 2;
            case '三': case '叁': case '參': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': case '陸': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    static boolean isChineseDigit(char c) {
        return chineseDigit(c) >= 0;
    }

    /** Capital (financial) forms; alone they are usually part of words (队伍, 陆地, 收拾), not numbers. */
    static boolean isCapitalForm(char c) {
        return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    /** Multiplier of 十 百 千 (and their capital forms), else 0. 廿 and 卅 are handled as 二十 and 三十. */
    static int smallUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            default: return 0;
        }
    }

    /** Power of ten of 万 亿 兆, else 0. */
    static int bigUnitExponent(char c) {
        switch (c) {
            case '万': case '萬': return 4;
            case '亿': case '億': return 8;
            case '兆': return 12;
            default: return 0;
        }
    }

    static boolean isBigUnit(char c) {
        return bigUnitExponent(c) > 0;
    }

    static boolean isTensAbbreviation(char c) {
        return c == '廿' || c == '卅';
    }

    static boolean isChineseDecimalPoint(char c) {
        return c == '点' || c == '點';
    }

    static boolean isDecimalPoint(char c) {
        return c == '.' || c == '．' || isChineseDecimalPoint(c);
    }

    /** Chinese numeral characters: digits, 十百千, 万亿兆, 廿卅. */
    static boolean isChineseNumeral(char c) {
        return isChineseDigit(c) || smallUnit(c) > 0 || isBigUnit(c) || isTensAbbreviation(c);
    }

    /** 余 多 几: "more than" markers that may sit inside a numeral before its multiplier (500余万, 十几万). */
    static boolean isApproxMarker(char c) {
        return c == '余' || c == '多' || c == '几' || c == '幾';
    }

    static boolean isCjkIdeograph(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 'ａ' && c <= 'ｚ') || (c >= 'Ａ' && c <= 'Ｚ');
    }

    static boolean isRangeSeparator(char c) {
        return c == '至' || c == '到' || c == '-' || c == '－' || c == '–' || c == '—' || c == '~' || c == '～' || c == '〜';
    }

    static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '负' || c == '負';
    }
}
