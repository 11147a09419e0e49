package dev.zhibiao.engine.quantity;

import java.math.BigDecimal;
import java.util.Map;

/** Shares written as a word without a numeral: 打对折 (half price, 50 %), 半折 (50 %), 半成 (half of a tenth, 5 %). */
final class ShareWords {
    private static final WordTable<BigDecimal> WORDS = new WordTable<>(Map.of(
        "对折", BigDecimal.valueOf(50), "對折", BigDecimal.valueOf(50), "半折", BigDecimal.valueOf(50), "半成", BigDecimal.valueOf(5)));

    private ShareWords() {
    }

    /** The share word starting at {@code i} as an amount in %, or null. 对折 is a discount only after 打 (对折纸张 folds). */
    static AmountReader.Amount at(String t, int i) {
        String word = WORDS.startingAt(t, i);
        if (word == null || word.charAt(0) != '半' && (i == 0 || t.charAt(i - 1) != '打')) {
            return null;
        }
        int end = i + word.length();
        return new AmountReader.Amount(i, end, WORDS.value(word), null, "%", UnitLexicon.Kind.SHARE, Qualifier.EXACT, true, false, false);
    }
}
