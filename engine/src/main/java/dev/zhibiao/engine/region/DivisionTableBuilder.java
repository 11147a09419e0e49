package dev.zhibiao.engine.region;

import java.util.Arrays;

/** Accumulates table entries level by level into growable primitive arrays. */
final class DivisionTableBuilder {
    private long[] codes = new long[1 << 16];
    private byte[] levels = new byte[1 << 16];
    private int[] parents = new int[1 << 16];
    private boolean[] placeholders = new boolean[1 << 16];
    private int[] nameStarts = new int[(1 << 16) + 1];
    private char[] nameChars = new char[1 << 18];
    private final int[] levelStarts = new int[DivisionTable.STORED_LEVELS.length + 1];
    private int size;
    private int currentLevel = -1;

    /** Starts the next level; entries of a level must come sorted by code. */
    void beginLevel(int storedLevel) {
        if (storedLevel != currentLevel + 1) {
            throw new IllegalStateException("levels must be added in order");
        }
        currentLevel = storedLevel;
        levelStarts[storedLevel] = size;
        levelStarts[storedLevel + 1] = size;
    }

    void add(long code, String name, long parentCode, boolean placeholder) {
        if (size > levelStarts[currentLevel] && codes[size - 1] >= code) {
            throw new IllegalStateException("codes not ascending at " + code);
        }
        ensureCapacity(name.length());
        codes[size] = code;
        levels[size] = (byte) currentLevel;
        parents[size] = currentLevel == 0 ? -1 : parentIndex(parentCode, code);
        placeholders[size] = placeholder;
        int start = nameStarts[size];
        name.getChars(0, name.length(), nameChars, start);
        nameStarts[size + 1] = start + name.length();
        size++;
        levelStarts[currentLevel + 1] = size;
    }

    private int parentIndex(long parentCode, long code) {
        int i = Arrays.binarySearch(codes, levelStarts[currentLevel - 1], levelStarts[currentLevel], parentCode);
        if (i < 0) {
            throw new IllegalStateException("no parent " + parentCode + " for " + code);
        }
        return i;
    }

    private void ensureCapacity(int nameLength) {
        if (size + 1 >= codes.length) {
            int n = codes.length * 2;
            codes = Arrays.copyOf(codes, n);
            levels = Arrays.copyOf(levels, n);
            parents = Arrays.copyOf(parents, n);
            placeholders = Arrays.copyOf(placeholders, n);
            nameStarts = Arrays.copyOf(nameStarts, n + 1);
        }
        if (nameStarts[size] + nameLength > nameChars.length) {
            nameChars = Arrays.copyOf(nameChars, Math.max(nameChars.length * 2, nameStarts[size] + nameLength));
        }
    }

    long[] codes() {
        return Arrays.copyOf(codes, size);
    }

    byte[] levels() {
        return Arrays.copyOf(levels, size);
    }

    int[] parents() {
        return Arrays.copyOf(parents, size);
    }

    boolean[] placeholders() {
        return Arrays.copyOf(placeholders, size);
    }

    int[] nameStarts() {
        return Arrays.copyOf(nameStarts, size + 1);
    }

    char[] nameChars() {
        return Arrays.copyOf(nameChars, nameStarts[size]);
    }

    int[] levelStarts() {
        return levelStarts.clone();
    }
}
