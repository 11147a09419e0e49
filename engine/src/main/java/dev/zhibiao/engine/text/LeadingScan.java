package dev.zhibiao.engine.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern whose matches all begin with one of a few characters, scanned only where one of them stands: a regex
 * find tries every position of a post, and the time expressions' scans cost a tenth of the engine's time so.
 * Immutable and thread-safe; its matchers are not.
 */
public final class LeadingScan {
    private final Pattern pattern;
    private final BitSet leading = new BitSet(Character.MAX_VALUE + 1);

    /**
     * @param leadingCharacters the characters a match can begin with, as the body of a regex character class
     *                          ({@code 0-9今去}): ranges and single characters, no escapes
     * @param regex             the pattern; it is compiled with a lookahead on these characters, so it matches only
     *                          where they stand whichever way it is run
     */
    public LeadingScan(String leadingCharacters, String regex) {
        this.pattern = Pattern.compile("(?=[" + leadingCharacters + "])(?:" + regex + ")");
        for (int i = 0; i < leadingCharacters.length(); i++) {
            boolean range = i + 2 < leadingCharacters.length() && leadingCharacters.charAt(i + 1) == '-';
            char last = range ? leadingCharacters.charAt(i + 2) : leadingCharacters.charAt(i);
            leading.set(leadingCharacters.charAt(i), last + 1);
            i += range ? 2 : 0;
        }
    }

    /** A matcher over the text whose lookbehinds see the text before any position the scan starts at. */
    public Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** As {@code matcher(text).matches()}: a text not opening with a leading character is no match, and needs no matcher. */
    public boolean matches(CharSequence text) {
        return !text.isEmpty() && leading.get(text.charAt(0)) && pattern.matcher(text).matches();
    }

    /**
     * As {@link Matcher#find(int)}: the leftmost match starting at or after {@code from}, the matcher on it; false when
     * there is none.
     */
    public boolean find(Matcher m, CharSequence text, int from) {
        for (int at = from; at < text.length(); at++) {
            if (leading.get(text.charAt(at)) && m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Where a scan goes on after the match the matcher is on, as {@link Matcher#find()} would: past it, never stuck. */
    public static int after(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }
}
