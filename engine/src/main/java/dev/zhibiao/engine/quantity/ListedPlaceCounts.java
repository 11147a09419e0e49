package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.HanCharacters;

import java.math.BigDecimal;
import java.util.List;

/**
 * Counts of the places just listed: 四川、陕西、甘肃三省, 南苏丹、肯尼亚和吉布提三国, 太原、吕梁、忻州三市五县. Alone, a
 * Chinese numeral before such a counter is mostly part of a name or a set phrase (东三省, 七国集团, 两国关系, 沪深两市); after a
 * list whose number of items the numeral states, it counts them.
 */
public final class ListedPlaceCounts {
    /** Longest first, so 省市 is not read as 省. */
    private static final List<String> COUNTERS = List.of(
            "省区市", "省市区", "省市", "省区", "省份", "省", "市", "县", "区", "国", "地", "州", "镇", "乡", "街道");
    private static final String COUNTER_FIRST_CHARACTERS =
            COUNTERS.stream().map(c -> c.substring(0, 1)).distinct().reduce("", String::concat);
    private static final String SEPARATORS = "、和与及";
    private static final char AND = '及';
    /**
     * Characters that make 及 the end of a verb (涉及, 波及, 惠及, 遍及, 覆及, 提及), not a joiner: the list opens after it
     * (涉及北京、天津、河北、山东四省市).
     */
    private static final String VERB_BEFORE_AND = "涉波惠遍覆提危殃";
    /** A listed place name is this long at most (克拉斯诺亚尔斯克 is eight characters). */
    private static final int MAX_ITEM = 8;
    /**
     * Two places or countries are mostly a pair related to each other (两地联动, 中美两国人民), not a count; two provinces
     * are counted (跨江西、福建两省).
     */
    private static final int MIN_ITEMS = 3;
    private static final int MIN_PROVINCES = 2;
    private static final String PROVINCE = "省";

    private ListedPlaceCounts() {
    }

    /**
     * The counter written at {@code unitStart} when the numeral at {@code start} counts the places listed right before
     * it, or when it follows such a count (三市五县); null otherwise.
     */
    static UnitLexicon.Unit at(CharSequence t, int start, int unitStart, BigDecimal value) {
        String counter = counterAt(t, unitStart);
        int minItems = counter != null && counter.startsWith(PROVINCE) ? MIN_PROVINCES : MIN_ITEMS;
        if (counter == null || !(countsListBefore(t, start, value, minItems) || followsListedCount(t, start)
                || inRunOfCounts(t, start, unitStart + counter.length()))) {
            return null;
        }
        return new UnitLexicon.Unit(counter, counter, UnitLexicon.Kind.COUNT);
    }

    /** Whether the numeral at {@code start} is followed by a place counter (四省, 3市; not 3个, which counts anything). */
    public static boolean countsPlacesAt(CharSequence t, int start) {
        int end = start;
        while (end < t.length() && isDigitOrNumeral(t.charAt(end))) {
            end++;
        }
        return end > start && counterAt(t, end) != null;
    }

    /**
     * Whether a count of places (两市, 三省, 两地, 两国) begins in [from, to): {@link #countsPlacesAt} of every position, a
     * run of numerals looked at once, as each of its positions sees the same counter after it.
     */
    public static boolean countsPlacesIn(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigitOrNumeral(t.charAt(i))) {
                int end = i;
                while (end < t.length() && isDigitOrNumeral(t.charAt(end))) {
                    end++;
                }
                if (counterAt(t, end) != null) {
                    return true;
                }
                i = end;
            }
        }
        return false;
    }

    /** Whether the unit counts places (省, 市, 县, 国, 地, 省市 …): it is the noun of what is counted. */
    public static boolean isPlaceCounter(String unit) {
        return COUNTERS.contains(unit);
    }

    private static String counterAt(CharSequence t, int i) {
        if (i >= t.length() || COUNTER_FIRST_CHARACTERS.indexOf(t.charAt(i)) < 0) {
            return null; // most numerals stand before no place counter: one look instead of one per counter
        }
        for (String counter : COUNTERS) {
            if (NumeralScanner.regionMatches(t, i, counter)) {
                return counter;
            }
        }
        return null;
    }

    /** Whether the items listed right before {@code start} are as many as {@code value}, and at least {@code minItems}. */
    private static boolean countsListBefore(CharSequence t, int start, BigDecimal value, int minItems) {
        int items = 0;
        int end = start;
        while (true) {
            int itemStart = end;
            while (itemStart > 0 && end - itemStart < MAX_ITEM && isItemChar(t.charAt(itemStart - 1))) {
                itemStart--;
            }
            if (itemStart == end) {
                break;
            }
            items++;
            if (value.compareTo(BigDecimal.valueOf(items)) < 0) {
                return false; // more items than counted: no need to walk a long list to its start
            }
            if (itemStart == 0 || SEPARATORS.indexOf(t.charAt(itemStart - 1)) < 0 || endsVerb(t, itemStart - 1)) {
                break;
            }
            end = itemStart - 1;
        }
        return items >= minItems && value.compareTo(BigDecimal.valueOf(items)) == 0;
    }

    /** Whether the character at {@code i} is the 及 of a verb (涉及), before the list's first item. */
    private static boolean endsVerb(CharSequence t, int i) {
        return t.charAt(i) == AND && i > 0 && VERB_BEFORE_AND.indexOf(t.charAt(i - 1)) >= 0;
    }

    private static boolean isDigitOrNumeral(char c) {
        return NumeralChars.isArabicDigit(c) || NumeralChars.isChineseDigit(c);
    }

    private static boolean isItemChar(char c) {
        return SEPARATORS.indexOf(c) < 0 && HanCharacters.isHan(c);
    }

    /**
     * Whether counts of places written in digits run together here (全县5镇1乡1街道, 辖8镇3乡): each is a count, where a
     * numeral alone before 镇 or 乡 may be a name's (三镇). Digits only: Chinese numerals run into slogans (一镇一品).
     */
    private static boolean inRunOfCounts(CharSequence t, int start, int counterEnd) {
        if (!NumeralChars.isArabicDigit(t.charAt(start))) {
            return false;
        }
        int next = counterEnd;
        while (next < t.length() && NumeralChars.isArabicDigit(t.charAt(next))) {
            next++;
        }
        if (next > counterEnd && counterAt(t, next) != null) {
            return true;
        }
        for (String counter : COUNTERS) {
            int counterStart = start - counter.length();
            if (counterStart > 0 && NumeralScanner.regionMatches(t, counterStart, counter)
                    && NumeralChars.isArabicDigit(t.charAt(counterStart - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a listed count ends right at {@code start}: 五县 after 太原、吕梁、忻州三市. */
    private static boolean followsListedCount(CharSequence t, int start) {
        for (String counter : COUNTERS) {
            int counterStart = start - counter.length();
            if (counterStart <= 0 || !NumeralScanner.regionMatches(t, counterStart, counter)) {
                continue;
            }
            int numeralStart = counterStart;
            while (numeralStart > 0 && isDigitOrNumeral(t.charAt(numeralStart - 1))) {
                numeralStart--;
            }
            if (numeralStart < counterStart) {
                String numeral = t.subSequence(numeralStart, counterStart).toString();
                try {
                    BigDecimal count = ChineseNumbers.parse(numeral);
                    return countsListBefore(t, numeralStart, count, counter.startsWith(PROVINCE) ? MIN_PROVINCES : MIN_ITEMS);
                } catch (NumberFormatException e) {
                    return false; // digits of both scripts run together (3三市): no count
                }
            }
        }
        return false;
    }
}
