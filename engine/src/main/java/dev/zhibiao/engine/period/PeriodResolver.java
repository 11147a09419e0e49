package dev.zhibiao.engine.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

/** Finds the time expressions of a document and what period each fact refers to. Thread-safe (stateless). */
public final class PeriodResolver {
    /** A story's year must be named this often, and by this share of its dated time expressions, to date the rest. */
    private static final int MIN_DOMINANT_MENTIONS = 3;
    private static final double DOMINANT_SHARE = 0.6;
    private static final String SEASON = "时节";
    /** What may stand before the date of a report's day opening a sentence: nothing, or its word (今天（9月25日）). */
    private static final Pattern OPENING_DAY = Pattern.compile("\\s*(?:\\p{IsHan}{1,2}[（(])?");
    /** 到 before a year in a title: the year a plan's figures are to be reached by (到2025年). */
    private static final String TARGET_MARK = "到";
    /** Words that say a thing was set up or given its task (党中央赋予浙江…建设共同富裕示范区): the sentence dates the onset. */
    private static final Pattern SETTING_UP = Pattern.compile("设立|成立|建立|启动|开通|创建|组建|建成|赋予|批复|批准|获批|建设");
    /** The start of what was set up (共同富裕示范区设立之初): the time of its setting up, named earlier in the post. */
    private static final Pattern ONSET = Pattern.compile("(设立|成立|建立|启动|实施|开通|创建|组建|建成|开业|投产)之初");
    private static final String ONSET_WORD = "之初";
    /** The characters before the verb that name what was set up (示范区), looked for in an earlier dated sentence. */
    private static final int ONSET_NOUN = 3;
    /**
     * The byline a news report's body opens with (央视网消息（新闻联播）：, 新华社北京5月1日电, 本报讯): the report tells the
     * news of its day.
     */
    private static final Pattern NEWS_BYLINE = Pattern.compile("\\s*[^，。：:]{0,12}(?:消息|[0-9一二三四五六七八九十]日电|报讯)");
    /** How many headline paragraphs a bulletin's story may open with before its byline. */
    private static final int MAX_HEADLINES_BEFORE_BYLINE = 6;
    /**
     * What follows a byline after headlines (消息（新闻联播）：, 日电 ), so that a paragraph opening on 好消息！ or on a
     * source (记者从省统计局获得消息：) is none.
     */
    private static final String BYLINE_ENDS = "（( ";
    /** A sentence opening on the season (“三夏”时节，; 金秋时节，), after a bulletin's byline. */
    private static final Pattern SEASON_OPENING = Pattern.compile("(?:[^，。：]{0,12}：)?[“\"]?(?![去前往每同这])[^年，。：“”\"\\s]{1,4}[”\"]?"
        + SEASON + "[，,]");

    /** @param published publication date, the reference for 今年/去年 and for months without a year; may be null */
    public PeriodContext analyze(String text, int titleEnd, LocalDate published) {
        return analyze(text, new DocumentSpans(text), titleEnd, published);
    }

    /** As {@link #analyze(String, int, LocalDate)}, with the text's spans already split (the extractor shares them). */
    public PeriodContext analyze(String text, DocumentSpans spans, int titleEnd, LocalDate published) {
        List<PeriodMention> mentions = withSeasonOpenings(text, titleEnd, PeriodExpressions.find(text, published), published);
        Optional<String> story = storyPeriod(text, titleEnd, mentions, published);
        Optional<Integer> reportYear = story.map(PeriodResolver::yearOf).filter(y -> y < published.getYear());
        if (reportYear.isPresent()) {
            // a report on last year (2012年…统计公报, published 2013-03): 全年, 12月 and 四季度 are of that year
            mentions = withSeasonOpenings(text, titleEnd,
                PeriodExpressions.find(text, published, LocalDate.of(reportYear.get(), 12, 31)), published);
        }
        mentions = withOnsets(text, mentions);
        Optional<String> storyOrDominant = story.isPresent() ? story : dominantYear(text, mentions);
        Optional<String> publicationYear = Optional.ofNullable(published).map(d -> Integer.toString(d.getYear()));
        return new PeriodContext(text, spans, titleEnd, mentions, storyOrDominant, PeriodExpressions.findEditions(text, published),
            PeriodExpressions.findMultipleBases(mentions, text, published), PeriodExpressions.findRecords(mentions, text, published),
            reportYear(text, titleEnd, publicationYear), publicationYear);
    }

    /**
     * The publication year for a news report (its body opens with a byline, 央视网消息：…): what it tells with no time of
     * its own (上海启用…2594个发热诊间; 25岁的樊译阳负责着…) is the state of its day. Empty for other posts — profiles and
     * communiqués whose date is no date of their figures.
     */
    private static Optional<String> reportYear(String text, int titleEnd, Optional<String> publicationYear) {
        return publicationYear.filter(year -> opensWithByline(text, titleEnd));
    }

    /**
     * Whether the body, or a paragraph after the few headlines a bulletin's story may open with (纪念…大会在京隆重举行⏎
     * 61位外国领导人…应邀出席大会⏎央视网消息（新闻联播）：…), opens with a byline: the headlines tell the same day's news.
     */
    private static boolean opensWithByline(String text, int titleEnd) {
        Matcher byline = NEWS_BYLINE.matcher(text);
        int paragraph = Math.min(Math.max(titleEnd, 0), text.length());
        for (int k = 0; k <= MAX_HEADLINES_BEFORE_BYLINE && paragraph < text.length(); k++) {
            if (byline.region(paragraph, text.length()).lookingAt()
                    && (k == 0 || byline.end() < text.length() && BYLINE_ENDS.indexOf(text.charAt(byline.end())) >= 0)) {
                return true;
            }
            int lineEnd = text.indexOf('\n', paragraph + 1);
            if (lineEnd < 0) {
                return false;
            }
            paragraph = lineEnd + 1;
        }
        return false;
    }

    /**
     * The year most of a story's time expressions name, when they mostly name one (a report on 一季度, 3月末, 2017年计划
     * with a comparison to 2016年): the year of its figures that state none (全市实现社会消费品零售总额290亿元).
     */
    static Optional<String> dominantYear(String text, List<PeriodMention> mentions) {
        Map<Integer, Integer> counts = new HashMap<>();
        int dated = 0;
        for (PeriodMention p : mentions) {
            if (p.period().isPresent() && !PeriodExpressions.isPublicationRelative(text.substring(p.start(), p.end()))) {
                counts.merge(yearOf(p.period().get()), 1, Integer::sum);
                dated++;
            }
        }
        int total = dated;
        return counts.entrySet().stream()
            .filter(e -> e.getValue() >= MIN_DOMINANT_MENTIONS && e.getValue() >= DOMINANT_SHARE * total)
            .map(e -> Integer.toString(e.getKey()))
            .findFirst();
    }

    /**
     * The period a news story as a whole is about: the current year when its lead sentence (else its title) opens
     * with it — 今年“五一”假期, 今年以来 — or last year when the title names it (2012年…统计公报 published in 2013;
     * 2023年我国海洋生产总值… with a lead on 2023), so that later facts of the story without their own time belong to
     * it. The day a statement was made (今天（1月22日）…表示) gives way to a period named after it; a lead about another
     * year (2014年3月，…作出批示) or a span (去年以来) sets nothing.
     */
    private static Optional<String> storyPeriod(String text, int titleEnd, List<PeriodMention> mentions, LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        List<Span> body = Segmenter.sentences(text, Math.min(text.length(), titleEnd), text.length());
        Optional<String> title = titleEnd > 0 ? firstIn(text, mentions, new Span(0, titleEnd)) : Optional.empty();
        Optional<String> lead = body.isEmpty() ? Optional.empty() : firstIn(text, mentions, body.get(0))
            .or(() -> title.isPresent() ? Optional.empty() : reportDayOfSecondSentence(text, body, mentions));
        int year = published.getYear();
        Optional<Integer> lastYearOfTitle = title.map(PeriodResolver::yearOf).filter(y -> y == year - 1);
        if (lead.isPresent()) {
            return lead.filter(p -> yearOf(p) == year || lastYearOfTitle.equals(Optional.of(yearOf(p))));
        }
        if (titleEnd > 0) {
            // 到2025年 数据中心和5G基本形成…格局: a title naming a target year dates the plan's figures of a lead naming no time
            Optional<PeriodMention> target = mentions.stream().filter(p -> p.end() <= titleEnd && p.period().isPresent()).findFirst()
                .filter(p -> text.startsWith(TARGET_MARK, p.start()) && yearOf(p.period().get()) > year);
            if (target.isPresent()) {
                return target.get().period();
            }
        }
        return title.filter(p -> yearOf(p) == year || yearOf(p) == year - 1);
    }

    /**
     * A bulletin opening on the season (金秋时节，神州大地稻菽金黄。) under a title naming no period dates its story by the
     * report's day in the next sentence of its paragraph (今天（9月22日），各地群众欢庆…), or by the period named after
     * that day (今天（4月16日），国家统计局发布数据，一季度…).
     */
    private static Optional<String> reportDayOfSecondSentence(String text, List<Span> body, List<PeriodMention> mentions) {
        if (body.size() < 2 || body.get(1).start() < body.get(0).end()) {
            return Optional.empty();
        }
        Span second = body.get(1);
        boolean nextParagraph = text.substring(body.get(0).end(), second.start()).indexOf('\n') >= 0;
        boolean opensOnReportDay = mentions.stream().filter(p -> p.start() >= second.start() && p.end() <= second.end())
            .findFirst().filter(p -> DayDates.glossesReportDay(text, p.start()))
            .filter(p -> !nextParagraph || OPENING_DAY.matcher(text.substring(second.start(), p.start())).matches()).isPresent();
        return opensOnReportDay ? firstIn(text, mentions, second) : Optional.empty();
    }

    /**
     * The time expressions with the sentences opening on the season added (“三夏”时节，80多万台联合收割机…; 早春时节，):
     * the season now, so the publication month; not a season of another year (去年三夏时节, 每年春耕时节, 往年这个时节).
     */
    private static List<PeriodMention> withSeasonOpenings(String text, int titleEnd, List<PeriodMention> mentions,
                                                          LocalDate published) {
        if (published == null || !text.contains(SEASON)) {
            return mentions;
        }
        List<PeriodMention> out = new ArrayList<>(mentions);
        String month = YearMonth.from(published).toString();
        Matcher m = SEASON_OPENING.matcher(text);
        for (Span sentence : Segmenter.sentences(text, Math.min(text.length(), titleEnd), text.length())) {
            if (m.region(sentence.start(), sentence.end()).lookingAt()) {
                out.add(new PeriodMention(m.end() - 1 - SEASON.length(), m.end() - 1, Optional.of(month), false));
            }
        }
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

    /**
     * The time expressions with the starts of what was set up added (示范区设立之初，全省90个县…): the year of the
     * earlier sentence that names the same thing with a date (2021年5月，党中央赋予浙江…建设共同富裕示范区的重大使命).
     */
    private static List<PeriodMention> withOnsets(String text, List<PeriodMention> mentions) {
        if (!text.contains(ONSET_WORD)) {
            return mentions;
        }
        List<PeriodMention> out = new ArrayList<>(mentions);
        Matcher m = ONSET.matcher(text);
        while (m.find()) {
            int at = m.start();
            if (at < ONSET_NOUN || mentions.stream().anyMatch(p -> p.start() < m.end() && at < p.end())) {
                continue;
            }
            String noun = text.substring(at - ONSET_NOUN, at);
            if (!noun.chars().allMatch(Character::isLetter)) {
                continue;
            }
            for (int k = text.lastIndexOf(noun, at - ONSET_NOUN - 1); k >= 0; k = text.lastIndexOf(noun, k - 1)) {
                int from = sentenceBound(text, k, -1);
                int to = sentenceBound(text, k, 1);
                if (!SETTING_UP.matcher(text).region(from, k).find()) {
                    continue; // the sentence names the thing but not its setting up (2023年，该公司营业收入增长10%)
                }
                Optional<PeriodMention> dated = mentions.stream()
                    .filter(p -> p.start() >= from && p.end() <= to && p.period().isPresent()).findFirst();
                if (dated.isPresent()) {
                    String year = Integer.toString(yearOf(dated.get().period().get()));
                    out.add(new PeriodMention(at, m.end(), Optional.of(year), false));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

    private static int sentenceBound(String text, int k, int step) {
        int i = k;
        while (i > 0 && i < text.length() && Segmenter.FULL_STOPS_AND_LINES.indexOf(text.charAt(step < 0 ? i - 1 : i)) < 0) {
            i += step;
        }
        return i;
    }

    /** The year a period begins with (2021, 2021-05, 2021-Q1; 1 and -1 for 今年 and 前年 in a post dated in year 1). */
    private static int yearOf(String period) {
        int end = period.startsWith("-") ? 1 : 0;
        while (end < period.length() && Character.isDigit(period.charAt(end))) {
            end++;
        }
        return Integer.parseInt(period.substring(0, end));
    }

    /**
     * The period of the first time expression in the span; the day of a statement gives way to a period named after
     * it (今天（1月22日）…表示，2025年，我国… is about 2025).
     */
    private static Optional<String> firstIn(String text, List<PeriodMention> mentions, Span span) {
        List<PeriodMention> inSpan = mentions.stream()
            .filter(p -> p.start() >= span.start() && p.end() <= span.end())
            .toList();
        if (inSpan.isEmpty()) {
            return Optional.empty();
        }
        PeriodMention first = inSpan.get(0);
        Optional<PeriodMention> namedAfterDay = DayDates.isStatementDay(text, first)
            ? inSpan.stream().filter(p -> !DayDates.isStatementDay(text, p) && p.period().isPresent()).findFirst()
            : Optional.empty();
        return namedAfterDay.orElse(first).period();
    }
}
