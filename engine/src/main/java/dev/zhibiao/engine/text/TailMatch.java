package dev.zhibiao.engine.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A find of a pattern anchored at the end of the text ($) whose matches are a few characters at most, tried on the
 * text's tail only: a plain find tries every position, and a pattern opening with a lookbehind or a large character
 * class is costly at each. Its lookbehinds still see the characters before the tail, and ^ matches only at the text's
 * start, as in a find over the whole text.
 */
public final class TailMatch {
    /** $ also matches before a line terminator ending the text, which is two characters at most (\r\n). */
    private static final int FINAL_TERMINATOR = 2;

    /** The line terminators {@code $} matches before when one ends a text. */
    private static final String LINE_TERMINATORS = "\n\r\u0085\u2028\u2029";

    private TailMatch() {
    }

    /**
     * Whether a match of an end-anchored pattern can stand at the text's end: its last character is one the pattern's
     * matches end with, or a line terminator, before which {@code $} also matches. A cheap test before any matcher.
     *
     * @param lastCharacters the characters every match of the pattern ends with
     */
    public static boolean mayEndWith(CharSequence text, String lastCharacters) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return lastCharacters.indexOf(last) >= 0 || LINE_TERMINATORS.indexOf(last) >= 0;
    }

    /**
     * A matcher whose {@link Matcher#find()} finds what a find over the whole text would.
     *
     * @param longestMatch no match of the pattern is longer
     */
    public static Matcher of(Pattern endAnchored, CharSequence text, int longestMatch) {
        int from = Math.max(0, text.length() - longestMatch - FINAL_TERMINATOR);
        return endAnchored.matcher(text).region(from, text.length()).useTransparentBounds(true)
            .useAnchoringBounds(false);
    }
}
