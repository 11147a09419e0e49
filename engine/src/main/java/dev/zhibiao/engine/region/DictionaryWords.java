package dev.zhibiao.engine.region;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** The general Chinese word dictionary of ICU, asked whether a short name is an everyday word too. */
final class DictionaryWords {
    /** Characters after a name read with it: enough for a word that runs on (高速公路). */
    private static final int LOOK_AHEAD = 4;

    private DictionaryWords() {
    }

    /** Whether the words are one word of the general dictionary (航天, 建设, 人民, 新建), not a rare name (丹灶, 霍邱). */
    static boolean isWord(String words) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(words);
        return breaks.next() == words.length();
    }

    /**
     * Whether a dictionary word of the text crosses the end of [start, end): one begun inside it runs on past it
     * (工农 of 工农业, 上高 of 上高速公路). ICU splits a rare name into characters (霍/邱/整合), which run on into nothing.
     */
    static boolean runsOn(String text, int start, int end) {
        String window = text.substring(start, Math.min(text.length(), end + LOOK_AHEAD));
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(window);
        int length = end - start;
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            if (b >= length) {
                return b > length;
            }
        }
        return false;
    }
}
