package dev.zhibiao.engine.text;

import java.util.BitSet;

/**
 * Whether a character is of the Han script, as {@link Character.UnicodeScript#HAN} says, answered from a table: the
 * engine asks for most characters it scans, and the JDK answers each with a binary search over all scripts' ranges.
 */
public final class HanCharacters {
    private static final int BMP_SIZE = 0x10000;
    private static final BitSet HAN_IN_BMP = new BitSet(BMP_SIZE);

    static {
        for (int c = 0; c < BMP_SIZE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                HAN_IN_BMP.set(c);
            }
        }
    }

    private HanCharacters() {
    }

    public static boolean isHan(int codePoint) {
        return codePoint < BMP_SIZE ? HAN_IN_BMP.get(codePoint) : Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether every char of {@code text[from, to)} is Han (true when the range is empty). */
    public static boolean isAllHan(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHan(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
