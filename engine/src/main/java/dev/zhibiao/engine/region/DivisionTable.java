package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * The national administrative-division table (province → prefecture → county → township → village), loaded once
 * from the {@code china-division} CSVs on the classpath. Thread-safe; its contents never change.
 *
 * <p>About 665,000 entries are kept in parallel primitive arrays (codes, levels, parent indexes, names packed into
 * one char array) with a chained hash index over the names, so the table costs tens of megabytes instead of the
 * hundreds that one object per entry would. Entries are stored level by level, each level sorted by code. The
 * {@link Region} of an entry is made when first asked for and kept (the 701 corpus posts ask for about 19,000, 4 MB),
 * sharing its ancestors' names.
 */
public final class DivisionTable {
    /** Levels stored in the table, in storage order. */
    static final RegionLevel[] STORED_LEVELS = {
        RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE};
    /** Digits of a code per stored level. */
    private static final int[] CODE_DIGITS = {2, 4, 6, 9, 12};

    private final long[] codes;
    private final byte[] levels;
    private final int[] parents;
    private final boolean[] placeholders;
    private final char[] nameChars;
    private final int[] nameStarts;
    /** levelStarts[k] .. levelStarts[k + 1] is the index range of STORED_LEVELS[k]. */
    private final int[] levelStarts;
    private final int[] nameBuckets;
    /**
     * Chains the distinct names of a bucket: each link is the first entry of one name, whose other entries follow by
     * {@link #nextWithSameName} (ascending). A common name (新村, 和平村) has hundreds of entries, compared once. Only
     * the links of first entries are read.
     */
    private final int[] nextNameInBucket;
    private final int[] nextWithSameName;
    /** Each entry's {@link Region}, built the first time it is asked for (immutable, so racing builders are harmless). */
    private final Region[] regions;
    /**
     * The characters names end with (村, 镇, 区, 县… — 74 of them): a tenth of a text's characters, so a lookup of words
     * ending in any other is answered without touching the hash index.
     */
    private final BitSet lastCharacters = new BitSet(Character.MAX_VALUE + 1);
    /** The hashes of the names indexed: most words looked up name nothing and need no walk of the index. */
    private final NameHashFilter nameHashes;

    DivisionTable(DivisionTableBuilder b) {
        this.codes = b.codes();
        this.levels = b.levels();
        this.parents = b.parents();
        this.placeholders = b.placeholders();
        this.nameChars = b.nameChars();
        this.nameStarts = b.nameStarts();
        this.levelStarts = b.levelStarts();
        int size = codes.length;
        int buckets = Integer.highestOneBit(Math.max(16, size * 2));
        this.nameBuckets = new int[buckets];
        Arrays.fill(nameBuckets, -1);
        this.nextNameInBucket = new int[size];
        this.nextWithSameName = new int[size];
        this.regions = new Region[size];
        this.nameHashes = new NameHashFilter(size);
        for (int i = size - 1; i >= 0; i--) {
            if (!placeholders[i]) {
                lastCharacters.set(nameChars[nameStarts[i + 1] - 1]);
                index(i);
            }
        }
    }

    /** Adds entry {@code i}, lower than all indexed so far, to the index: it heads its name's entries. */
    private void index(int i) {
        int nameHash = hash(nameChars, nameStarts[i], nameStarts[i + 1]);
        nameHashes.add(nameHash);
        int bucket = bucket(nameHash);
        int before = -1;
        int same = nameBuckets[bucket];
        while (same >= 0 && !sameName(same, i)) {
            before = same;
            same = nextNameInBucket[same];
        }
        nextWithSameName[i] = same;
        if (same >= 0) {
            nextNameInBucket[i] = nextNameInBucket[same];
        } else {
            nextNameInBucket[i] = nameBuckets[bucket];
            before = -1;
        }
        if (before < 0) {
            nameBuckets[bucket] = i;
        } else {
            nextNameInBucket[before] = i;
        }
    }

    private static final class Holder {
        static final DivisionTable SHARED = DivisionCsv.loadFromClasspath();
    }

    /** The table loaded from the classpath, once per JVM. */
    public static DivisionTable shared() {
        return Holder.SHARED;
    }

    public int size() {
        return codes.length;
    }

    /** Entries of one level; placeholder prefectures (市辖区, 县 of the municipalities) are not counted. */
    public int count(RegionLevel level) {
        int k = storedLevelIndex(level);
        if (k < 0) {
            return 0;
        }
        int n = 0;
        for (int i = levelStarts[k]; i < levelStarts[k + 1]; i++) {
            if (!placeholders[i]) {
                n++;
            }
        }
        return n;
    }

    public Optional<Region> byCode(String code) {
        int i = indexOfCode(code);
        return i < 0 || placeholders[i] ? Optional.empty() : Optional.of(region(i));
    }

    /** All places with exactly this (normalized) name, across levels. */
    public List<Region> named(String name) {
        List<Region> out = new ArrayList<>();
        for (int i = firstNamed(name, 0, name.length(), hash(name, 0, name.length())); i >= 0; i = nextWithSameName(i)) {
            out.add(region(i));
        }
        return out;
    }

    /**
     * The place and its ancestors, top level first (广西壮族自治区, 百色市, 田东县 for 田东县); foreign countries are
     * their own lineage.
     */
    public List<Region> lineage(Region region) {
        int i = region.level() == RegionLevel.COUNTRY ? -1 : indexOfCode(region.code());
        if (i < 0) {
            return List.of(region);
        }
        List<Region> out = new ArrayList<>(5);
        for (; i >= 0; i = parents[i]) {
            if (!placeholders[i]) {
                out.add(0, region(i));
            }
        }
        return out;
    }

    /** Index range [from, to) of the entries of a level. */
    int[] indexRange(RegionLevel level) {
        int k = storedLevelIndex(level);
        return k < 0 ? new int[] {0, 0} : new int[] {levelStarts[k], levelStarts[k + 1]};
    }

    boolean isPlaceholder(int index) {
        return placeholders[index];
    }

    /** Whether some name ends with this character: else no words ending with it are a name. */
    boolean mayEndName(char last) {
        return lastCharacters.get(last);
    }

    /**
     * The first entry (lowest index) named {@code text[start, end)}, whose {@link String#hashCode()} is {@code nameHash};
     * -1 when none is. The other entries of that name follow by {@link #nextWithSameName(int)}.
     */
    int firstNamed(CharSequence text, int start, int end, int nameHash) {
        if (!nameHashes.mayHold(nameHash)) {
            return -1;
        }
        int i = nameBuckets[bucket(nameHash)];
        while (i >= 0 && !nameEquals(i, text, start, end)) {
            i = nextNameInBucket[i];
        }
        return i;
    }

    /** The next entry with the same name as {@code index}, -1 after the last. */
    int nextWithSameName(int index) {
        return nextWithSameName[index];
    }

    /**
     * Spreads String-style hashes over the buckets: their low bits alone cluster for CJK names (few distinct last
     * characters such as 村, 镇, 县), which made chains long and lookups slow.
     */
    private int bucket(int nameHash) {
        return (nameHash * 0x9E3779B1) >>> (Integer.numberOfLeadingZeros(nameBuckets.length) + 1);
    }

    private boolean sameName(int a, int b) {
        return Arrays.equals(nameChars, nameStarts[a], nameStarts[a + 1], nameChars, nameStarts[b], nameStarts[b + 1]);
    }

    private boolean nameEquals(int index, CharSequence text, int start, int end) {
        int from = nameStarts[index];
        if (nameStarts[index + 1] - from != end - start) {
            return false;
        }
        for (int k = 0; k < end - start; k++) {
            if (nameChars[from + k] != text.charAt(start + k)) {
                return false;
            }
        }
        return true;
    }

    /** The entry as a {@link Region}; the path skips placeholder prefectures (北京市 > 东城区). */
    Region region(int index) {
        Region region = regions[index];
        if (region == null) {
            region = build(index);
            regions[index] = region;
        }
        return region;
    }

    private Region build(int index) {
        int parent = parents[index];
        while (parent >= 0 && placeholders[parent]) {
            parent = parents[parent];
        }
        String name = name(index);
        List<String> path = new ArrayList<>(parent < 0 ? List.of() : region(parent).path());
        path.add(name);
        return new Region(Long.toString(codes[index]), name, STORED_LEVELS[levels[index]], path);
    }

    String name(int index) {
        return new String(nameChars, nameStarts[index], nameStarts[index + 1] - nameStarts[index]);
    }

    private int indexOfCode(String code) {
        if (code == null || code.isEmpty() || code.length() > 12 || !code.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int k = Arrays.binarySearch(CODE_DIGITS, code.length());
        if (k < 0) {
            return -1;
        }
        int i = Arrays.binarySearch(codes, levelStarts[k], levelStarts[k + 1], Long.parseLong(code));
        return i < 0 ? -1 : i;
    }

    private static int storedLevelIndex(RegionLevel level) {
        for (int k = 0; k < STORED_LEVELS.length; k++) {
            if (STORED_LEVELS[k] == level) {
                return k;
            }
        }
        return -1;
    }

    /** Same arithmetic as {@link String#hashCode()}, so callers can hash text incrementally. */
    static int hash(CharSequence s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int hash(char[] s, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + s[i];
        }
        return h;
    }
}
