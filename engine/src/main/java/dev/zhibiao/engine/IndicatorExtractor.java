package dev.zhibiao.engine;

import dev.zhibiao.engine.metric.MetricLabeler;
import dev.zhibiao.engine.period.AttachedTableYears;
import dev.zhibiao.engine.period.PeriodContext;
import dev.zhibiao.engine.period.PeriodResolver;
import dev.zhibiao.engine.post.ParsedPost;
import dev.zhibiao.engine.post.PostFormatException;
import dev.zhibiao.engine.quantity.HeadlineUnits;
import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.quantity.QuantityRecognizer;
import dev.zhibiao.engine.region.PlaceContext;
import dev.zhibiao.engine.region.RegionResolver;
import dev.zhibiao.engine.region.Region;
import dev.zhibiao.engine.table.TableCell;
import dev.zhibiao.engine.table.TableCells;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The extraction engine: every amount of a post with its metric, place and period. Thread-safe; build one
 * and share it (the place table is loaded once).
 */
public final class IndicatorExtractor {
    /** 其中 opens a breakdown of the whole stated before it. */
    private static final String AMONG = "其中";
    /** Version of the extraction rules; part of every event id, so a re-extraction with new rules is a new event. */
    public static final String VERSION = "0.1.0";
    /**
     * More amounts than any real article states (the densest statistics communiqué of the corpus has ~220); beyond
     * it the post is rejected, which bounds the time and memory one hostile post can take.
     */
    public static final int MAX_AMOUNTS_PER_POST = 1000;
    /** Suffixes a place name may be written without (五道沟 for 五道沟镇), and how much of the name may follow the numeral. */
    private static final String PLACE_SUFFIXES = "镇乡村";
    private static final int MAX_NAME_REST = 2;
    /** What follows a place's short name in a list of places (五道沟、三源浦等乡镇). */
    private static final String PLACE_LIST_MARKS = "、等";

    private final QuantityRecognizer quantities;
    private final MetricLabeler metrics;
    private final RegionResolver regions;
    private final PeriodResolver periods;

    public IndicatorExtractor(QuantityRecognizer quantities, MetricLabeler metrics, RegionResolver regions,
                              PeriodResolver periods) {
        this.quantities = quantities;
        this.metrics = metrics;
        this.regions = regions;
        this.periods = periods;
    }

    /** An extractor with the standard components and the bundled administrative-division table. */
    public static IndicatorExtractor standard() {
        return new IndicatorExtractor(new QuantityRecognizer(), new MetricLabeler(), RegionResolver.shared(),
                new PeriodResolver());
    }

    /** @throws PostFormatException when the post states more than {@link #MAX_AMOUNTS_PER_POST} amounts */
    public List<Indicator> extract(ParsedPost post) {
        return extract(post, false);
    }

    /** @param bareNumbers also report numbers that have no unit (unit "") */
    public List<Indicator> extract(ParsedPost post, boolean bareNumbers) {
        String text = post.text();
        List<Quantity> found = HeadlineUnits.fromBody(
                withoutPlaceNames(text, bareNumbers ? quantities.findAll(text) : quantities.find(text)), post.titleEnd());
        if (found.isEmpty()) {
            return List.of();
        }
        if (found.size() > MAX_AMOUNTS_PER_POST) {
            throw new PostFormatException("the post states " + found.size() + " amounts, more than the "
                    + MAX_AMOUNTS_PER_POST + " a news post can have; split it into separate posts");
        }
        DocumentSpans spans = new DocumentSpans(text);
        PlaceContext places = regions.analyze(text, spans, post.titleEnd(), post.tags());
        PeriodContext times = periods.analyze(text, spans, post.titleEnd(), post.publishedOn());
        TableCells cells = new TableCells(text, post.tables(), spans);
        AttachedTableYears attached = new AttachedTableYears(text, spans, cells.captions(), times);
        List<String> labels = metrics.labels(text, found, places::isWrittenPlaceName);
        List<Indicator> indicators = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            String label = labels.get(i);
            Optional<TableCell> cell = cells.cellOf(q.start(), q.end());
            Optional<Region> place = cell.flatMap(c -> firstNamed(c.placeScopes(), places::placeNamedIn))
                    .or(() -> placeOf(text, q, found, spans, post.titleEnd(), places));
            String labelled = place.filter(Region::foreign).map(p -> MetricLabeler.withoutForeignDivision(label, p.name()))
                    .orElse(label);
            String metric = cell.map(c -> c.metric(places::opensWithPlace)).filter(m -> !m.isEmpty()).orElse(labelled);
            Optional<String> period = cell.flatMap(c -> firstNamed(c.periodScopes(), times::periodNamedIn))
                    .or(() -> attached.yearAt(q.start()))
                    .or(() -> times.periodAt(datedAt(q, found, spans, post.titleEnd(), times)))
                    .or(() -> headlineOfReport(q, post.titleEnd(), times));
            String placeName = place.map(p -> places.nameAt(p, q.start())).orElse(null);
            indicators.add(new Indicator(q, metric, place.orElse(null), placeName, period.orElse(null),
                    spans.sentenceAt(q.start())));
        }
        return indicators;
    }

    /**
     * A news report's title amount that nothing dates, not where it stands nor where the body restates it after a
     * span (title 国家节水型城市数量达145个, body 近年来，…已建成145个): the headline tells the news of the report's day.
     */
    private static Optional<String> headlineOfReport(Quantity q, int titleEnd, PeriodContext times) {
        return q.start() < titleEnd ? times.reportYear() : Optional.empty();
    }

    /** What the first scope that names one names: a table cell's place or period, from its row or column out to the caption. */
    private static <T> Optional<T> firstNamed(List<Span> scopes, Function<Span, Optional<T>> named) {
        return scopes.stream().map(named).flatMap(Optional::stream).findFirst();
    }

    /**
     * Where the fact is stated with its context: a title amount that the body repeats (title 优质能源比重提高到98.5%, body
     * …由86.9%提高到98.5%) is dated where the body states it; any other amount where it stands.
     */
    private static int statedAt(Quantity q, List<Quantity> found, int titleEnd) {
        return q.start() >= titleEnd ? q.start() : firstRestating(q, found, titleEnd, Integer.MAX_VALUE).orElse(q.start());
    }

    /**
     * Where an amount is dated: a title's where the body restates it; a headline's whose line names no time where the
     * item after it restates its value, whatever unit it is read with there (headline 粮农组织称全球约2.58亿人急需粮食援助,
     * then …2022年全球急需粮食援助的人数达2.58亿); any other amount's where it stands.
     */
    private static int datedAt(Quantity q, List<Quantity> found, DocumentSpans spans, int titleEnd, PeriodContext times) {
        if (q.start() < titleEnd) {
            return statedAt(q, found, titleEnd);
        }
        Span paragraph = spans.paragraphAt(q.start());
        if (!spans.isHeadline(paragraph)
                || times.mentions().stream().anyMatch(p -> p.start() >= paragraph.start() && p.start() < paragraph.end())) {
            return q.start();
        }
        return spans.paragraphAfter(paragraph)
            .flatMap(item -> found.stream()
                .filter(b -> b.start() >= item.start() && b.end() <= item.end() && b.value().compareTo(q.value()) == 0)
                .findFirst())
            .map(Quantity::start).orElse(q.start());
    }

    /** Where the first amount of the same value and unit within [from, to) starts. */
    private static Optional<Integer> firstRestating(Quantity q, List<Quantity> found, int from, int to) {
        return found.stream()
                .filter(b -> b.start() >= from && b.end() <= to && b.unit().equals(q.unit()) && b.value().compareTo(q.value()) == 0)
                .findFirst().map(Quantity::start);
    }

    /**
     * The place of an amount, from where the story restates it when it stands in the title or a headline line: the
     * title's where the body states it; a headline's where the item after it does (headline 超150头伪虎鲸在澳大利亚搁浅,
     * then the item's 塔斯马尼亚州…超150头), or where that item opens when it does not restate it (日本2.5万民众集会,
     * then …在东京举行集会); a breakdown's opened by 其中 where its whole is (其中…比例高达94%, after …83%的韩国民众…);
     * any other amount's where it stands.
     */
    private static Optional<Region> placeOf(String text, Quantity q, List<Quantity> found, DocumentSpans spans, int titleEnd,
                                            PlaceContext places) {
        if (q.start() < titleEnd) {
            return places.placeOfRestated(q.start(), statedAt(q, found, titleEnd));
        }
        Span paragraph = spans.paragraphAt(q.start());
        Optional<Quantity> whole = wholeBrokenDown(text, q, found, spans, paragraph, places);
        if (whole.isPresent()) {
            return placeOf(text, whole.get(), found, spans, titleEnd, places);
        }
        Optional<Span> item = spans.isHeadline(paragraph) ? spans.paragraphAfter(paragraph) : Optional.empty();
        Optional<Integer> restated = item.flatMap(i -> firstRestating(q, found, i.start(), i.end()));
        return item.isPresent() && restated.isEmpty() ? places.placeOfHeadline(q.start(), item.get())
            : places.placeOfRestated(q.start(), restated.orElse(q.start()));
    }

    /**
     * The amount a sentence opening with 其中 breaks down (…超过83%的韩国民众反对…。其中，30至39岁年龄段群体持反对意见的比例
     * 高达94%): the last amount of the sentence before it in the paragraph, when the 其中 sentence names no place up to the
     * end of the amount's clause; the parts are where the whole is.
     */
    private static Optional<Quantity> wholeBrokenDown(String text, Quantity q, List<Quantity> found, DocumentSpans spans, Span paragraph,
                                                      PlaceContext places) {
        Span sentence = spans.sentenceAt(q.start());
        int open = sentence.start();
        while (open < sentence.end() && !Character.isLetterOrDigit(text.charAt(open))) {
            open++;
        }
        if (!text.startsWith(AMONG, open) || sentence.start() <= paragraph.start()
                || places.namesPlaceIn(sentence.start(), spans.clauseAt(q.start()).end())) {
            return Optional.empty();
        }
        Span before = spans.sentenceAt(sentence.start() - 1);
        if (before.start() < paragraph.start()) {
            return Optional.empty();
        }
        Quantity last = null;
        for (Quantity b : found) {
            if (b.start() >= before.start() && b.end() <= before.end()) {
                last = b;
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * A numeral that starts a place name (五道沟镇, 七台河市) is part of the name, not an amount; so is one that starts
     * the name written without its suffix when the post also writes it with one (五道沟 beside 五道沟镇).
     */
    private List<Quantity> withoutPlaceNames(String text, List<Quantity> found) {
        return found.stream()
                .filter(q -> regions.placeNameEnd(text, q.start()) <= q.end() && !startsNamedPlace(text, q))
                .toList();
    }

    /**
     * Whether the stem ending at {@code end} is a known town or village named without its suffix in a list of places
     * (与凉水、姜家店、五道沟、三源浦等乡镇搭界 for 五道沟镇): a list separator follows it.
     */
    private boolean isListedShortName(String text, int end, String fullName) {
        return end < text.length() && PLACE_LIST_MARKS.indexOf(text.charAt(end)) >= 0
                && regions.placeNameEnd(fullName, 0) == fullName.length();
    }

    private boolean startsNamedPlace(String text, Quantity q) {
        for (int end = q.end() + 1; end <= Math.min(text.length(), q.end() + MAX_NAME_REST); end++) {
            if (!HanCharacters.isHan(text.charAt(end - 1))) {
                return false;
            }
            String stem = text.substring(q.start(), end);
            for (int i = 0; i < PLACE_SUFFIXES.length(); i++) {
                int at = text.indexOf(stem + PLACE_SUFFIXES.charAt(i));
                if (at >= 0 && regions.placeNameEnd(text, at) == at + stem.length() + 1) {
                    return true;
                }
                if (isListedShortName(text, end, stem + PLACE_SUFFIXES.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
