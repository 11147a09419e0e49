package dev.zhibiao.engine.period;

import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Span;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The year of the attached table a section refers its reader to (三、深度贫困情况 … 24个（具体情况见附表）, with the table
 * captioned 长顺县2017年深度贫困村、极贫乡镇基本情况): the section restates that table's figures, so what it states with no
 * time of its own is of the year the caption names. The tables, after the prose, are dated by their own cells. Immutable.
 */
public final class AttachedTableYears {
    /** The words that send the reader to an attached table. */
    private static final Pattern SEE_TABLE = Pattern.compile("见附表");
    /** A section's heading: a short line numbered 一、 二、 … that names the section's subject. */
    private static final Pattern SECTION_HEADING = Pattern.compile("\\s*[一二三四五六七八九十]{1,3}、(\\p{IsHan}{2,20})\\s*");
    /** The caption must share a word this long with the section's heading to be about the same thing (深度贫困). */
    private static final int MIN_SHARED = 3;
    private static final int YEAR_LENGTH = 4;

    private final String text;
    private final DocumentSpans spans;
    /** The captions of the post's tables with the period each names, read once. */
    private final List<DatedCaption> captions;
    private final PeriodContext times;
    /** Whether the post refers to an attached table at all: most do not, and no amount of theirs looks further. */
    private final boolean refersToTable;
    /**
     * The section headings' paragraphs, in text order, found once: every amount of a post that refers to a table asks
     * for the headings around it, which would read the paragraphs before and after it again per amount.
     */
    private final List<Span> headings;

    /** @param captions the caption lines of the post's tables */
    public AttachedTableYears(String text, DocumentSpans spans, List<Span> captions, PeriodContext times) {
        this.text = text;
        this.spans = spans;
        this.times = times;
        this.refersToTable = !captions.isEmpty() && SEE_TABLE.matcher(text).find();
        this.captions = refersToTable
            ? captions.stream().map(c -> new DatedCaption(c, times.periodNamedIn(c))).toList() : List.of();
        this.headings = refersToTable
            ? spans.paragraphs().stream().filter(p -> SECTION_HEADING.matcher(p.of(text)).matches()).toList() : List.of();
    }

    /**
     * For an amount in a section that refers to an attached table, with no time before it in its sentence: the single
     * year named by the caption of a table about the section's subject; empty otherwise.
     */
    public Optional<String> yearAt(int offset) {
        if (!refersToTable) {
            return Optional.empty();
        }
        Span sentence = spans.sentenceAt(offset);
        if (times.mentions().stream().anyMatch(p -> p.start() >= sentence.start() && p.end() <= offset)) {
            return Optional.empty();
        }
        Optional<Span> heading = headingBefore(offset);
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        int sectionEnd = nextHeadingAfter(heading.get()).map(Span::start).orElse(text.length());
        if (captions.stream().anyMatch(c -> c.caption().start() > heading.get().end() && c.caption().start() <= offset
            && c.period().isPresent())) {
            return Optional.empty(); // the tables themselves, after the section's prose, are dated by their own labels
        }
        if (!SEE_TABLE.matcher(text).region(heading.get().end(), sectionEnd).find()) {
            return Optional.empty();
        }
        var subject = SECTION_HEADING.matcher(heading.get().of(text));
        String name = subject.matches() ? subject.group(1) : "";
        return captions.stream()
            .filter(c -> sharesWord(c.caption().of(text), name))
            .map(DatedCaption::period)
            .flatMap(Optional::stream)
            .filter(y -> y.length() == YEAR_LENGTH && isSingleYear(y))
            .findFirst();
    }

    /** Whether the caption names one year only (长顺县2017年…, not 2017-2019年). */
    private static boolean isSingleYear(String period) {
        return period.chars().allMatch(Character::isDigit);
    }

    /** The last heading at or before the paragraph holding the offset. */
    private Optional<Span> headingBefore(int offset) {
        int paragraphStart = spans.paragraphAt(offset).start();
        Span before = null;
        for (Span heading : headings) {
            if (heading.start() > paragraphStart) {
                break;
            }
            before = heading;
        }
        return Optional.ofNullable(before);
    }

    private Optional<Span> nextHeadingAfter(Span heading) {
        return headings.stream().filter(h -> h.start() > heading.start()).findFirst();
    }

    /** Whether the two share a run of at least {@link #MIN_SHARED} characters. */
    private static boolean sharesWord(String caption, String subject) {
        for (int i = 0; i + MIN_SHARED <= subject.length(); i++) {
            if (caption.contains(subject.substring(i, i + MIN_SHARED))) {
                return true;
            }
        }
        return false;
    }

    /** A table's caption and the period it names. */
    private record DatedCaption(Span caption, Optional<String> period) {
    }
}
