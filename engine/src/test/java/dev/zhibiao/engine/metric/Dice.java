package dev.zhibiao.engine.metric;

import java.util.HashMap;
import java.util.Map;

/** Character-bag Dice coefficient of two labels, as the indicator scorer computes it. */
final class Dice {
    static final double AGREEMENT = 0.5;

    static double of(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> bag = new HashMap<>();
        a.codePoints().forEach(c -> bag.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = bag.get(c);
            if (n != null && n > 0) {
                bag.put(c, n - 1);
                common++;
            }
        }
        return 2.0 * common / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
    }

    static boolean agree(String predicted, String gold) {
        return of(predicted, gold) >= AGREEMENT;
    }

    private Dice() {
    }
}
