package dev.zhibiao.engine.quantity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A fixed set of words, each with a value, matched longest first where a word starts or ends at a position. */
final class WordTable<V> {
    private static final String[] NONE = {};
    private final Map<String, V> values;
    /** Words by first character and by last character, longest first. */
    private final CharKeyedTable<String[]> byFirst;
    private final CharKeyedTable<String[]> byLast;
    private final int longest;

    WordTable(Map<String, V> values) {
        this.values = Map.copyOf(values);
        this.byFirst = index(w -> w.charAt(0));
        this.byLast = index(w -> w.charAt(w.length() - 1));
        this.longest = values.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private CharKeyedTable<String[]> index(Function<String, Character> key) {
        Map<Character, String[]> index = new HashMap<>();
        values.keySet().stream().collect(Collectors.groupingBy(key)).forEach((c, words) -> index.put(c,
                words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new)));
        return new CharKeyedTable<>(index);
    }

    /** Words of one space-separated list, all with the same value. */
    static <V> Map<String, V> all(String spaceSeparated, V value) {
        return Arrays.stream(spaceSeparated.split(" +")).filter(w -> !w.isEmpty())
                .collect(Collectors.toMap(w -> w, w -> value, (a, b) -> a));
    }

    /** Whether some word begins with {@code c}: {@link #startingAt} finds none where this is false. */
    boolean mayStartWith(char c) {
        return byFirst.get(c) != null;
    }

    /** The longest word that starts at {@code i}, or null. */
    String startingAt(CharSequence t, int i) {
        if (i < 0 || i >= t.length()) {
            return null;
        }
        for (String w : orNone(byFirst.get(t.charAt(i)))) {
            if (NumeralScanner.regionMatches(t, i, w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word that ends right before {@code end} and starts at or after {@code floor}, or null. */
    String endingAt(CharSequence t, int end, int floor) {
        if (end <= 0 || end > t.length()) {
            return null;
        }
        for (String w : orNone(byLast.get(t.charAt(end - 1)))) {
            int start = end - w.length();
            if (start >= floor && NumeralScanner.regionMatches(t, start, w)) {
                return w;
            }
        }
        return null;
    }

    /** End of the first word that starts before position {@code i} and covers it, or -1. */
    int endOfWordOpenedBefore(CharSequence t, int i) {
        return endOfWordCovering(t, i, i - 1);
    }

    /** End of the first word covering position {@code i}, or -1. */
    int endOfWordCovering(CharSequence t, int i) {
        return endOfWordCovering(t, i, i);
    }

    /** End of the first word starting at or before {@code lastStart} that covers position {@code i}, or -1. */
    private int endOfWordCovering(CharSequence t, int i, int lastStart) {
        for (int start = Math.max(0, i - longest + 1); start <= lastStart; start++) {
            String w = startingAt(t, start);
            if (w != null && start + w.length() > i) {
                return start + w.length();
            }
        }
        return -1;
    }

    private static String[] orNone(String[] words) {
        return words == null ? NONE : words;
    }

    V value(String word) {
        return values.get(word);
    }
}
