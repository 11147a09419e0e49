package dev.zhibiao.engine.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A price said per one of a measure, as spoken (五块多一斤, 8块钱一斤, 50元一亩): the money is a rate, 元/斤, and the
 * 一斤 after it no amount of its own.
 */
final class PricesPerUnit {
    /** 一 and the measure priced (一斤, 一公斤, 一亩), not a span (一个月, 一个多月). */
    private static final String PER_ONE_WORDS = "一(公斤|千克|斤|两|吨|亩|平方米|立方米|个(?![月多半])|只|头|株|棵|袋|箱|瓶|盒|份|次)";
    private static final Pattern PER_ONE = Pattern.compile(PER_ONE_WORDS);
    /** Money as spoken after its number, with 多 and the measure priced if any (块钱, 元钱, 块多一斤, 元一亩). */
    private static final Pattern SPOKEN_MONEY = Pattern.compile("[块元]钱?多?(?:" + PER_ONE_WORDS + ")?");

    private static final String MORE_MARKS = "多余";

    private PricesPerUnit() {
    }

    /** Whether the words after a number are its money as spoken (8块钱, 五块多一斤, 500元一亩), no noun. */
    static boolean isSpokenMoney(String written) {
        return SPOKEN_MONEY.matcher(written).matches();
    }

    /** Where the 一 of a measure priced per one would start after money ending at {@code at}: past a 多 (五块多一斤). */
    static int perOneStart(String t, int at) {
        return at < t.length() && MORE_MARKS.indexOf(t.charAt(at)) >= 0 ? at + 1 : at;
    }

    /** The measure priced per one right at {@code at} (斤 of 一斤), or null. */
    static String measureAt(String t, int at) {
        Matcher m = PER_ONE.matcher(t).region(Math.min(at, t.length()), t.length());
        return m.lookingAt() ? m.group(1) : null;
    }
}
