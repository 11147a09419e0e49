package dev.zhibiao.engine.quantity;

/**
 * Finds how far a numeral written in running text extends: digits, Chinese numerals, decimal points, thousands
 * separators, multipliers (万 亿), 余/多/几 before a multiplier, and blanks between Chinese numeral groups.
 * It does not judge whether the numeral is a quantity.
 */
final class NumeralScanner {
    /** Units that begin with a multiplier character: 12千米 is 12 千米, not 12000 米. */
    private static final String[] MULTIPLIER_LED_UNITS = {"千米", "千克", "千瓦", "千升", "千卡", "千伏", "千帕", "千字节", "百分点", "百分點", "千分点", "千分點",
        "兆瓦", "兆字节", "兆帕", "兆赫", "百万万分之", "百万分之", "千万分之", "万万分之", "百分之", "千分之", "万分之"};
    private static final int MAX_EXPONENT_DIGITS = 2;

    private NumeralScanner() {
    }

    /**
     * Whether a numeral may begin with {@code c}: {@link #canStart} is false wherever this is, whatever stands around
     * {@code c}; a scan asks this first of every character.
     */
    static boolean mayStartWith(char c) {
        return opensNumeralAlone(c) || NumeralChars.smallUnit(c) > 0 || c == NumeralChars.HALF
                || NumeralChars.ARABIC_POINTS.indexOf(c) >= 0;
    }

    /** Whether {@code c} begins a numeral whatever follows it: a digit, 十, 廿/卅. */
    private static boolean opensNumeralAlone(char c) {
        return NumeralChars.isArabicDigit(c) || NumeralChars.isChineseDigit(c) || NumeralChars.smallUnit(c) == 10
                || NumeralChars.isTensAbbreviation(c);
    }

    /** True when a numeral can begin at {@code i}. */
    static boolean canStart(CharSequence t, int i) {
        char c = t.charAt(i);
        if (opensNumeralAlone(c)) {
            return true;
        }
        if (c == NumeralChars.HALF && i + 1 < t.length()) {
            // 半百, 半万: half of the multiplier; 半年, 半数 are not numerals
            char n = t.charAt(i + 1);
            return NumeralChars.smallUnit(n) >= 100 || NumeralChars.isBigUnit(n);
        }
        if (NumeralChars.smallUnit(c) > 0 && i + 1 < t.length()) {
            // 百三, 千三, 百万 start a numeral; 百姓, 千方百计, 百分之 do not
            char n = t.charAt(i + 1);
            return (NumeralChars.isChineseDigit(n) && n != '两' && n != '〇') || NumeralChars.isBigUnit(n);
        }
        return NumeralChars.ARABIC_POINTS.indexOf(c) >= 0 && i + 1 < t.length()
                && NumeralChars.isArabicDigit(t.charAt(i + 1))
                && (i == 0 || !NumeralChars.isArabicDigit(t.charAt(i - 1)) && t.charAt(i - 1) != c); // ...9 is an ellipsis
    }

    /**
     * End (exclusive) of the numeral that starts at {@code start}; {@code start} itself when none does.
     *
     * @param bigUnitStart allow the numeral to begin with 十/百/千/万/亿 (after 数, 几, 上: 数十亿, 上万)
     */
    static int end(CharSequence t, int start, boolean bigUnitStart) {
        int n = t.length();
        int j = start;
        int last = start; // end of the numeral so far, before any trailing blanks
        boolean arabicPoint = false;
        boolean sawArabic = false;
        while (j < n) {
            char c = t.charAt(j);
            char prev = j > start ? t.charAt(j - 1) : 0;
            boolean accept;
            if (NumeralChars.isArabicDigit(c)) {
                accept = true;
                sawArabic = true;
            } else if (c == '.' || c == '．') {
                accept = !arabicPoint && j + 1 < n && NumeralChars.isArabicDigit(t.charAt(j + 1))
                        && (j == start || NumeralChars.isArabicDigit(prev));
                arabicPoint = accept;
            } else if (c == ',' || c == '，' && prev >= '０' && prev <= '９') {
                // after ASCII digits the full-width comma is a clause mark (价格$20，300美元 are two prices); full-width
                // digits take full-width separators (４，５６５)
                accept = NumeralChars.isArabicDigit(prev) && isThousandsGroup(t, j + 1);
            } else if (NumeralChars.isChineseDigit(c) || c == NumeralChars.HALF && j == start) {
                // 2020、2021、2022三年: a Chinese digit right after Arabic digits begins the next word; 二0一九 stays one
                accept = !(NumeralChars.isArabicDigit(prev) && NumeralChars.isArabicDigit(t.charAt(start)));
            } else if (NumeralChars.isChineseDecimalPoint(c)) {
                int k = skipBlanks(t, j + 1);
                accept = j > start && k < n && isDecimalDigitAfterPoint(t.charAt(k));
            } else if (NumeralChars.smallUnit(c) > 0 || NumeralChars.isBigUnit(c) || NumeralChars.isTensAbbreviation(c)) {
                // 十, 百 or 千 right after 万 or 亿 with no digit between begins a word (600万百姓), no part of the number
                accept = (j > start || bigUnitStart || canStart(t, j)) && !startsMultiplierLedUnit(t, j, sawArabic || endsWithUnit(t, start, j))
                    && !(NumeralChars.smallUnit(c) > 0 && j > start && NumeralChars.isBigUnit(prev));
            } else if (NumeralChars.isApproxMarker(c)) {
                int k = skipBlanks(t, j + 1);
                accept = j > start && k < n && NumeralChars.isBigUnit(t.charAt(k));
            } else if (sawArabic && NumeralChars.isArabicDigit(prev) && (c == 'e' || c == 'E' || c == '^')) {
                int k = exponentEnd(t, j + 1);
                accept = k > j + 1;
                if (accept) {
                    j = k;
                    last = k;
                    continue;
                }
            } else if (sawArabic && NumeralChars.isArabicDigit(prev) && isLoneThousandsLetter(t, j)) {
                accept = true;
            } else if (c == ' ' && j > start) {
                int k = skipBlanks(t, j);
                if (k < n && NumeralChars.isArabicDigit(prev) && isLoneThousandsLetter(t, k)) {
                    j = k + 1;
                    last = j;
                    break; // 2.5 M: the letter ends the numeral
                }
                accept = k < n && blankJoins(prev, t.charAt(k)) && !startsMultiplierLedUnit(t, k, true);
                if (accept) {
                    j = k;
                    continue;
                }
            } else {
                accept = false;
            }
            if (!accept) {
                break;
            }
            if (!(NumeralChars.isArabicDigit(c) || c == '.' || c == '．')) {
                arabicPoint = arabicPoint && (c == ',' || c == '，');
            }
            j++;
            last = j;
        }
        return last;
    }

    /** 40k, 15Ｋ, 2.5M, 2.5 M: a Latin multiplier letter after the digits that does not begin a word (5Km, 3 Mbps). */
    private static boolean isLoneThousandsLetter(CharSequence t, int j) {
        char c = t.charAt(j);
        boolean letter = c == 'k' || c == 'K' || c == 'Ｋ' || c == 'ｋ' || c == 'M';
        return letter && (j + 1 >= t.length() || !NumeralChars.isAsciiLetter(t.charAt(j + 1)));
    }

    /**
     * End of the exponent of 2e5, 12.32e+14, 2^-1 that begins at {@code i}; {@code i} when there is none. An exponent
     * of more than {@link #MAX_EXPONENT_DIGITS} digits states no amount (a code such as 12E516380) and would cost
     * seconds of arithmetic on a number of half a million digits.
     */
    private static int exponentEnd(CharSequence t, int i) {
        int k = i;
        while (k < t.length() && k < i + 2 && "+-－".indexOf(t.charAt(k)) >= 0) {
            k++;
        }
        int digits = k;
        while (k < t.length() && NumeralChars.isArabicDigit(t.charAt(k))) {
            k++;
        }
        boolean glued = k < t.length() && (NumeralChars.isAsciiLetter(t.charAt(k)) || t.charAt(k) == '.');
        return k > digits && k - digits <= MAX_EXPONENT_DIGITS && !glued ? k : i;
    }

    private static boolean isDecimalDigitAfterPoint(char c) {
        return NumeralChars.isArabicDigit(c) || (NumeralChars.isChineseDigit(c) && c != '两' && c != '兩');
    }

    /** Blanks join Chinese numeral groups (三千 九百) and an Arabic number to a multiplier (1000  万), not two Arabic numbers. */
    private static boolean blankJoins(char before, char after) {
        boolean beforeChinese = NumeralChars.isChineseNumeral(before) || NumeralChars.isApproxMarker(before);
        boolean afterChinese = NumeralChars.isChineseNumeral(after) || NumeralChars.isApproxMarker(after);
        if (beforeChinese || NumeralChars.isChineseDecimalPoint(before)) {
            return afterChinese || NumeralChars.isChineseDecimalPoint(after)
                    || NumeralChars.isArabicDigit(after) && (NumeralChars.isBigUnit(before) || NumeralChars.smallUnit(before) > 0);
        }
        return NumeralChars.isArabicDigit(before) && (NumeralChars.smallUnit(after) > 0 || NumeralChars.isBigUnit(after));
    }

    private static boolean isThousandsGroup(CharSequence t, int i) {
        int k = skipBlanks(t, i);
        if (k != i) {
            return false; // "1, 234" lists numbers; a separator has no blank after it
        }
        int digits = 0;
        while (k < t.length() && NumeralChars.isArabicDigit(t.charAt(k))) {
            digits++;
            k++;
        }
        return digits == 3;
    }

    private static boolean endsWithUnit(CharSequence t, int start, int j) {
        if (j <= start) {
            return false;
        }
        char p = t.charAt(j - 1);
        return NumeralChars.smallUnit(p) > 0 || NumeralChars.isBigUnit(p);
    }

    private static boolean startsMultiplierLedUnit(CharSequence t, int j, boolean numberBefore) {
        for (String unit : MULTIPLIER_LED_UNITS) {
            if (regionMatches(t, j, unit)) {
                // 三千米 is 3000 米, 12千米 and 一百千瓦 are 12 千米 and 100 千瓦; 百分之/分之 and 百分点/千分点 never belong to the numeral
                return numberBefore || unit.endsWith("分之") || unit.endsWith("分点") || unit.endsWith("分點");
            }
        }
        return false;
    }

    static int skipBlanks(CharSequence t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000')) {
            i++;
        }
        return i;
    }

    static boolean regionMatches(CharSequence t, int i, String s) {
        if (i < 0 || i + s.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (t.charAt(i + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
