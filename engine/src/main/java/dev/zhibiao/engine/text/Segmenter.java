package dev.zhibiao.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Chinese text into paragraphs, sentences and clauses by punctuation, keeping offsets into the original
 * string. Every scope that resolves "where" and "when" (clause → sentence → paragraph → title) uses these spans.
 */
public final class Segmenter {
    /** Characters that end a sentence (a semicolon ends one too: its clauses state facts of their own). */
    public static final String SENTENCE_ENDS = "。！？!?；;";
    /** Marks that end a sentence in the narrow sense (not a semicolon), and line breaks, which end a heading or cell. */
    public static final String FULL_STOPS_AND_LINES = "。！？!?\n";
    /** Round brackets, full-width and ASCII: a note in them stands apart from its clause (（700年）, (5%)). */
    public static final String OPENING_BRACKETS = "（(";
    public static final String CLOSING_BRACKETS = "）)";
    /** Full-width quotation marks, double, corner and double corner (“…”, 「…」, 『…』): what someone said, a name, a slogan. */
    public static final String OPENING_QUOTES = "“「『";
    public static final String CLOSING_QUOTES = "”」』";
    private static final String CLAUSE_ENDS = SENTENCE_ENDS + "，,：:";
    private static final char TITLE_OPEN = '《';
    private static final char TITLE_CLOSE = '》';
    private static final int MAX_TITLE_REACH = 60;

    private Segmenter() {
    }

    /** Whether the character ends a sentence ({@link #SENTENCE_ENDS} or a line break). */
    public static boolean endsSentence(char c) {
        return c == '\n' || SENTENCE_ENDS.indexOf(c) >= 0;
    }

    /** Whether the character ends a clause: a sentence end, ，, ：, or a line break. */
    public static boolean endsClause(char c) {
        return c == '\n' || CLAUSE_ENDS.indexOf(c) >= 0;
    }

    /** The start of the sentence holding the offset: after the last full stop or line break before it. */
    public static int sentenceStart(String text, int offset) {
        int start = offset;
        while (start > 0 && FULL_STOPS_AND_LINES.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** Whether one of the words is written before the offset in the sentence holding it. */
    public static boolean writtenBeforeInSentence(String text, int offset, List<String> words) {
        String before = text.substring(sentenceStart(text, offset), offset);
        return words.stream().anyMatch(before::contains);
    }

    /** The end of the sentence holding the offset: at the next full stop or line break, else the text's end. */
    public static int sentenceEnd(String text, int offset) {
        int end = offset;
        while (end < text.length() && FULL_STOPS_AND_LINES.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The end of the clause holding the offset: at the next clause or sentence end, else the text's end. */
    public static int clauseEnd(String text, int offset) {
        int end = offset;
        while (end < text.length() && !endsClause(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * The offset after the 》 closing a title the text from {@code offset} on lies in (杭州倡议》 of 《人工智能教育杭州倡议》),
     * looked for within {@code reach} characters; -1 when a 《 or a sentence's end comes first.
     */
    public static int titleEndAfter(CharSequence t, int offset, int reach) {
        int limit = Math.min(t.length(), offset + reach);
        for (int k = offset; k < limit; k++) {
            char c = t.charAt(k);
            if (c == TITLE_CLOSE) {
                return k + 1;
            }
            if (c == TITLE_OPEN || endsSentence(c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the offset lies inside a title between 《 and 》 (《关于实施医保服务十六项便民措施的通知》, 《红海行动》): its
     * numerals and names are the work's, not amounts or places.
     */
    public static boolean insideTitle(CharSequence t, int offset) {
        for (int i = offset - 1; i >= Math.max(0, offset - MAX_TITLE_REACH); i--) {
            char c = t.charAt(i);
            if (c == TITLE_OPEN) {
                return true;
            }
            if (c == TITLE_CLOSE || FULL_STOPS_AND_LINES.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /** Lines of the text (a paragraph per line), without empty ones. */
    public static List<Span> paragraphs(String text) {
        return split(text, 0, text.length(), "\n");
    }

    /** Sentences inside [from, to): ends at 。！？； and line breaks; the end mark belongs to its sentence. */
    public static List<Span> sentences(String text, int from, int to) {
        return split(text, from, to, SENTENCE_ENDS + "\n");
    }

    public static List<Span> sentences(String text) {
        return sentences(text, 0, text.length());
    }

    /** Clauses inside [from, to): sentence ends plus ，：. */
    public static List<Span> clauses(String text, int from, int to) {
        return split(text, from, to, CLAUSE_ENDS + "\n");
    }

    /**
     * The span among {@code spans} (in text order, not overlapping) that contains {@code offset}, or the last one
     * starting before it; binary search, since posts can have thousands of sentences.
     */
    public static Span around(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best >= 0 ? spans.get(best) : new Span(offset, offset);
    }

    private static List<Span> split(String text, int from, int to, String marks) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!HanCharacters.isHan(c) && marks.indexOf(c) >= 0) { // most of a text is Han, which no mark is
                int end = c == '\n' ? i : i + 1;
                // a closing quote or bracket right after the mark belongs to the same sentence
                while (c != '\n' && end < to && "”’」』）)".indexOf(text.charAt(end)) >= 0) {
                    end++;
                    i++;
                }
                addTrimmed(text, start, end, out);
                start = i + 1;
            }
        }
        addTrimmed(text, start, to, out);
        return out;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
