package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a quantity sits: its paragraph, sentence and clause, the other quantities of the paragraph, and the chain
 * of quantities written back to back with it (2期340人次, 4批次81.5万件), which share one metric.
 */
final class QuantityScope {
    /** Separators of an enumeration of amounts (5条进乡公路、10条通村公路). */
    static final String LIST_SEPARATORS = "、和及与或";
    /** Pairs news writes as one noun of places (150多个国家和地区): their joiner separates no counted things. */
    private static final List<String> PAIRED_NOUNS = List.of("国家和地区", "国家或地区", "国家与地区");
    static final String AS_WELL_AS = "以及";
    /** Joiners of counted things written one after another (5条进乡公路、10条通村公路, 区域和32个定居点). */
    static final String CONJUNCTION = "和|及|与|、|" + AS_WELL_AS;
    private static final Pattern JOINER = Pattern.compile(CONJUNCTION);
    /** A joiner is two characters at most (以及). */
    private static final int MAX_JOINER = 2;
    /** Words further than this from the amount do not name it; the bound also keeps long clauses cheap. */
    private static final int MAX_PHRASE = 40;
    private static final Pattern CLAUSE_END_MARKS = Pattern.compile("[，,：:。；;！？!?]+$");
    private static final String SENTENCE_ENDS = Segmenter.SENTENCE_ENDS;
    /** Units of time spans (两年平均增长, 近一个月内): such an amount frames a fact, it is not the thing compared. */
    static final Set<String> TIME_SPAN_UNITS = Set.of("年", "个月", "周", "天", "日", "小时", "分钟");
    /** After a time span: 内, 间, 来, 里 frame the facts in it (近一个月内); 前 makes it a point in the past (十年前的). */
    private static final String TIME_SPAN_ENDS = "内间来里前";
    /** Before a time span: a streak (连续5年稳定在3000万人以上) frames the fact after it too. */
    private static final String STREAK = "连续";
    /** Two nouns joined by a conjunction and describing what follows (国家和地区的, 乡镇及街道的). */
    private static final Pattern COORDINATED_MODIFIER = Pattern.compile("\\p{IsHan}{1,4}[和及与]\\p{IsHan}{1,4}的");
    /** Bounds written with their amount (60岁以上); one with 及 is read as the tail after it (60岁及以上), as before. */
    private static final List<String> BOUNDS = List.of("以上", "以下");
    private static final String BOUND_JOINER = "及";
    /** A noun after a bound is looked for this far. */
    private static final int MAX_BOUND_NOUN = 8;
    private static final Pattern THRESHOLD_TAIL = Pattern.compile("^(?:(?:及)?(?:以上|以下)|(?:以内|左右)?的)");

    /** Marks {@link #leftStart} not computed yet. */
    private static final int UNKNOWN = -1;

    final String text;
    final Quantity quantity;
    /** The line holding the quantity. */
    final Span paragraph;
    final Span sentence;
    /**
     * The clause the quantity is read in; it ends before the quantity when the quantity is a note alone in brackets
     * (唐久视元年（700年）置武荣州): read what follows with {@link #restOfClause}, never from the quantity's end to this end.
     */
    final Span clause;
    /** Quantities of the paragraph in text order, {@link #quantity} included. */
    final List<Quantity> paragraphQuantities;
    final int chainStart;
    final int chainEnd;

    /** Where the words before the chain start: read by many rules, computed once ({@link #leftStart}). */
    private int leftStart = UNKNOWN;
    /** The clause's text after the amount, as written (amounts in it kept): read by several rules, cut once. */
    private String restOfClause;
    /** {@link #right} through and up to the next amount, and the phrases read off them: asked by many rules per amount. */
    private String rightThroughAmounts;
    private String rightToNextAmount;
    private final String[] phrasesAfter = new String[4];

    private QuantityScope(String text, Quantity quantity, Span paragraph, Span sentence, Span clause,
                          List<Quantity> paragraphQuantities, int chainStart, int chainEnd) {
        this.text = text;
        this.quantity = quantity;
        this.paragraph = paragraph;
        this.sentence = sentence;
        this.clause = clause;
        this.paragraphQuantities = paragraphQuantities;
        this.chainStart = chainStart;
        this.chainEnd = chainEnd;
    }

    static QuantityScope of(String text, Quantity quantity, List<Quantity> postQuantities) {
        Span paragraph = paragraphAround(text, quantity.start());
        List<Quantity> inParagraph = new ArrayList<>();
        for (Quantity q : postQuantities) {
            if (q != quantity && q.start() >= paragraph.start() && q.end() <= paragraph.end()
                    && !overlaps(q, quantity)) {
                inParagraph.add(q);
            }
        }
        inParagraph.add(quantity);
        inParagraph.sort(Comparator.comparingInt(Quantity::start));
        Span sentence = sentenceAround(text, paragraph, quantity);
        List<Span> clauses = Segmenter.clauses(text, sentence.start(), sentence.end());
        // a quantity written with an ASCII comma (15,325人) spans two clauses: take both
        Span clause = withinBrackets(text, quantity, new Span(Segmenter.around(clauses, quantity.start()).start(),
                Math.max(quantity.end(), Segmenter.around(clauses, Math.max(quantity.start(), quantity.end() - 1)).end())));
        int index = inParagraph.indexOf(quantity);
        int chainStart = quantity.start();
        // the chain stays in the clause: an amount written with an ASCII comma before it (2,345倍两年) opens it
        for (int i = index - 1; i >= 0 && inParagraph.get(i).start() >= clause.start()
                && adjacent(text, inParagraph.get(i).end(), chainStart); i--) {
            chainStart = inParagraph.get(i).start();
        }
        int chainEnd = quantity.end();
        for (int i = index + 1; i < inParagraph.size() && adjacent(text, chainEnd, inParagraph.get(i).start()); i++) {
            chainEnd = inParagraph.get(i).end();
        }
        return new QuantityScope(text, quantity, paragraph, sentence, clause, List.copyOf(inParagraph), chainStart,
            chainEnd);
    }

    /** The same place seen from another quantity of the paragraph. */
    QuantityScope of(Quantity other) {
        return of(text, other, paragraphQuantities);
    }

    /** Start of the text before the chain that can hold its metric: the clause start or the end of the last amount. */
    int leftStart() {
        if (leftStart == UNKNOWN) {
            leftStart = computeLeftStart();
        }
        return leftStart;
    }

    private int computeLeftStart() {
        int start = Math.max(clause.start(), chainStart - MAX_PHRASE);
        for (Quantity q : paragraphQuantities) {
            if (q.end() <= chainStart && q.end() > start && !isThreshold(q) && !isTimeSpanFrame(q)) {
                start = q.end();
            }
        }
        // the end of a note opened before the phrase (…贫困村名单见附表）现有贫困人口) closes words that are not of it
        return Math.max(start, lastUnopened(text, start, chainStart) + 1);
    }

    boolean leftStartsAfterAmount() {
        return leftStart() > Math.max(clause.start(), chainStart - MAX_PHRASE);
    }

    /** The clause's text right after the amount, later amounts included ({@link #right} stops at them). */
    String restOfClause() {
        if (restOfClause == null) {
            restOfClause = text.substring(quantity.end(), Math.max(quantity.end(), clause.end()));
        }
        return restOfClause;
    }

    /**
     * The clause's text after a counted amount, matched whole by the first of {@code patterns} that matches it, tried only
     * where {@code mark} stands in it (most clauses hold none): the opening of the rules that read what a count's clause
     * goes on to say ({@link SharedPredicates}, {@link PartsOfWholes}); empty for an amount that counts nothing.
     */
    Optional<Matcher> countedClauseMatching(char mark, Pattern... patterns) {
        if (!quantity.counted()) {
            return Optional.empty();
        }
        String after = restOfClause();
        if (after.indexOf(mark) < 0) {
            return Optional.empty();
        }
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(after);
            if (m.matches()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * The words before the chain in its clause, which ends before it when the chain is a note in brackets; a streak
     * (连续5年) is left out: it says how long, not what.
     */
    String left() {
        int end = Math.min(chainStart, clause.end());
        // a clause that ends at a bracket before the amounts before this one (（一、二) holds no words for it
        int start = Math.min(leftStart(), end);
        StringBuilder out = new StringBuilder();
        for (Quantity q : paragraphQuantities) {
            if (q.start() >= end) {
                break; // in text order: none after the words can be in them
            }
            int streakStart = q.start() - STREAK.length();
            if (streakStart >= start && q.end() <= end && isStreak(q)) {
                out.append(text, start, streakStart);
                start = q.end();
            }
        }
        return out.append(text, start, end).toString();
    }

    /**
     * The words of the clause before the chain when the phrase bound cut them and no amount stands in them (a long
     * list of examples, 举办徒步、骑行、…、露营等十余项活动, whose verb is further back than the bound); "" otherwise.
     */
    String leftCutByBound() {
        int end = Math.min(chainStart, clause.end());
        if (leftStartsAfterAmount() || leftStart() <= clause.start() || leftStart() >= end) {
            return "";
        }
        for (Quantity q : paragraphQuantities) {
            if (q.end() > clause.start() && q.start() < end && q != quantity && q.end() <= chainStart) {
                return "";
            }
        }
        return text.substring(clause.start(), end);
    }

    /**
     * Text after the chain up to the clause end. It stops before the next amount of an enumeration (、和 before
     * it); other amounts right after a noun (128个屯250户农户) are skipped when {@code throughAmounts}, else end it.
     */
    String right(boolean throughAmounts) {
        if (throughAmounts) {
            if (rightThroughAmounts == null) {
                rightThroughAmounts = computeRight(true);
            }
            return rightThroughAmounts;
        }
        if (rightToNextAmount == null) {
            rightToNextAmount = computeRight(false);
        }
        return rightToNextAmount;
    }

    /** The predicate after the amount: {@code Phrases.after(right(true), true)}, computed once. */
    String predicateAfter() {
        return after(true, false);
    }

    /** The noun after the amount: {@code Phrases.after(right(false), false)}, computed once. */
    String nounAfter() {
        return after(false, false);
    }

    /** {@code Phrases.after(right(withPredicate), withPredicate, throughDescription)}, computed once for each pair. */
    String after(boolean withPredicate, boolean throughDescription) {
        int slot = (withPredicate ? 2 : 0) + (throughDescription ? 1 : 0);
        if (phrasesAfter[slot] == null) {
            phrasesAfter[slot] = Phrases.after(right(withPredicate), withPredicate, throughDescription);
        }
        return phrasesAfter[slot];
    }

    private String computeRight(boolean throughAmounts) {
        StringBuilder out = new StringBuilder();
        int from = chainEnd;
        for (Quantity q : paragraphQuantities) {
            if (q.start() < chainEnd || q.start() >= clause.end()) {
                continue;
            }
            String gap = text.substring(from, q.start());
            int note = unclosedBefore(gap, 0, gap.length());
            if (note >= 0) {
                // a note in brackets with its own amount (320头牛（20头奶牛）) is no part of the noun
                return out.append(gap, 0, note).toString();
            }
            int separator = lastSeparator(gap);
            if (separator >= 0 || !throughAmounts) {
                out.append(separator >= 0 ? gap.substring(0, separator) : gap);
                return out.toString();
            }
            out.append(gap);
            from = q.end();
        }
        out.append(text, from, Math.max(from, Math.min(clause.end(), chainEnd + MAX_PHRASE)));
        // a note opened after the amount and not closed in its clause (1469套（其中：…) is no part of the noun
        int note = unclosedBefore(out, 0, out.length());
        return note < 0 ? out.toString() : out.substring(0, note);
    }

    /** The count of the clause joined on at {@code from} by 和, 及, 与, 、 or 以及, or null. */
    Quantity joinedAfter(int from) {
        Quantity next = nextInClause(from);
        return next == null || next.start() - from > MAX_JOINER
            || !JOINER.matcher(text.substring(from, next.start())).matches() ? null : next;
    }

    /** The first quantity of the clause starting at or after {@code from}, or null. */
    Quantity nextInClause(int from) {
        for (Quantity q : paragraphQuantities) {
            if (q.start() >= from && q.start() < clause.end()) {
                return q;
            }
        }
        return null;
    }

    /** The nearest quantity before the chain that passes {@code which}, in the sentence or the paragraph; or null. */
    Quantity previous(Predicate<Quantity> which, boolean inSentence) {
        Quantity previous = null;
        for (Quantity q : paragraphQuantities) {
            if (q.end() <= chainStart && (!inSentence || q.start() >= sentence.start()) && which.test(q)) {
                previous = q;
            }
        }
        return previous;
    }

    /** The amount right before this one in its chain of amounts written together (13951户 of 13951户68202人), or null. */
    Quantity chainedBefore() {
        Quantity before = null;
        for (Quantity q : paragraphQuantities) {
            if (q.start() >= chainStart && q.end() <= quantity.start()) {
                before = q;
            }
        }
        return before;
    }

    /**
     * The amount before in the sentence when it is another count of the same unit with no change, ending before the
     * chain (签约重大项目30个，已开工20个; 新建高标准农田255万亩、改造提升280万亩); else null.
     */
    Quantity likeCountBefore() {
        Quantity previous = previous(q -> true, true);
        return previous == null || previous.change() != null || !previous.unit().equals(quantity.unit())
            || previous.end() >= chainStart ? null : previous;
    }

    /** The nearest quantity before the chain in the paragraph, or null. */
    Quantity previousInParagraph() {
        Quantity previous = null;
        for (Quantity q : paragraphQuantities) {
            if (q.end() <= chainStart) {
                previous = q;
            }
        }
        return previous;
    }

    /** The clause before this one in the sentence when it holds no amount (its words are the topic), else "". */
    String previousClauseTopic() {
        Span previous = null;
        for (Span c : Segmenter.clauses(text, sentence.start(), clause.start())) {
            previous = c;
        }
        if (previous == null) {
            return "";
        }
        for (Quantity q : paragraphQuantities) {
            if (q.start() >= previous.start() && q.start() < previous.end()) {
                return "";
            }
        }
        return trimClauseMark(previous.of(text));
    }

    /** The first clause of the sentence when it holds no amount and the quantity is in a later one, else "". */
    String openingClause() {
        Span first = sentenceClauses().get(0);
        if (first.end() > clause.start() || !quantitiesIn(first.start(), first.end()).isEmpty()) {
            return "";
        }
        return trimClauseMark(first.of(text));
    }

    /** The words after the quantity through the next amount of the clause (超过30% after 连续31个月), or "" without one. */
    String throughNextAmount() {
        for (Quantity q : paragraphQuantities) {
            if (q.start() >= quantity.end() && q.end() <= clause.end()) {
                return text.substring(quantity.end(), q.end());
            }
        }
        return "";
    }

    /**
     * The clause of the sentence after a clause mark at {@code from} (the mark closing the amount's clause, or its noun's),
     * when it holds no amount of its own; "" otherwise.
     */
    String nextClauseAfter(int from) {
        int to = sentence.end();
        if (from >= to || !Phrases.CLAUSE_MARK.matcher(text.substring(from, from + 1)).matches()) {
            return "";
        }
        from++;
        Matcher end = Phrases.CLAUSE_MARK.matcher(text).region(from, to);
        int stop = end.find() ? end.start() : to;
        return quantitiesIn(from, stop).isEmpty() ? text.substring(from, stop) : "";
    }

    /** The clauses of the quantity's sentence. */
    List<Span> sentenceClauses() {
        return Segmenter.clauses(text, sentence.start(), sentence.end());
    }

    List<Quantity> quantitiesIn(int from, int to) {
        return paragraphQuantities.stream().filter(q -> q.start() >= from && q.start() < to).toList();
    }

    /**
     * A time span followed by 内/间/来/里 frames the facts after it (近一个月内涨超163%), and one followed by 前 dates
     * them (由十年前的不足百个), and so does a streak (连续5年稳定在): the phrase goes on through it.
     */
    boolean isTimeSpanFrame(Quantity q) {
        return isStreak(q) || TIME_SPAN_UNITS.contains(q.unit())
                && q.end() < text.length() && TIME_SPAN_ENDS.indexOf(text.charAt(q.end())) >= 0;
    }

    /** A streak in this quantity's clause (连续5年稳定在3000万人以上); before another clause its label may be taken over. */
    private boolean isStreak(Quantity q) {
        return q.start() >= clause.start() && TIME_SPAN_UNITS.contains(q.unit())
                && text.startsWith(STREAK, q.start() - STREAK.length());
    }

    private boolean isThreshold(Quantity q) {
        if (THRESHOLD_TAIL.matcher(text.substring(q.end(), Math.min(text.length(), q.end() + 4))).lookingAt()) {
            return true;
        }
        // a bound written with the amount and a noun right after it (60岁以上人口, 20平方公里以上河流): it describes the
        // noun, as before 的; not a predicate (3万元以上并在…)
        String written = q.text();
        boolean bounded = BOUNDS.stream().anyMatch(b -> written.endsWith(b) && !written.endsWith(BOUND_JOINER + b));
        if (!bounded) {
            return false;
        }
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + MAX_BOUND_NOUN));
        String noun = Phrases.after(after, false);
        return !noun.isEmpty() && after.startsWith(noun);
    }

    private static String trimClauseMark(String clause) {
        return CLAUSE_END_MARKS.matcher(clause).replaceFirst("");
    }

    /**
     * Index of the last separator in the gap; 以及 is one separator (以 is no word of the item before it). A pair of
     * nouns describing the next amount (127个国家和地区的579个港口) is one noun: the gap ends at its 的.
     */
    private static int lastSeparator(String gap) {
        if (COORDINATED_MODIFIER.matcher(gap).matches()) {
            return gap.length() - 1;
        }
        for (int i = gap.length() - 1; i >= 0; i--) {
            if (LIST_SEPARATORS.indexOf(gap.charAt(i)) >= 0 && !insidePairedNoun(gap, i)) {
                return gap.startsWith(AS_WELL_AS, i - 1) ? i - 1 : i;
            }
        }
        return -1;
    }

    /** Whether the separator at {@code at} joins a pair written as one noun (30个国家和地区签署23个自贸协定). */
    static boolean insidePairedNoun(CharSequence text, int at) {
        for (String pair : PAIRED_NOUNS) {
            int inPair = pair.indexOf(text.charAt(at));
            if (inPair < 0) {
                continue;
            }
            int start = at - inPair;
            if (start >= 0 && start + pair.length() <= text.length()
                    && text.subSequence(start, start + pair.length()).toString().equals(pair)) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacent(String text, int end, int start) {
        return end <= start && text.substring(end, start).isBlank();
    }

    private static boolean overlaps(Quantity a, Quantity b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /**
     * The part of the clause that can name an amount written inside brackets: the words inside them (森林面积16650亩
     * （补植补造113亩） → 补植补造), or those before them when the brackets hold the amount with words naming nothing
     * (年繁殖小牛（100头）, 发酵酒（增长87%）, 扶贫标准（2017年预计为3335元）).
     * An amount outside brackets is named outside them: its clause ends at a bracket closing after it.
     */
    private static Span withinBrackets(String text, Quantity quantity, Span clause) {
        int open = unclosedBefore(text, clause.start(), quantity.start());
        int close = unopenedAfter(text, quantity.end(), clause.end());
        int end = close < 0 ? clause.end() : close;
        if (open < 0) {
            return new Span(clause.start(), end);
        }
        boolean aloneInside = NamelessWords.nameNothing(text.substring(open + 1, quantity.start()))
                && NamelessWords.nameNothing(text.substring(quantity.end(), end));
        return aloneInside ? new Span(clause.start(), open) : new Span(open + 1, end);
    }

    /** Offset of an opening bracket in [from, to) that is not closed before {@code to}, or -1. */
    private static int unclosedBefore(CharSequence text, int from, int to) {
        int depth = 0;
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (Segmenter.CLOSING_BRACKETS.indexOf(c) >= 0) {
                depth++;
            } else if (Segmenter.OPENING_BRACKETS.indexOf(c) >= 0 && depth-- == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Offset of the last closing bracket in [from, to) that was not opened after {@code from}, or -1. */
    private static int lastUnopened(String text, int from, int to) {
        return unopened(text, from, to, false);
    }

    /** Offset of a closing bracket in [from, to) that was not opened after {@code from}, or -1. */
    private static int unopenedAfter(String text, int from, int to) {
        return unopened(text, from, to, true);
    }

    /** The first (or last) closing bracket in [from, to) without its opening one after {@code from}, or -1. */
    private static int unopened(String text, int from, int to, boolean first) {
        int depth = 0;
        int last = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Segmenter.OPENING_BRACKETS.indexOf(c) >= 0) {
                depth++;
            } else if (Segmenter.CLOSING_BRACKETS.indexOf(c) >= 0) {
                if (depth > 0) {
                    depth--;
                } else if (first) {
                    return i;
                } else {
                    last = i;
                }
            }
        }
        return last;
    }

    /** The sentence holding the quantity, splitting only the stretch between the sentence ends around it. */
    private static Span sentenceAround(String text, Span paragraph, Quantity quantity) {
        int start = quantity.start();
        while (start > paragraph.start() && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = quantity.end();
        while (end < paragraph.end() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Segmenter.around(Segmenter.sentences(text, start, Math.min(paragraph.end(), end + 1)), quantity.start());
    }

    private static Span paragraphAround(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        return new Span(start, end < 0 ? text.length() : end);
    }
}
