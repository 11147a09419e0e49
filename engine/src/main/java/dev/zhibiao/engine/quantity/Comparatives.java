package dev.zhibiao.engine.quantity;

import java.util.Map;

/** A bound written as a comparison around the number: 比三十大 (more than 30), 比 170 低 (less than 170). */
final class Comparatives {
    private static final WordTable<Qualifier> ADJECTIVES = new WordTable<>(Map.of(
        "大", Qualifier.MORE_THAN, "高", Qualifier.MORE_THAN, "多", Qualifier.MORE_THAN,
        "小", Qualifier.LESS_THAN, "低", Qualifier.LESS_THAN, "少", Qualifier.LESS_THAN));
    /** What may follow the adjective so that it ends the comparison (比三十大一些); 比3%高出, 比10个多少 go on. */
    private static final WordTable<Boolean> AFTER = new WordTable<>(WordTable.all("一些 一点 些 的 得多", true));

    private Comparatives() {
    }

    /** The comparison around the amount at {@code numberStart..amountEnd}: span and bound, or null. */
    record Comparison(int start, int end, Qualifier qualifier) {
    }

    static Comparison around(CharSequence t, int numberStart, int amountEnd) {
        int bi = numberStart - 1;
        while (bi >= 0 && (t.charAt(bi) == ' ' || t.charAt(bi) == '\u3000')) {
            bi--;
        }
        if (bi < 0 || t.charAt(bi) != '比') {
            return null;
        }
        int ai = NumeralScanner.skipBlanks(t, amountEnd);
        String adjective = ADJECTIVES.startingAt(t, ai);
        if (adjective == null) {
            return null;
        }
        int end = ai + 1;
        if (end < t.length() && NumeralChars.isCjkIdeograph(t.charAt(end)) && AFTER.startingAt(t, end) == null) {
            return null;
        }
        return new Comparison(bi, end, ADJECTIVES.value(adjective));
    }
}
