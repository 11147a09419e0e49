package dev.zhibiao.engine.text;

/** Arabic digits, half-width (0-9) or full-width (０-９), as the engine reads them in amounts, labels and periods. */
public final class ArabicDigits {
    private ArabicDigits() {
    }

    public static boolean is(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Half-width digits only (0-9): what a Latin name's number is written with (iPhone 13) and a division code holds. */
    public static boolean isAscii(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether any character of the text is an Arabic digit. */
    public static boolean anyIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
