package dev.zhibiao.engine.region;

/**
 * For each pair of leading characters, the lengths of the names starting with it, as a bit set (bit k: a name of k
 * characters). A text scan asks this first: it skips the (vast majority of) positions where no name starts, and at the
 * others looks up only the lengths some name has, without hashing or allocating. Open addressing over int keys;
 * names shorter than two characters or longer than 63 are not stored (no place name is).
 */
final class NameLengthsByLeadingPair {
    private static final int LONGEST_STORED = Long.SIZE - 1;
    private static final int PRESENT_BITS = 1 << 20;

    /**
     * One bit per hash of a pair: a clear bit says no name starts with the pair. Small enough (128 KiB) to stay in cache,
     * it answers most positions of a text without touching the larger table.
     */
    private final long[] present = new long[PRESENT_BITS / Long.SIZE];
    /**
     * Slot i holds a pair's key at 2i and its lengths at 2i + 1: side by side, a lookup reads one cache line of the
     * large table, not one in each of two arrays.
     */
    private long[] slots = new long[2 << 10];
    private int size;

    void add(CharSequence name) {
        if (name.length() < 2 || name.length() > LONGEST_STORED) {
            return;
        }
        int key = key(name.charAt(0), name.charAt(1));
        int bit = presenceBit(key);
        present[bit >>> 6] |= 1L << bit;
        int slot = slot(key);
        if (slots[slot] == 0) {
            slots[slot] = key;
            if (++size * 4 > slots.length) {
                grow();
                slot = slot(key);
            }
        }
        slots[slot + 1] |= 1L << name.length();
    }

    /** Bit k set when a name of k characters starts with these two; 0 when none does. */
    long lengthsStartingWith(char first, char second) {
        int key = key(first, second);
        int bit = presenceBit(key);
        if ((present[bit >>> 6] & 1L << bit) == 0) {
            return 0;
        }
        int slot = slot(key);
        return slots[slot] == key ? slots[slot + 1] : 0;
    }

    /** Index of the key's entry in {@link #slots}, or of the empty one where it would go. */
    private int slot(int key) {
        int mask = slots.length / 2 - 1;
        int slot = (key * 0x9E3779B1 >>> 7) & mask;
        while (slots[2 * slot] != 0 && slots[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return 2 * slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                int slot = slot((int) old[i]);
                slots[slot] = old[i];
                slots[slot + 1] = old[i + 1];
            }
        }
    }

    private static int presenceBit(int key) {
        return (key * 0x9E3779B1) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(PRESENT_BITS));
    }

    /** Never 0 for real characters: the first is never NUL in a name. */
    private static int key(char first, char second) {
        return first << 16 | second;
    }
}
