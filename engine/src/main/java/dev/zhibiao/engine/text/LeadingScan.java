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
    /**
     * A cheap look at the characters around a leading one: false where no match the scan's callers keep can begin
     * there, so the scan skips the position without resetting its matcher (a reset at every digit of a post is costly).
     */
    @FunctionalInterface
    public interface PositionTest {
        boolean mayMatchAt(CharSequence text, int at);
    }

    private final Pattern pattern;
    private final BitSet leading = new BitSet(Character.MAX_VALUE + 1);
    private final PositionTest worthTrying;
    /**
     * The leading characters when they are this few, or null: a scan for them goes by {@link String#indexOf(int, int)},
     * which passes over the text many characters at a time, instead of testing every character.
     */
    private final char[] fewLeading;
    private static final int MAX_FEW_LEADING = 3;

    /**
     * @param leadingCharacters the characters a match can begin with, as the body of a regex character class
     *                          ({@code 0-9今去}): ranges and single characters, no escapes
     * @param regex             the pattern; it is compiled with a lookahead on these characters, so it matches only
     *                          where they stand whichever way it is run
     */
    public LeadingScan(String leadingCharacters, String regex) {
        this(leadingCharacters, regex, (text, at) -> true);
    }

    /**
     * @param worthTrying false only where no match begins, or only one its callers skip (an empty one): {@link #find}
     *                    tries the pattern only where it is true
     */
    public LeadingScan(String leadingCharacters, String regex, PositionTest worthTrying) {
        this.worthTrying = worthTrying;
        this.pattern = Pattern.compile("(?=[" + leadingCharacters + "])(?:" + regex + ")");
        for (int i = 0; i < leadingCharacters.length(); i++) {
            boolean range = i + 2 < leadingCharacters.length() && leadingCharacters.charAt(i + 1) == '-';
            char last = range ? leadingCharacters.charAt(i + 2) : leadingCharacters.charAt(i);
            leading.set(leadingCharacters.charAt(i), last + 1);
            i += range ? 2 : 0;
        }
        if (leading.cardinality() <= MAX_FEW_LEADING) {
            fewLeading = new char[leading.cardinality()];
            for (int c = leading.nextSetBit(0), k = 0; c >= 0; c = leading.nextSetBit(c + 1), k++) {
                fewLeading[k] = (char) c;
            }
        } else {
            fewLeading = null;
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
     * there is none. Positions the scan's {@link PositionTest} rules out are not tried.
     */
    public boolean find(Matcher m, CharSequence text, int from) {
        if (fewLeading != null && text instanceof String string) {
            return findByIndex(m, string, from);
        }
        for (int at = from; at < text.length(); at++) {
            if (leading.get(text.charAt(at)) && worthTrying.mayMatchAt(text, at) && m.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #find}, visiting the same positions in the same order: the next of each leading character, nearest first. */
    private boolean findByIndex(Matcher m, String text, int from) {
        int[] next = new int[fewLeading.length];
        for (int k = 0; k < fewLeading.length; k++) {
            next[k] = nextOf(text, fewLeading[k], from);
        }
        while (true) {
            int nearest = 0;
            for (int k = 1; k < next.length; k++) {
                nearest = next[k] < next[nearest] ? k : nearest;
            }
            int at = next[nearest];
            if (at >= text.length()) {
                return false;
            }
            if (worthTrying.mayMatchAt(text, at) && m.region(at, text.length()).lookingAt()) {
                return true;
            }
            next[nearest] = nextOf(text, fewLeading[nearest], at + 1);
        }
    }

    /** Where the character next stands at or after {@code from}; the text's length when it does not. */
    private static int nextOf(String text, char c, int from) {
        int at = text.indexOf(c, from);
        return at < 0 ? text.length() : at;
    }

    /** Where a scan goes on after the match the matcher is on, as {@link Matcher#find()} would: past it, never stuck. */
    public static int after(Matcher m) {
        return m.end() == m.start() ? m.end() + 1 : m.end();
    }
}
