package dev.zhibiao.engine.period;

import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years written in brackets as the gloss of one amount, the way a profile gives each figure the year of its source:
 * right after the amount, its unit or the word it counts (县域面积2979平方公里（2013年）, 全县65万人口（2015年）), or between
 * the amount's label and the amount (总人口（2015年）65万). Such a year dates that amount alone — not the other figures
 * of its clause (，全县总人口65万), nor the paragraph's 全年. A bracket after 年 glosses a time, not an amount
 * (洪武二年（1369年）, 今年（2022年）): that year is the date of what follows, and no gloss. Immutable.
 */
final class BracketedYears {
    /** A year alone in brackets (（2013年）, (2011年度)): group 1 the year. */
    private static final Pattern GLOSS = Pattern.compile("[（(]((?:19|20)[0-9]{2})年(?:度|底|末)?[）)]");
    /** The marks inside a number written in digits (1,287.29, 400-600). */
    private static final String NUMBER_MARKS = ".,．-~～—–";
    /** Symbols a unit may be written with (60%, 8℃). */
    private static final String UNIT_SYMBOLS = "%％‰℃°";
    /** The unit and the word an amount counts between it and its gloss reach no further (万平方公里, 万人口, 个行政村). */
    private static final int MAX_UNIT_AND_WORD = 7;
    /** An ordinal (第3届大会（2019年）) is no amount: the bracket dates the event, which frames its clause. */
    private static final char ORDINAL = '第';
    /** The qualifier an amount may open with (约, 超过, 将近) before its first numeral. */
    private static final int MAX_QUALIFIER = 3;
    private static final char YEAR = '年';
    /** Units of a time, not of an amount: a day or month before the bracket (3月15日（2023年）, 1-11月（2023年）) is a date. */
    private static final String TIME_UNITS = "年月日号时";
    /**
     * A clause right after the gloss that compares or parts the glossed amount (185亿元（2023年），增长5.2%，高于全省0.3个百分点;
     * 45万亩（2023年），其中水田20万亩): its amounts are of the gloss's year too.
     */
    private static final Pattern OF_GLOSSED = Pattern.compile("[比较](?:上年|去年|(?:19|20)[0-9]{2}年)|同比|环比|增长|下降|增加|减少|提高|降低|上升|"
        + "高于|低于|其中|占(?!地)");
    /**
     * A year a clause names other than as its comparison base (较2022年增长6.8% is still the gloss's), or a bracket
     * (比2012年（60亿元）增长): the clause has a time or an amount of its own.
     */
    private static final Pattern OWN_TIME = Pattern.compile("(?<![比较])(?:19|20)[0-9]{2}年|[（(]");

    /** A glossed amount: where its number starts, and the year its gloss names. */
    private record Gloss(int amountStart, String year) {
    }

    /** A clause [from, to) after a gloss that compares or parts its amount, and the gloss's year. */
    private record Reach(int from, int to, String year) {
    }

    /** The glossed amounts, in text order. */
    private final List<Gloss> glosses = new ArrayList<>();
    /** The clauses after each gloss that compare or part its amount, in text order. */
    private final List<Reach> reaches = new ArrayList<>();
    private final String text;

    BracketedYears(String text) {
        this.text = text;
        if (text.indexOf('（') < 0 && text.indexOf('(') < 0) {
            return; // most posts bracket nothing: no scan
        }
        Matcher m = GLOSS.matcher(text);
        while (m.find()) {
            int amount = glossedAmountBefore(text, m.start(1), m.end() - 1);
            if (amount >= 0) {
                glosses.add(new Gloss(amount, m.group(1)));
                addReach(m.end(), m.group(1));
            }
        }
    }

    /** The clauses from {@code from} on that compare or part the glossed amount, while they name no year of their own. */
    private void addReach(int from, String year) {
        int at = from;
        while (at < text.length() && Segmenter.endsClause(text.charAt(at)) && !Segmenter.endsSentence(text.charAt(at))) {
            int start = at + 1;
            if (!OF_GLOSSED.matcher(text).region(start, text.length()).lookingAt()) {
                return;
            }
            int end = start;
            while (end < text.length() && !Segmenter.endsClause(text.charAt(end))) {
                end++;
            }
            if (OWN_TIME.matcher(text).region(start, end).find()) {
                return;
            }
            reaches.add(new Reach(start, end, year));
            at = end;
        }
    }

    /**
     * The year of the gloss right after the amount at {@code offset} (2979平方公里（2013年）), if one follows it: the
     * amount's number starts at most a qualifier's length after the offset.
     */
    Optional<String> yearOfAmountAt(int offset) {
        for (Gloss g : glosses) {
            int start = g.amountStart();
            if (start >= offset && start - offset <= MAX_QUALIFIER && !ArabicDigits.anyIn(text.subSequence(offset, start))) {
                return Optional.of(g.year());
            }
        }
        for (Reach r : reaches) {
            if (offset >= r.from() && offset < r.to()) {
                return Optional.of(r.year()); // 185亿元（2023年），增长5.2%: the glossed amount's change
            }
        }
        return Optional.empty();
    }

    /**
     * Where the number of the amount starts that a bracketed year at [start, end) glosses from after it, or -1: the
     * bracket follows the amount with at most its unit and a word between (32.76万人（2011年）), and no amount follows the
     * bracket (总人口（2015年）65万 glosses that one, see {@link #glossesAmountAfter}).
     */
    static int glossedAmountBefore(String text, int start, int end) {
        if (!enclosed(text, start, end) || end + 1 < text.length() && ArabicDigits.is(text.charAt(end + 1))
                || text.charAt(start - 2) == YEAR) {
            return -1;
        }
        int bracket = start - 1;
        int wordStart = bracket;
        while (wordStart > 0 && bracket - wordStart < MAX_UNIT_AND_WORD && isUnitCharacter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart < bracket && TIME_UNITS.indexOf(text.charAt(wordStart)) >= 0) {
            return -1; // 于3月15日（2023年）开幕, 1-11月（2023年）: the year of a date, which frames its clause
        }
        int numberStart = wordStart;
        while (numberStart > 0 && isNumberCharacter(text.charAt(numberStart - 1))) {
            numberStart--;
        }
        // a number written in digits (一批企业（2019年） is no amount); not a name's (G20峰会, 5G基站) nor an ordinal (第3届)
        boolean named = numberStart > 0 && (text.charAt(numberStart - 1) == ORDINAL || isLatin(text.charAt(numberStart - 1))
            || wordStart < bracket && isLatin(text.charAt(wordStart)) && !isLatin(text.charAt(bracket - 1)));
        return !named && numberStart < wordStart && ArabicDigits.is(text.charAt(numberStart)) ? numberStart : -1;
    }

    /**
     * Whether a bracketed year at [start, end) glosses the amount right after its bracket, between the amount's label
     * and the amount (总人口（2015年）65万): it dates that amount only.
     */
    static boolean glossesAmountAfter(String text, int start, int end) {
        if (!(enclosed(text, start, end) && end + 1 < text.length() && ArabicDigits.is(text.charAt(end + 1))
                && Character.isLetter(text.charAt(start - 2)) && text.charAt(start - 2) != YEAR)) {
            return false;
        }
        int after = end + 1;
        while (after < text.length() && isNumberCharacter(text.charAt(after))) {
            after++;
        }
        return after >= text.length() || TIME_UNITS.indexOf(text.charAt(after)) < 0; // 据统计（2023年）1-11月: a date
    }

    /** Whether [start, end) is a year alone in brackets (（2013年）), with a character before the opening one. */
    private static boolean enclosed(String text, int start, int end) {
        return start >= 2 && end < text.length() && Segmenter.OPENING_BRACKETS.indexOf(text.charAt(start - 1)) >= 0
            && Segmenter.CLOSING_BRACKETS.indexOf(text.charAt(end)) >= 0 && GLOSS.matcher(text).region(start - 1, end + 1).matches();
    }

    private static boolean isNumberCharacter(char c) {
        return ArabicDigits.is(c) || NUMBER_MARKS.indexOf(c) >= 0;
    }

    /** A letter of a unit or of the word counted (万平方千米, mm, 人口), or a unit's symbol (%, ℃). */
    private static boolean isUnitCharacter(char c) {
        return Character.isLetter(c) || UNIT_SYMBOLS.indexOf(c) >= 0;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}
