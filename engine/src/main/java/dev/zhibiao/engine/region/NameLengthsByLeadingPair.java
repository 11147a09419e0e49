package dev.zhibiao.engine.region;

import java.util.HashMap;
import java.util.Map;

/**
 * For each pair of leading characters, the lengths of the names starting with it, as a bit set (bit k: a name of k
 * characters). A text scan asks this first: it skips the (vast majority of) positions where no name starts, and at the
 * others looks up only the lengths some name has, without hashing or allocating. Open addressing over int keys;
 * names shorter than two characters or longer than 63 are not stored (no place name is).
 */
final class NameLengthsByLeadingPair {
    private static final int LONGEST_STORED = Long.SIZE - 1;
    /** The longest name whose length a slot holds itself (see {@link #slots}). */
    private static final int LONGEST_IN_SLOT = Integer.SIZE - 1;
    /** A slot's bit 0, which no length uses: the pair also begins a name longer than {@link #LONGEST_IN_SLOT}. */
    private static final long HAS_LONGER = 1L;
    /** A slot's low half without {@link #HAS_LONGER}: the lengths 2..31 of the names the pair begins. */
    private static final long LENGTHS_IN_SLOT = 0xFFFF_FFFEL;

    /** Bits of {@link #present} per slot: with at most 3 pairs in 4 slots, at most 3/16 of the bits are set. */
    private static final int PRESENT_BITS_PER_SLOT = 4;

    /**
     * One bit per hash of a pair: a clear bit says no name starts with the pair. It answers most positions of a text
     * without touching the larger table, and it is asked at every position, so it is sized to the pairs stored (128 KiB
     * for the division table's, 4 KiB for the other names'), not fixed: a large filter with few bits set misses the
     * cache as often as the table it stands for.
     */
    private long[] present = new long[PRESENT_BITS_PER_SLOT * (1 << 10) / Long.SIZE];
    /**
     * One long per pair: bits 63..32 the pair's key, bits 31..2 the lengths of its names up to {@link #LONGEST_IN_SLOT}
     * (bit k: a name of k characters), bit 0 {@link #HAS_LONGER}; 0 is an empty slot. The probes of a text scan miss the
     * cache, so the table is kept to 8 bytes per slot (150,000 pairs of the division table: 2 MiB, not 8 MiB with a key
     * and a long beside it), a lookup reading one cache line.
     */
    private long[] slots = new long[1 << 10];
    private int size;
    /** The full lengths of the few pairs that also begin a name longer than {@link #LONGEST_IN_SLOT} (one in the table). */
    private final Map<Integer, Long> withLongerNames = new HashMap<>();

    void add(CharSequence name) {
        if (name.length() < 2 || name.length() > LONGEST_STORED) {
            return;
        }
        int key = key(name.charAt(0), name.charAt(1));
        int slot = slot(key);
        if (slots[slot] == 0) {
            setPresent(key);
            slots[slot] = (long) key << Integer.SIZE;
            if (++size * 4 > slots.length * 3) {
                grow();
                slot = slot(key);
            }
        }
        long length = 1L << name.length();
        if (name.length() > LONGEST_IN_SLOT || (slots[slot] & HAS_LONGER) != 0) {
            withLongerNames.merge(key, length | slots[slot] & LENGTHS_IN_SLOT, (a, b) -> a | b);
            slots[slot] |= HAS_LONGER;
        }
        slots[slot] |= length & LENGTHS_IN_SLOT;
    }

    /** Bit k set when a name of k characters starts with these two; 0 when none does. */
    long lengthsStartingWith(char first, char second) {
        int key = key(first, second);
        int bit = presenceBit(key);
        if ((present[bit >>> 6] & 1L << bit) == 0) {
            return 0;
        }
        long entry = slots[slot(key)];
        if (entry == 0) {
            return 0;
        }
        return (entry & HAS_LONGER) == 0 ? entry & LENGTHS_IN_SLOT : withLongerNames.get(key);
    }

    /**
     * {@link #lengthsStartingWith} of the two characters at each position of the text (the last position: 0). A scan
     * that looks the pairs up one at a time between its other work waits for a cache miss into the large table at
     * each; looked up together in one loop, the misses overlap.
     */
    long[] lengthsAlong(String text) {
        long[] lengths = new long[text.length()];
        for (int i = 0; i + 1 < text.length(); i++) {
            lengths[i] = lengthsStartingWith(text.charAt(i), text.charAt(i + 1));
        }
        return lengths;
    }

    /** Index of the key's entry in {@link #slots}, or of the empty one where it would go. */
    private int slot(int key) {
        int mask = slots.length - 1;
        int slot = (key * 0x9E3779B1 >>> 7) & mask;
        while (slots[slot] != 0 && (int) (slots[slot] >>> Integer.SIZE) != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        present = new long[PRESENT_BITS_PER_SLOT * slots.length / Long.SIZE];
        for (long entry : old) {
            if (entry != 0) {
                int key = (int) (entry >>> Integer.SIZE);
                slots[slot(key)] = entry;
                setPresent(key);
            }
        }
    }

    private void setPresent(int key) {
        int bit = presenceBit(key);
        present[bit >>> 6] |= 1L << bit;
    }

    private int presenceBit(int key) {
        return (key * 0x9E3779B1) >>> (Integer.SIZE - Integer.numberOfTrailingZeros(present.length * Long.SIZE));
    }

    /** Never 0 for real characters: the first is never NUL in a name. */
    private static int key(char first, char second) {
        return first << 16 | second;
    }
}
