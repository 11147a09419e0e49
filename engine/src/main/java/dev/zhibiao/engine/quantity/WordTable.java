package dev.zhibiao.engine.quantity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/** A fixed set of words, each with a value, matched longest first where a word starts or ends at a position. */
final class WordTable<V> {
    private final String[] words;
    private final Map<String, V> values;

    WordTable(Map<String, V> values) {
        this.values = Map.copyOf(values);
        this.words = values.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }

    /** Words of one space-separated list, all with the same value. */
    static <V> Map<String, V> all(String spaceSeparated, V value) {
        return Arrays.stream(spaceSeparated.split(" +")).filter(w -> !w.isEmpty()).collect(java.util.stream.Collectors.toMap(w -> w, w -> value, (a, b) -> a));
    }

    /** The longest word that starts at {@code i}, or null. */
    String startingAt(CharSequence t, int i) {
        for (String w : words) {
            if (NumeralScanner.regionMatches(t, i, w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word that ends right before {@code end} and starts at or after {@code floor}, or null. */
    String endingAt(CharSequence t, int end, int floor) {
        for (String w : words) {
            int start = end - w.length();
            if (start >= floor && NumeralScanner.regionMatches(t, start, w)) {
                return w;
            }
        }
        return null;
    }

    /** End of the first word covering position {@code i} (starting at most {@code maxLength - 1} before it), or -1. */
    int endOfWordCovering(CharSequence t, int i, int maxLength) {
        for (int start = Math.max(0, i - maxLength + 1); start <= i; start++) {
            String w = startingAt(t, start);
            if (w != null && start + w.length() > i) {
                return start + w.length();
            }
        }
        return -1;
    }

    V value(String word) {
        return values.get(word);
    }
}
