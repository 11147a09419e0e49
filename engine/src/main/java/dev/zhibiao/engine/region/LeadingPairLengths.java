package dev.zhibiao.engine.region;

/**
 * For each pair of leading characters, the length of the longest name starting with it. A text scan asks this first
 * and skips the (vast majority of) positions where no name starts, without hashing or allocating. Open addressing
 * over int keys; names shorter than two characters are not stored (no place name is).
 */
final class LeadingPairLengths {
    private int[] keys = new int[1 << 10];
    private int[] longest = new int[1 << 10];
    private int size;

    void add(CharSequence name) {
        if (name.length() < 2) {
            return;
        }
        int key = key(name.charAt(0), name.charAt(1));
        int slot = slot(key);
        if (keys[slot] == 0) {
            keys[slot] = key;
            if (++size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        longest[slot] = Math.max(longest[slot], name.length());
    }

    /** Length of the longest name starting with these two characters; 0 when none does. */
    int longestStartingWith(char first, char second) {
        int key = key(first, second);
        int slot = slot(key);
        return keys[slot] == key ? longest[slot] : 0;
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int slot = (key * 0x9E3779B1 >>> 7) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldLongest = longest;
        keys = new int[oldKeys.length * 2];
        longest = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                longest[slot] = oldLongest[i];
            }
        }
    }

    /** Never 0 for real characters: the first is never NUL in a name. */
    private static int key(char first, char second) {
        return first << 16 | second;
    }
}
