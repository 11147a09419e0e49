package dev.zhibiao.engine.quantity;

import java.util.Map;

/**
 * A fixed map from characters to values, looked up without boxing: open addressing over a char array. The scanners
 * ask it at almost every character of a text, and most characters are not keys, so a miss must be cheap.
 */
final class CharKeyedTable<V> {
    private final char[] keys;
    private final Object[] values;
    private final int mask;

    CharKeyedTable(Map<Character, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
        keys = new char[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((key, value) -> {
            int slot = slot(key);
            while (values[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        });
    }

    private int slot(char c) {
        return (c * 0x9E37) >>> 4 & mask;
    }

    /** The value of {@code c}, or null. */
    @SuppressWarnings("unchecked")
    V get(char c) {
        for (int slot = slot(c); values[slot] != null; slot = (slot + 1) & mask) {
            if (keys[slot] == c) {
                return (V) values[slot];
            }
        }
        return null;
    }
}
