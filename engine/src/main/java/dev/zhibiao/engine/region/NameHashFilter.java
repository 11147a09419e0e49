package dev.zhibiao.engine.region;

/**
 * One bit per hash of a name ({@link String#hashCode()}): a clear bit says no name of the set has that hash. Most words
 * a text scan looks up name nothing (seven in eight for the division table), and their lookup walks a hash index in
 * several large arrays, a cache miss at each step; this table of about one bit in eight set answers most of them with
 * one read.
 */
final class NameHashFilter {
    private static final int BITS_PER_NAME = 8;
    /** Mixes the hash differently from the indexes' bucket hashes, so that a set bit does not just mirror a used bucket. */
    private static final int MIX = 0x85EBCA6B;

    private final long[] bits;
    private final int shift;

    NameHashFilter(int names) {
        int size = Integer.highestOneBit(Math.max(Long.SIZE, names * BITS_PER_NAME - 1)) << 1;
        this.bits = new long[size / Long.SIZE];
        this.shift = Integer.SIZE - Integer.numberOfTrailingZeros(size);
    }

    void add(int nameHash) {
        int bit = bit(nameHash);
        bits[bit >>> 6] |= 1L << bit;
    }

    /** False when no name added has this hash. */
    boolean mayHold(int nameHash) {
        int bit = bit(nameHash);
        return (bits[bit >>> 6] & 1L << bit) != 0;
    }

    private int bit(int nameHash) {
        return (nameHash * MIX) >>> shift;
    }
}
