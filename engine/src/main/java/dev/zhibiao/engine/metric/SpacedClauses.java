package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.text.ArabicDigits;

import java.util.List;

/**
 * Titles separate their clauses by spaces (海伦司续升超9% 2日涨幅达15% 投行唱好), where an amount's words start after the
 * last one; a space inside a Latin name (Bank of America) or before a model's number (iPhone 13) separates nothing.
 */
final class SpacedClauses {
    /** What ends a number that is no model's: a date's word (2021年, 3月, 2季度, 8号) or an amount's (2%, 2.5). */
    private static final String NO_MODEL_AFTER = "年月日号季周%.";
    /** The letters of a quarter or a half-year (Q3, 2024Q2, H1): a time, no model's name. */
    private static final String PERIOD_LETTERS = "QH";
    /** The centuries a year opens with (Apple 2024财年营收, Tesla 2024上半年): a time, no model's number. */
    private static final List<String> YEAR_CENTURIES = List.of("19", "20");
    private static final int YEAR_DIGITS = 4;

    private SpacedClauses() {
    }

    /**
     * Titles separate their clauses by spaces (海伦司续升超9% 2日涨幅达15% 投行唱好); a space between two Latin letters
     * only parts the words of a name (将Sunoco Lp目标价…, Bank of America), which stays whole, as does a space before the
     * number of a model (苹果iPhone 13开售…, 华为Mate 60出货量).
     */
    static String afterSpace(String phrase) {
        String words = phrase.strip();
        int space = words.lastIndexOf(' ');
        int nameSpace = -1;
        while (space > 0 && partsNameWords(words, space)) {
            nameSpace = space;
            space = words.lastIndexOf(' ', space - 1);
        }
        if (nameSpace < 0) {
            return space < 0 ? words : words.substring(space + 1);
        }
        // the name from its first letter on (摩根士丹利将Sunoco Lp目标价 → Sunoco Lp目标价), as a clause's space would cut it
        int nameStart = nameSpace;
        while (nameStart > space + 1 && (isLatinLetter(words.charAt(nameStart - 1)) || ArabicDigits.isAscii(words.charAt(nameStart - 1))
                || words.charAt(nameStart - 1) == ' ')) {
            nameStart--;
        }
        return words.substring(nameStart);
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * Whether the space at {@code space} parts the words of a Latin name: letters on both sides (Bank of America), a
     * model's number after letters (iPhone 13) or letters after a model's number (iPhone 15 Pro, SU7 Max).
     */
    private static boolean partsNameWords(String words, int space) {
        char after = words.charAt(space + 1);
        int digits = modelNumberStart(words, space);
        if (digits == space) {
            return isLatinLetter(words.charAt(space - 1)) && (isLatinLetter(after) || opensModelNumber(words, space + 1));
        }
        boolean numberOfName = digits > 0 && isLatinLetter(words.charAt(digits - 1)) && !isPeriod(words, digits - 1)
            || digits > 1 && words.charAt(digits - 1) == ' ' && isLatinLetter(words.charAt(digits - 2));
        return numberOfName && isLatinLetter(after);
    }

    /** Where the digits ending right before {@code end} start. */
    private static int modelNumberStart(String words, int end) {
        int start = end;
        while (start > 0 && ArabicDigits.isAscii(words.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether ASCII digits start at {@code at} and end in no date's word (Model Y 3月销量: 3月 dates the clause) nor amount's. */
    private static boolean opensModelNumber(String words, int at) {
        int end = at;
        while (end < words.length() && ArabicDigits.isAscii(words.charAt(end))) {
            end++;
        }
        boolean year = end - at == YEAR_DIGITS && YEAR_CENTURIES.stream().anyMatch(century -> words.startsWith(century, at));
        return end > at && !year
            && (end == words.length() || NO_MODEL_AFTER.indexOf(words.charAt(end)) < 0);
    }

    /** Whether the letter at {@code letter}, alone before its digits, marks a quarter or a half-year (Q3, 2024Q2, H1). */
    private static boolean isPeriod(String words, int letter) {
        return PERIOD_LETTERS.indexOf(words.charAt(letter)) >= 0 && (letter == 0 || !isLatinLetter(words.charAt(letter - 1)));
    }

    /**
     * Whether the words end in a space that separates a title's clauses, not one that only sets off a number after a
     * copula or a verb (为 2052 万美元).
     */
    static boolean endsInClauseSpace(String phrase) {
        return !phrase.isBlank() && phrase.endsWith(" ") && Affixes.stripTrailing(phrase.strip()).equals(phrase.strip());
    }
}
