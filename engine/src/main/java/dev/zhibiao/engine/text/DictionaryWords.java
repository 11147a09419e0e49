package dev.zhibiao.engine.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** The general Chinese word dictionary of ICU, asked whether a short name is an everyday word too. */
public final class DictionaryWords {
    /** Characters after a name read with it: enough for a word that runs on (高速公路). */
    private static final int LOOK_AHEAD = 4;
    /** Characters read on either side of a name to see whether the words of the text cut it. */
    private static final int CONTEXT = 3;

    private DictionaryWords() {
    }

    /** Whether the words are one word of the general dictionary (航天, 建设, 人民, 新建), not a rare name (丹灶, 霍邱). */
    public static boolean isWord(String words) {
        BreakIterator breaks = wordsOf(words);
        return breaks.next() == words.length();
    }

    /**
     * Whether a dictionary word of the text crosses the end of [start, end): one begun inside it runs on past it
     * (工农 of 工农业, 上高 of 上高速公路). ICU splits a rare name into characters (霍/邱/整合), which run on into nothing.
     */
    public static boolean runsOn(String text, int start, int end) {
        String window = text.substring(start, Math.min(text.length(), end + LOOK_AHEAD));
        BreakIterator breaks = wordsOf(window);
        int length = end - start;
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            if (b >= length) {
                return b > length;
            }
        }
        return false;
    }

    /**
     * Whether the words of the text cut the name at [start, end): a word ends inside it and another runs across its
     * start or its end, so the name is read inside other words (红海/城市 for 海城市, 河/源头 for 河源, 拱/北/海关 for
     * 北海), not as a word of its own nor as the beginning of one (哈密瓜, 四川盆地).
     *
     * @param atStart whether a word running across the start counts
     * @param atEnd   whether a word running across the end counts
     */
    public static boolean cutsName(String text, int start, int end, boolean atStart, boolean atEnd) {
        int from = Math.max(0, start - CONTEXT);
        String window = text.substring(from, Math.min(text.length(), end + CONTEXT));
        BreakIterator breaks = wordsOf(window);
        boolean across = atStart && !breaks.isBoundary(start - from) || atEnd && !breaks.isBoundary(end - from);
        if (!across) {
            return false;
        }
        int inside = breaks.following(start - from);
        return inside != BreakIterator.DONE && inside < end - from;
    }

    /** The first dictionary word of the text (郁金香 of 郁金香绘就出…); "" for an empty text. */
    public static String firstWord(String text) {
        if (text.isEmpty()) {
            return "";
        }
        int end = wordsOf(text).next();
        return end == BreakIterator.DONE ? text : text.substring(0, end);
    }

    /** ICU's word breaks over the text. */
    private static BreakIterator wordsOf(String text) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(text);
        return breaks;
    }
}
