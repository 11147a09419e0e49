package dev.zhibiao.engine.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhibiao.engine.ScanTexts;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link QuantityRecognizer}'s scan skips every character outside a start set without calling its readers (speed).
 * The set must hold every character a reader can find an amount or a skip at: a reader given a new first character
 * the set lacks would silently lose amounts. These tests try the readers at every skipped position of the corpus and
 * of random texts, and every character outside the set in the neighbourhoods the readers look at.
 */
class AmountStartsTest {
    /** Numerals, multipliers, share and vague words, units and punctuation the readers are written with. */
    private static final String ALPHABET = "0123456789０１２３.．,，、 一二两三四五六七八九十百千万亿兆零〇○壹贰拾佰仟廿卅半对對折成过"
        + "数几上余多来近超逾约不足到至分之个年月日时人元%％‰点第打以下左右米克吨亩户次倍指总-—~－的是达为在每";
    private static List<String> TEXTS;
    /** What may stand before and after a character for the readers: numerals, multipliers, share and span words. */
    private static final List<String> BEFORE = List.of("", "打", "1", "一", "百", "数", "第", "超过", "的");
    private static final List<String> AFTER = List.of("", "十", "万", "百万", "分之三", "年", "个月", "数", "折", "成", "半",
        "2", ".5", "余人", "以上");

    @BeforeAll
    static void texts() throws IOException {
        TEXTS = ScanTexts.corpusAndRandom(ALPHABET);
    }

    @Test
    void noReaderFindsAnythingWhereTheScanSkips() {
        int found = 0;
        String first = "";
        for (String text : TEXTS) {
            for (int i = 0; i < text.length(); i++) {
                if (!QuantityRecognizer.mayStartAmount(text.charAt(i)) && readsAt(text, i) && found++ == 0) {
                    first = text.substring(Math.max(0, i - 10), Math.min(text.length(), i + 10)) + " at " + text.charAt(i);
                }
            }
        }
        assertEquals(0, found, "the start set lacks characters a reader starts at; first: " + first);
    }

    @Test
    void everyCharacterOutsideTheStartsIsSkippedByTheReadersWhateverSurroundsIt() {
        StringBuilder missing = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (QuantityRecognizer.mayStartAmount(ch)) {
                continue;
            }
            search:
            for (String before : BEFORE) {
                for (String after : AFTER) {
                    if (readsAt(before + ch + after, before.length())) {
                        missing.append(ch);
                        break search;
                    }
                }
            }
        }
        assertEquals("", missing.toString(), "the start set lacks these characters");
    }

    /** Whether any reader of the scan finds an amount or a skip at {@code i}. */
    private static boolean readsAt(String text, int i) {
        return QuantityRecognizer.vagueAt(text, i) || QuantityRecognizer.readAt(text, i, false, false) != null
            || QuantityRecognizer.readAt(text, i, false, true) != null;
    }
}
