package dev.zhibiao.engine.text;

import java.util.List;
import java.util.Optional;

/**
 * The paragraphs, sentences and clauses of one document, split once. Contexts that ask which sentence holds an
 * offset for every amount of a post would otherwise split the whole text again per amount. Immutable.
 */
public final class DocumentSpans {
    /** Body lines up to this long without a sentence end are headlines of the item that follows them. */
    private static final int MAX_HEADLINE = 40;
    private final String text;
    private final List<Span> paragraphs;
    private final List<Span> sentences;
    private final List<Span> clauses;

    public DocumentSpans(String text) {
        this.text = text;
        this.paragraphs = List.copyOf(Segmenter.paragraphs(text));
        this.sentences = Segmenter.sentences(text);
        this.clauses = Segmenter.clauses(text, 0, text.length());
    }

    /** The paragraphs (lines), in text order. */
    public List<Span> paragraphs() {
        return paragraphs;
    }

    public Span paragraphAt(int offset) {
        return Segmenter.around(paragraphs, offset);
    }

    /** The paragraph after the given one, if any. */
    public Optional<Span> paragraphAfter(Span paragraph) {
        int i = indexOfParagraph(paragraph);
        return i >= 0 && i + 1 < paragraphs.size() ? Optional.of(paragraphs.get(i + 1)) : Optional.empty();
    }

    /** The paragraph before the given one, if any. */
    public Optional<Span> paragraphBefore(Span paragraph) {
        int i = indexOfParagraph(paragraph);
        return i > 0 ? Optional.of(paragraphs.get(i - 1)) : Optional.empty();
    }

    /** The paragraph's index, or -1: a binary search by start, as facts ask it of posts with hundreds of paragraphs. */
    private int indexOfParagraph(Span paragraph) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = paragraphs.get(mid).start();
            if (start == paragraph.start()) {
                return paragraphs.get(mid).equals(paragraph) ? mid : -1;
            }
            if (start < paragraph.start()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Whether a paragraph is a headline: short, with no sentence end. */
    public boolean isHeadline(Span paragraph) {
        if (paragraph.end() <= paragraph.start() || paragraph.end() - paragraph.start() > MAX_HEADLINE) {
            return false;
        }
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (Segmenter.SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    public Span sentenceAt(int offset) {
        return Segmenter.around(sentences, offset);
    }

    public Span clauseAt(int offset) {
        return Segmenter.around(clauses, offset);
    }

    /** The sentences that start inside the scope (a paragraph: all of its sentences), in text order. */
    public List<Span> sentencesIn(Span scope) {
        return sentences.subList(firstStartingAtOrAfter(scope.start()), firstStartingAtOrAfter(scope.end()));
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
