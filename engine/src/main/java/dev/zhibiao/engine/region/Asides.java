package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.Segmenter;
import java.util.regex.Pattern;

/**
 * The notes in brackets and the quotations of a post: a place named inside one is the note's or the quotation's, not
 * that of the facts after it.
 */
final class Asides {
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("[0-9一二两三四五六七八九十]\\p{IsHan}$");
    private static final Pattern ASIDE = Pattern.compile("[，,、；;0-9]|^(?:不含|不包括|除)");
    /** Marks opening a note or a quotation, and closing one. */
    private static final String NOTE_AND_QUOTE_OPENERS = Segmenter.OPENING_BRACKETS + Segmenter.OPENING_QUOTES;
    private static final String NOTE_AND_QUOTE_CLOSERS = Segmenter.CLOSING_BRACKETS + Segmenter.CLOSING_QUOTES;

    private final String text;
    /**
     * For each offset, {@link #unclosedBracketBefore}: built on first use in one pass, as it is asked for every place in
     * scope of every amount, and a scan back from each would cross the post.
     */
    private int[] unclosedBrackets;

    Asides(String text) {
        this.text = text;
    }

    /**
     * Whether the place is named in an aside that closes before the offset — brackets holding a clause, a list, an
     * amount or an exclusion, or naming the things an amount counts (有小二型水库1座（柞木村水库总库容量31.68万立方米，
     * …），大小塘坝10个; 小二型水库3座（三合、泰来水库），拦河坝13座; 小一型水库1座（姜家店水库）; 银川市（不含宁东）) —
     * which the facts after it are not about; a place that only qualifies a name (厦金大桥（厦门段）) is no aside.
     */
    boolean inAsideClosedBefore(PlaceMention place, int offset) {
        int open = unclosedBracketBefore(place.start());
        if (open < 0) {
            return false;
        }
        for (int k = place.end(); k < offset; k++) {
            if (Segmenter.CLOSING_BRACKETS.indexOf(text.charAt(k)) >= 0) {
                return ASIDE.matcher(text.substring(open + 1, k)).find()
                    || AMOUNT_BEFORE.matcher(text.substring(Math.max(0, open - 2), open)).find();
            }
        }
        return false;
    }

    /** The last opening bracket before the offset when no closing one follows it there; else -1. */
    private int unclosedBracketBefore(int offset) {
        if (unclosedBrackets == null) {
            unclosedBrackets = new int[text.length() + 1];
            int open = -1;
            for (int k = 0; k < text.length(); k++) {
                unclosedBrackets[k] = open;
                char c = text.charAt(k);
                open = Segmenter.OPENING_BRACKETS.indexOf(c) >= 0 ? k : Segmenter.CLOSING_BRACKETS.indexOf(c) >= 0 ? -1 : open;
            }
            unclosedBrackets[text.length()] = open;
        }
        return unclosedBrackets[offset];
    }

    /** Whether a note or quotation opened between the offsets is still open at the end: its places are its own. */
    boolean openMarkBetween(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (NOTE_AND_QUOTE_OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (NOTE_AND_QUOTE_CLOSERS.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }
}
