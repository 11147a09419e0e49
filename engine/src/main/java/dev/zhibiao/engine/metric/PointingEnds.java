package dev.zhibiao.engine.metric;

import java.util.regex.Pattern;

/**
 * A demonstrative ending a label (你担任行政长官这5年, 让这两颗…恒星): it points at the amount itself and names nothing,
 * so the words before it, or the things after the amount, do.
 */
final class PointingEnds {
    /**
     * A demonstrative ending the label points at the amount itself (“十四五”这五年, 让这两颗…恒星): it names nothing; a
     * bare verb of causing left before it (让这两颗并不相干的恒星) leaves the thing after the amount to name it.
     */
    private static final String POINTING_END = "这";
    private static final Pattern CAUSING_ONLY = Pattern.compile("[让使把将令叫]?");
    /** A short description between the amount and its 的 (并不相干的); past this the 的 is another phrase's. */
    private static final int MAX_POINTED_DESCRIPTION = 8;
    private static final String MODIFIER_END = Phrases.MODIFIER;

    private PointingEnds() {
    }

    /** The label without a demonstrative pointing at the amount (你担任行政长官这5年 → 你担任行政长官). */
    static String without(QuantityScope scope, String label) {
        if (!label.endsWith(POINTING_END)) {
            return label;
        }
        String before = label.substring(0, label.length() - POINTING_END.length());
        if (!CAUSING_ONLY.matcher(before).matches()) {
            return before;
        }
        // the things pointed at, past what describes them (让这两颗并不相干的恒星 → 恒星)
        String after = scope.right(false);
        int described = after.indexOf(MODIFIER_END);
        String thing = Phrases.after(after, false, true);
        boolean shortDescription = described >= 0 && described <= MAX_POINTED_DESCRIPTION;
        thing = thing.isEmpty() && shortDescription ? Phrases.after(after.substring(described + 1), false) : thing;
        return thing.isEmpty() ? before : thing;
    }
}
