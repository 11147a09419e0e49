package dev.zhibiao.engine.region;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** The general Chinese word dictionary of ICU, asked whether a short name is an everyday word too. */
final class DictionaryWords {
    private DictionaryWords() {
    }

    /** Whether the words are one word of the general dictionary (航天, 建设, 人民, 新建), not a rare name (丹灶, 霍邱). */
    static boolean isWord(String words) {
        BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        breaks.setText(words);
        return breaks.next() == words.length();
    }
}
