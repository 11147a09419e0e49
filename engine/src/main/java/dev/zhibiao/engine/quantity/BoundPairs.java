package dev.zhibiao.engine.quantity;

import java.util.Set;

/**
 * Joins two neighbouring amounts that state one range: a lower and an upper bound (1000以上1500以下, 大于10小于20,
 * 最多100最少20) or two ends "between" (10000与20000之间).
 */
final class BoundPairs {
    /** What may stand between the two bounds. */
    private static final Set<String> BOUND_JOINERS = Set.of("", "，", ",", "并", "并且", "且", "的同时", "而且", "、", "同时");
    private static final Set<String> BETWEEN_JOINERS = Set.of("与", "和", "及", "至", "到");
    private static final String[] BETWEEN_ENDS = {"之间", "间"};

    private BoundPairs() {
    }

    /** The range {@code first} and {@code second} state together, or null. */
    static Quantity merge(String t, Quantity first, Quantity second) {
        if (first.max() != null || second.max() != null
                || !(first.unit().equals(second.unit()) || first.unit().isEmpty() || second.unit().isEmpty())) {
            return null;
        }
        String gap = t.substring(first.end(), second.start());
        if (gap.indexOf('\n') >= 0) {
            return null; // bounds in two paragraphs state two facts
        }
        String between = gap.strip();
        if (BOUND_JOINERS.contains(between) && !first.text().endsWith("余") && !first.text().endsWith("多")) {
            Quantity low = isLowerBound(first) && isUpperBound(second) ? first : isUpperBound(first) && isLowerBound(second) ? second : null;
            Quantity high = low == first ? second : first;
            if (low != null && low.value().compareTo(high.value()) < 0) {
                return range(t, first, second, second.end(), low, high);
            }
        }
        if (BETWEEN_JOINERS.contains(between) && first.qualifier() == Qualifier.EXACT && second.qualifier() == Qualifier.EXACT
                && first.value().compareTo(second.value()) < 0) {
            if (first.unit().isEmpty() && second.unit().equals("间")) {
                // 10000与20000间: 间 is "between", not the measure word for rooms
                return new Quantity(first.start(), second.end(), t.substring(first.start(), second.end()), first.value(),
                        second.value(), "", Qualifier.RANGE, first.change(), first.basis());
            }
            for (String end : BETWEEN_ENDS) {
                if (NumeralScanner.regionMatches(t, second.end(), end)) {
                    return range(t, first, second, second.end() + end.length(), first, second);
                }
            }
        }
        return null;
    }

    private static Quantity range(String t, Quantity first, Quantity second, int end, Quantity low, Quantity high) {
        String unit = second.unit().isEmpty() ? first.unit() : second.unit();
        return new Quantity(first.start(), end, t.substring(first.start(), end), low.value(), high.value(), unit,
                Qualifier.RANGE, first.change(), first.basis());
    }

    private static boolean isLowerBound(Quantity q) {
        return q.qualifier() == Qualifier.AT_LEAST || q.qualifier() == Qualifier.MORE_THAN;
    }

    private static boolean isUpperBound(Quantity q) {
        return q.qualifier() == Qualifier.AT_MOST || q.qualifier() == Qualifier.LESS_THAN;
    }
}
