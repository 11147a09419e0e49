package dev.zhibiao.engine.quantity;

import java.util.Map;

/** Currency signs written before a number: $20 is 20 美元, ￥300 is 300 元. */
final class CurrencySigns {
    private static final WordTable<String> SIGNS = new WordTable<>(Map.ofEntries(
        Map.entry("$", "美元"), Map.entry("＄", "美元"), Map.entry("US$", "美元"), Map.entry("HK$", "港元"),
        Map.entry("￥", "元"), Map.entry("¥", "元"), Map.entry("€", "欧元"), Map.entry("£", "英镑"), Map.entry("￡", "英镑")));

    private CurrencySigns() {
    }

    /** A sign ending right before {@code numberStart}: where it starts and the currency it names. */
    record Sign(int start, String unit) {
    }

    static Sign before(CharSequence t, int numberStart) {
        String sign = SIGNS.endingAt(t, numberStart, Math.max(0, numberStart - 3));
        return sign == null ? null : new Sign(numberStart - sign.length(), SIGNS.value(sign));
    }
}
