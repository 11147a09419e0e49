package dev.zhibiao.engine.period;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.zhibiao.engine.quantity.ChineseNumbers;
import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.RespectiveYears;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

/**
 * The time expressions of one document and the rule that says which applies to a fact at a given offset. Immutable.
 *
 * <p>Period format — always starting with the four-digit year, so "contains the year" checks work:
 * {@code 2021} (a year), {@code 2022-05} (a month, or as of its end: 截至今年5月底), {@code 2021-01/07} (months 1 to
 * 7: 1-7月), {@code 2023-Q1} (a quarter), {@code 2023-Q1/Q3} (前三季度), {@code 2023-H1} / {@code 2023-H2}
 * (上半年 / 下半年).
 */
public final class PeriodContext {
    /** A colon ends a paragraph that introduces a list; a semicolon or comma ends an item that another follows. */
    private static final String LIST_INTRODUCERS = "：:";
    private static final String ITEM_ENDS = "；;，,";
    private static final int MAX_LIST_ITEMS_BEFORE = 12;
    /** Paragraphs back the day of a bulletin item's news carries over to its later paragraphs. */
    private static final int MAX_PARAGRAPHS_OF_ITEM = 3;
    /** Words that open the from-amount and the to-amount of a change (由86.9%提高到98.5%). */
    private static final List<String> FROM_MARKS = List.of("由", "从");
    private static final List<String> TO_MARKS = List.of("到", "至");
    /** Times a clause may be dated by that the period mentions do not hold (今年一季度, 上半年, 3月). */
    private static final Pattern TIME_WORDS = Pattern.compile("[今去明前上本]年|季度|半年|[0-9一二三四五六七八九十]月");
    private static final Pattern STRETCH_JOIN = Pattern.compile("\\s*[至到—–~-]\\s*");
    private static final int YEAR_LENGTH = 4;
    /** A count and its classifier, maybe 的 and an opening quote, before a name (六项“2024年…新发现”; 三天的2023年…考试). */
    private static final Pattern COUNT_BEFORE_NAME = Pattern.compile(
        "[0-9０-９.,零〇一二两三四五六七八九十百千万亿多余几数]+\\p{IsHan}的?[“\"《]?");
    private static final int MAX_COUNT_BEFORE_NAME = 12;
    private static final char YEAR_WORD = '年';
    private static final String MODIFIER = "的";
    /** A clause describing things counted before it (2023年签约的) ends in 的 within this many characters of its year. */
    private static final int MAX_DESCRIBING_CLAUSE = 6;
    private static final String SAME_PERIOD = "同期";
    /** Words of a forecast ({@link #FORECAST}), among the words that set an amount in the future ({@link #FUTURE_WORDS}). */
    private static final String FORECAST_WORDS = "预计|预期|有望|届时";
    /** Words that set an amount in the future (将, 可达, 建成后, 计划): a time still to come named before may be its time. */
    private static final Pattern FUTURE_WORDS = Pattern.compile("将|可|后|计划|拟|力争|预测|预估|测算|目标|" + FORECAST_WORDS);
    /**
     * Words a sentence opens on to go on describing what an earlier one planned (地铁5号线计划明年6月开通运营。线路全长36公里;
     * 该项目…; 其…), so that its figures are of the plan, not of the report's day.
     */
    private static final Pattern DESCRIBING_OPENING = Pattern.compile("该|其|线路|项目|工程");
    /** How many characters of a sentence's opening noun are looked for in the earlier sentence (新机场…。机场…). */
    private static final int OPENING_NOUN = 2;
    /**
     * Words of a forecast (预计, 有望, 届时): the amount after them is of a time still to come that an earlier sentence of
     * the paragraph names (免收…2023年上市初费。降费金额预计超过8亿元), though that sentence states no figure.
     */
    private static final Pattern FORECAST = Pattern.compile(FORECAST_WORDS);
    /** 到 before a year opening a clause of targets (主要目标是：到2025年，实现…): the year goals are set for. */
    private static final String TARGET_MARK = "到";
    /** What a clause of targets opens after, and the comma closing its year. */
    private static final String CLAUSE_OPENERS = "，,：:。；;\n";
    private static final String COMMAS = "，,";
    /** Words a sentence of targets holds (控制在0.9‰以内, 达到…以上); a sentence of present facts holds none (常住人口为45万人). */
    private static final Pattern TARGET_WORDS = Pattern.compile("控制在|达到|突破|提高到|提升到|降至|降低到|不低于|不少于|以内|以上");
    static final String NUMERAL_CHARACTERS = "零〇一二两三四五六七八九十百千万亿";
    /** A line of a year written alone and a count in brackets: a table's row of that year (出列年度: 2018（22个）). */
    private static final Pattern YEAR_ROW = Pattern.compile("((?:19|20)[0-9]{2})\\s*[（(][0-9]+个[）)]\\s*");

    /** What may follow a year that is no part of an event's name (2023年，; 2023年的; 2023年以来). */
    private static final String NOT_NAME_AFTER = "，,。；;：:、的（()）以至到和与及内间前后底末初”\"";

    /**
     * An amount exclaimed alone (7300多万台套！) that the next sentence glosses from its first words (这是2024年我国投入
     * 粮食生产的农机装备总量。): the exclamation's mark, its longest length and the gloss's opening.
     */
    private static final char EXCLAMATION = '！';
    private static final int MAX_EXCLAIMED = 16;
    /** Words making a gloss's time another's than the amount's: a birth, or the base of a multiple. */
    private static final Pattern NOT_THE_AMOUNTS_TIME = Pattern.compile("出生|倍");
    private static final String GLOSS = "这是";

    /**
     * An age, a span of years a thing or a culture has lasted (拥有两千多年历史的水利工程, 绵延5000多年的中华文明,
     * 长江沿岸数千年的文化脉络): no fact of a year.
     */
    private static final Pattern AGE = Pattern.compile(
        "[0-9０-９零〇一二两三四五六七八九十百千万几数]+(?:多|余)?年的?(?:历史|\\p{IsHan}{0,3}(?:文明|文化))");

    /**
     * Words that set what follows in the past, though no time expression reads them (20世纪80年代, 党的十八大以来, 曾经的,
     * 从原来的, 解放前, 改革开放之初, 此前, 当时, 80年前): a report's day does not date the sentence's amounts.
     */
    private static final Pattern PAST_WORDS = Pattern.compile(
        "[0-9零〇一二两三四五六七八九十百千多余几]年前|年代|世纪|以来|曾经|当年|原来|过去|解放前|建国初|之初|初期|最初|起初|此前|以前|之前|当时|那时|早年|昔日|时期");

    /**
     * A span since a year (2010年以来) and a streak of whole years right after it (连续5年, ，连续五年); not an open one
     * (连续3年以上, 连续3年多), which ends in no known year.
     */
    private static final String SINCE = "以来";
    private static final Pattern SINCE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})年" + SINCE);
    private static final Pattern STREAK = Pattern.compile("[，,]?连续([0-9]{1,2}|[一二两三四五六七八九十]{1,3})年(?![以多余来])");

    private final String text;
    private final int titleEnd;
    private final DocumentSpans spans;
    private final List<PeriodMention> mentions;
    private final Optional<String> storyPeriod;
    /** Years in brackets glossing the amount before them (总人口65万（2015年）): of that amount alone. */
    private final BracketedYears glosses;
    /** The lists of years a 分别 pairs with amounts ({@link RespectiveYears}), in text order. */
    private final List<Span> yearLists;
    /** Editions of the post's own time (本届广交会): the publication year, for facts of their paragraph nothing else dates. */
    private final List<PeriodMention> editions;
    /** Bases of multiples in past years (是2020年1.4倍): the publication year, for the amounts of their sentence. */
    private final List<PeriodMention> multipleBases;
    /** Spans since a past time measuring a record (为2018年以来最高): the publication year, for amounts before them. */
    private final List<PeriodMention> records;
    /** The publication year of a news report (a bylined body), for what nothing else dates; empty for other posts. */
    private final Optional<String> reportYear;
    /** The year the post was published, which times still to come are after; empty when the post has no date. */
    private final Optional<String> publicationYear;

    PeriodContext(String text, DocumentSpans spans, int titleEnd, List<PeriodMention> mentions, Optional<String> storyPeriod,
                  List<PeriodMention> editions, List<PeriodMention> multipleBases, List<PeriodMention> records,
                  Optional<String> reportYear, Optional<String> publicationYear) {
        this.records = records;
        this.publicationYear = publicationYear;
        this.reportYear = reportYear;
        this.editions = editions;
        this.multipleBases = multipleBases;
        this.text = text;
        this.titleEnd = titleEnd;
        this.spans = spans;
        this.mentions = List.copyOf(mentions);
        this.storyPeriod = storyPeriod;
        this.yearLists = RespectiveYears.pairedIn(text);
        this.glosses = new BracketedYears(text);
    }

    public List<PeriodMention> mentions() {
        return mentions;
    }

    /**
     * The period a fact at this offset refers to: the latest time expression before it in its sentence (a year stated
     * in an earlier clause carries over to later ones; an attributive one — 2014年底的 — only to the next amount),
     * else the frame of an earlier sentence of the paragraph, else — in a headline — the period that opens the item
     * it heads, else the day of an earlier paragraph of its item, else the story's current period stated in the lead or
     * title, else the year of a "now" that is the paragraph's last time before the sentence, else empty. Before all but
     * the amount's own span of years: the year of a table row written as a year and a count (2018（22个）); after the
     * times named before it in its sentence: the report's day the sentence names after it (…论坛6日开幕). First of all:
     * the year in brackets right after the amount (2979平方公里（2013年）, which dates no other amount), then the year
     * opening the name of what a count counts (六项“2024年中国考古新发现”); for the report's day after an event
     * named with another year, that year; after the frames named in the sentence, the publication year for a multiple of
     * a past year's figure (分别是2020年1.4倍); the story's period never for a change's from-amount; and last of all the
     * year of an edition of the post's own time (本届广交会). An age (两千多年历史) takes none, nor does a total over a
     * stretch of years (2022年1月至2023年9月); an amount exclaimed alone takes the time of its gloss (3.13亿人！这是截至2024年
     * 底…); before the report's year, an amount the sentence calls a record since a past time (为2018年以来最高) takes the
     * publication year.
     */
    public Optional<String> periodAt(int offset) {
        if (mentions.stream().anyMatch(p -> p.period().isEmpty() && p.start() <= offset && offset < p.end())) {
            return Optional.empty(); // the amount is a span of years itself (十年来)
        }
        if (AGE.matcher(text).region(offset, text.length()).lookingAt()) {
            return Optional.empty(); // 两千多年历史: the age of a thing
        }
        Optional<String> glossed = glosses.yearOfAmountAt(offset);
        if (glossed.isPresent()) {
            return glossed; // 县域面积2979平方公里（2013年）: the year the bracket after the amount gives it
        }
        Optional<String> named = yearOfNamedAfter(offset);
        if (named.isPresent()) {
            return named; // 六项“2024年中国考古新发现”: the year that names what is counted
        }
        Span paragraph = spans.paragraphAt(offset);
        if (Character.isDigit(text.charAt(paragraph.start()))) {
            Matcher row = YEAR_ROW.matcher(text).region(paragraph.start(), paragraph.end());
            if (row.matches()) {
                return Optional.of(row.group(1)); // the count of a table's row of a year (2018（22个）)
            }
        }
        List<Span> sentences = spans.sentencesIn(paragraph);
        int sentenceStart = sentenceStart(sentences, offset);
        Optional<PeriodMention> parallel = parallelFromTo(sentenceStart, offset);
        if (parallel.isPresent()) {
            return parallel.get().period();
        }
        Span clause = spans.clauseAt(offset);
        Span years = lastYearList(sentenceStart, offset);
        Optional<String> respective = years == null ? Optional.empty() : respectiveYear(years, clause, offset);
        if (respective.isPresent()) {
            return respective;
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PeriodMention p = mentions.get(i);
            // a list of years dates the amounts its 分别 pairs with them, not those of a later clause (目标价…)
            boolean listedBeforeClause = years != null && p.start() >= years.start() && p.end() <= years.end()
                && years.end() <= clause.start();
            if (p.period().isEmpty() && text.startsWith(SAME_PERIOD, p.end())) {
                continue; // 为10年来同期平均水平的近两倍: a span of years before 同期 is a comparison's base, no frame
            }
            if (p.end() <= offset && p.start() >= sentenceStart && !listedBeforeClause
                && !(p.attributive() && amountBetween(p.end(), offset) && !endsChangeGoneOnWith(p, offset))) {
                // 2023年研究生考试今天（12月24日）开考，报考人数为474万: the figures are of the event's year
                if (DayDates.glossesReportDay(text, p.start())) {
                    Optional<String> event = eventYearBefore(sentenceStart, p);
                    if (event.isPresent()) {
                        return event;
                    }
                }
                // 2012年至2024年，支出从1.2万亿元跃升至2.7万亿元: the from-amount is of the stretch's first year
                if (opensWithFromMark(clause, offset) && i > 0 && isStretchOfYears(mentions.get(i - 1), p)) {
                    return mentions.get(i - 1).period();
                }
                // 自2010年以来连续5年突破百亿斤: the streak is of the year it has reached, its last
                Optional<String> streakEnd = p.period().isEmpty() ? lastYearOfStreak(p, offset) : Optional.empty();
                if (streakEnd.isPresent()) {
                    return streakEnd;
                }
                // 2022年1月至2023年9月，检察机关共办理…11402件: a total over a stretch of years is of no single year; the
                // to-amount of a change (跃升至2.7万亿元) is of its end
                boolean toAmount = TO_MARKS.stream().anyMatch(m -> text.startsWith(m, offset - m.length()));
                return i > 0 && !toAmount && spansYears(mentions.get(i - 1), p) ? Optional.empty() : p.period();
            }
        }
        Optional<String> exclaimed = periodOfGloss(sentences, offset);
        if (exclaimed.isPresent()) {
            return exclaimed;
        }
        Optional<String> eventDay = eventDayAfter(Segmenter.around(sentences, offset), offset)
            .or(() -> dayOfQuote(paragraph, offset));
        if (eventDay.isPresent()) {
            return eventDay;
        }
        // 分别是2020年1.4倍 with no time of its own before: the multiples are the amounts now
        Optional<String> multiple = lastWithin(multipleBases, sentenceStart, offset).flatMap(PeriodMention::period);
        if (multiple.isPresent()) {
            return multiple;
        }
        return statisticalFrameBefore(sentences, paragraph.start(), sentenceStart, offset)
            .or(() -> periodOfHeadedItem(paragraph))
            .or(() -> periodOfIntroducedList(paragraph))
            .or(() -> storyPeriod.isPresent() && !isFromAmount(clause, offset) ? Optional.of(storyPeriod)
                : recentDayOfItem(paragraph, offset))
            .orElseGet(() -> nowBefore(paragraph.start(), sentenceStart)
                .or(() -> lastWithin(editions, paragraph.start(), offset).flatMap(PeriodMention::period))
                .or(() -> recordAfter(paragraph, offset))
                .or(() -> reportDay(paragraph, offset)));
    }

    /**
     * For an amount its sentence goes on to call a record since a past time (升至6.3512，为2018年以来最高水平): the
     * publication year, when the record is reached; not when a time or past words before it in its paragraph date it.
     */
    private Optional<String> recordAfter(Span paragraph, int offset) {
        if (records.isEmpty()) {
            return Optional.empty();
        }
        Span sentence = spans.sentenceAt(offset);
        // a time before the fact in its paragraph (2021年是…。当年出口额达…) or past words (上世纪90年代末) date it elsewhere
        boolean dated = mentions.stream().anyMatch(p -> p.start() >= paragraph.start() && p.end() <= offset);
        if (dated || PAST_WORDS.matcher(text).region(sentence.start(), offset).find()) {
            return Optional.empty();
        }
        return records.stream().filter(r -> r.start() >= offset && r.end() <= sentence.end()).findFirst()
            .flatMap(PeriodMention::period);
    }

    /**
     * For an amount exclaimed as a sentence of its own (3.13亿人！) when the next sentence opens on 这是 and a time
     * (这是截至2024年底，我国农村网民的规模): that time, which the gloss gives the amount.
     */
    private Optional<String> periodOfGloss(List<Span> sentences, int offset) {
        Span sentence = Segmenter.around(sentences, offset);
        int k = sentences.indexOf(sentence);
        if (k < 0 || k + 1 >= sentences.size() || sentence.end() - sentence.start() > MAX_EXCLAIMED
                || text.charAt(sentence.end() - 1) != EXCLAMATION) {
            return Optional.empty();
        }
        Span glossSentence = sentences.get(k + 1);
        int gloss = glossSentence.start();
        // a birth year (这是1924年出生的…) or a base of a multiple (这是2019年…的两倍) is no time of the amount
        boolean ofOtherTime = NOT_THE_AMOUNTS_TIME.matcher(text).region(gloss, glossSentence.end()).find();
        return text.startsWith(GLOSS, gloss) && !ofOtherTime
            ? mentions.stream().filter(p -> p.start() == gloss + GLOSS.length()).findFirst().flatMap(PeriodMention::period)
            : Optional.empty();
    }

    /** The publication year when the post is a news report (its body opens with a byline), else empty. */
    public Optional<String> reportYear() {
        return reportYear;
    }

    /**
     * Last of all, for a news report: the publication year, when no time of another year or a span of years
     * (2008年植树节, 近年来) stands before the fact in its paragraph — the report tells the state of its day
     * (在长江上游的…中都镇，2万多亩油菜花陆续盛开; 连续13天日夜奋战，…转移受困群众300多人).
     */
    private Optional<String> reportDay(Span paragraph, int offset) {
        if (reportYear.isEmpty()) {
            return Optional.empty();
        }
        String year = reportYear.get();
        Span sentence = spans.sentenceAt(offset);
        boolean futureBefore = FUTURE_WORDS.matcher(text).region(sentence.start(), offset).find();
        // another time before the fact in its paragraph, or anywhere in its sentence (经过8年攻坚拔寨，2021年2月25日，…)
        boolean otherTime = mentions.stream()
            .filter(p -> p.start() >= paragraph.start() && p.end() <= sentence.end())
            .filter(p -> p.period().filter(period -> period.startsWith(year)).isEmpty())
            .anyMatch(p -> p.end() > sentence.start() || !leavesReportDay(p, year, sentence, futureBefore));
        boolean past = PAST_WORDS.matcher(text).region(sentence.start(), offset).find();
        return otherTime || past ? Optional.empty() : reportYear;
    }

    /**
     * Whether a time of an earlier sentence leaves the report's day to the facts of the sentences after it: a time still
     * to come (发射时间推迟至明年3月下旬。…滞留空间站的两名宇航员…), which tells a plan, not when what the news goes on to
     * state is, unless the fact's sentence goes on in the future (建成后年产值可达100亿元) or goes on describing what was
     * planned (线路全长36公里); or a span of years in a later clause of its sentence (…，去年12月冰雪大世界开园以来已接待
     * 游客近150万人次), the time of that clause's own count only. {@code sentence} is the fact's sentence, and
     * {@code futureBefore} whether a future word stands in it before the fact.
     */
    private boolean leavesReportDay(PeriodMention p, String year, Span sentence, boolean futureBefore) {
        return isComing(p, year) && !futureBefore && !goesOnDescribing(sentence, p)
            || inLaterClause(p);
    }

    /**
     * Whether a sentence with no subject of its own goes on describing what the sentence of an earlier time named: it
     * opens on a word referring back (线路全长36公里, 该项目, 其) or on a noun that sentence wrote before its time (新机场
     * 明年投入使用。机场设计…) — its figures are of the planned thing, not of the report's day.
     */
    private boolean goesOnDescribing(Span sentence, PeriodMention p) {
        int opening = sentence.start();
        if (DESCRIBING_OPENING.matcher(text).region(opening, sentence.end()).lookingAt()) {
            return true;
        }
        if (sentence.end() - opening < OPENING_NOUN || !HanCharacters.isHan(text.charAt(opening))
                || !HanCharacters.isHan(text.charAt(opening + 1))) {
            return false;
        }
        String noun = text.substring(opening, opening + OPENING_NOUN);
        int from = spans.sentenceAt(p.start()).start();
        for (int at = p.start() - 1; at >= from; at--) {
            if (text.startsWith(noun, at)) {
                return true; // the noun written in the earlier time's sentence before the time
            }
        }
        return false;
    }

    /** Whether the amount's clause forecasts it (降费金额预计超过8亿元): a word of forecast before it. */
    private boolean forecastBefore(int offset) {
        return FORECAST.matcher(text).region(spans.clauseAt(offset).start(), offset).find();
    }

    /** Whether a mention names a time after the given year (明年3月, 2023年 in a post of 2022): one still to come. */
    private static boolean isComing(PeriodMention p, String year) {
        return p.period().filter(period -> period.compareTo(year) > 0 && !period.startsWith(year)).isPresent();
    }

    /**
     * Whether a mention is a span of years (no year) inside a later clause of its sentence, as the time of that clause's
     * count (…，开园以来已接待游客近150万人次); not one a comma sets off as the frame of what follows (…了解到，近年来，…).
     */
    private boolean inLaterClause(PeriodMention p) {
        if (p.period().isPresent() || p.end() < text.length() && COMMAS.indexOf(text.charAt(p.end())) >= 0) {
            return false;
        }
        Span sentence = spans.sentenceAt(p.start());
        for (int k = p.start() - 1; k >= sentence.start(); k--) {
            if (COMMAS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The period a span names (a table's caption 长顺县2017年深度贫困村基本情况): its first dated time expression, if any. */
    public Optional<String> periodNamedIn(Span span) {
        return mentions.stream()
            .filter(p -> p.start() >= span.start() && p.end() <= span.end() && p.period().isPresent())
            .findFirst().flatMap(PeriodMention::period);
    }

    /**
     * For a headline of a round-up (中老铁路国际旅客列车跨境旅客发送量超1万人次, then 截至5月13日，…): the first period
     * of the item's opening sentence, which dates the figures the headline repeats.
     */
    private Optional<Optional<String>> periodOfHeadedItem(Span paragraph) {
        if (paragraph.start() < titleEnd || !spans.isHeadline(paragraph)) {
            return Optional.empty();
        }
        return spans.paragraphAfter(paragraph)
            .map(item -> spans.sentenceAt(item.start()))
            .flatMap(opening -> mentions.stream().filter(p -> p.start() >= opening.start() && p.end() <= opening.end()).findFirst())
            .map(PeriodMention::period);
    }

    /**
     * For an item of a list that a paragraph introduces with a colon (2017年：计划搬迁…共涉及安置点3个: / 长寨：596套…； /
     * 广顺：1382套…): the first period the introducing paragraph names.
     */
    private Optional<Optional<String>> periodOfIntroducedList(Span paragraph) {
        Span item = paragraph;
        for (int i = 0; i <= MAX_LIST_ITEMS_BEFORE && item.start() > titleEnd + 1; i++) {
            Span before = spans.paragraphAt(item.start() - 2);
            char end = before.end() > before.start() ? text.charAt(before.end() - 1) : ' ';
            if (LIST_INTRODUCERS.indexOf(end) >= 0) {
                return periodNamedIn(before).map(Optional::of);
            }
            if (ITEM_ENDS.indexOf(end) < 0) {
                return Optional.empty();
            }
            item = before;
        }
        return Optional.empty();
    }

    /**
     * For a paragraph naming no time before the fact, in a story its lead or title does not date: the day of the
     * report's days that an earlier paragraph of the same item names last (29日，美国多地发生枪击事件。… / 印第安纳波利斯市
     * 也发生枪击，造成1人死亡), as the news of that day goes on; nothing when that paragraph's last time is another (去年,
     * 明年2月). The item ends at its headline.
     */
    private Optional<Optional<String>> recentDayOfItem(Span paragraph, int offset) {
        if (spans.isHeadline(paragraph) || mentions.stream().anyMatch(p -> p.start() >= paragraph.start() && p.end() <= offset)) {
            return Optional.empty(); // a headline opens an item of its own
        }
        Span before = paragraph;
        for (int i = 0; i < MAX_PARAGRAPHS_OF_ITEM; i++) {
            Optional<Span> previous = spans.paragraphBefore(before);
            if (previous.isEmpty() || previous.get().start() < titleEnd || spans.isHeadline(previous.get())) {
                return Optional.empty();
            }
            before = previous.get();
            Span scope = before;
            Optional<PeriodMention> last = lastWithin(mentions, scope.start(), scope.end());
            if (last.isPresent()) {
                return isRecentDay(last.get()) ? Optional.of(last.get().period()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The period that frames the figures of an earlier sentence of the paragraph, which goes on for later sentences
     * stating none (今年前4个月，阿拉山口…2129列。霍尔果斯…2485列。). A date followed by no figure in its sentence
     * (2014年3月，总书记作出重要批示。) narrates an event and frames nothing after it, unless it is a year alone that opens
     * the paragraph as its topic (2025年，城乡融合发展深入推进。行政村5G通达率超90%…) or a day of the report's days.
     */
    private Optional<Optional<String>> statisticalFrameBefore(List<Span> sentences, int paragraphStart, int sentenceStart,
                                                              int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PeriodMention p = mentions.get(i);
            if (p.start() < paragraphStart || p.end() > sentenceStart || p.attributive()) {
                continue;
            }
            if (inLaterClause(p)) {
                return Optional.empty(); // …，去年12月开园以来已接待游客近150万人次。: the span dates its clause's count only
            }
            if (publicationYear.filter(year -> isComing(p, year)).isPresent() && forecastBefore(offset)) {
                return Optional.of(p.period()); // 免收…2023年上市初费…。降费金额预计超过8亿元。: the coming year's
            }
            Span own = Segmenter.around(sentences, p.start());
            if (!amountBetween(p.end(), own.end()) && !opensWithYear(paragraphStart, p) && !isRecentDay(p)
                && !(opensTargets(p) && statesTarget(Segmenter.around(sentences, sentenceStart)))) {
                return Optional.empty();
            }
            // a stretch over years (2022年1月至2023年9月，…11402件。每年平均…400项。) frames its later sentences with none
            return Optional.of(i > 0 && spansYears(mentions.get(i - 1), p) ? Optional.empty() : p.period());
        }
        return Optional.empty();
    }

    /**
     * Whether a mention dates by the report's date to a month, as a day alone or a day named from the report's does (29日，
     * 美国多地发生枪击事件。…造成2人死亡; 近日，…发生山火。过火面积…), or a date glossing such a day does (今天（9月25日），
     * 天安门广场上的…花果篮与市民游客见面。 / 天安门广场中心巨型花果篮，顶高18米。): the news of those days goes on in the
     * paragraph, so its later figures are of that month too.
     */
    private boolean isRecentDay(PeriodMention p) {
        String words = text.substring(p.start(), p.end());
        return p.period().filter(period -> period.length() > 4).isPresent()
            && (PeriodExpressions.isPublicationRelative(words) || DayDates.glossesReportDay(text, p.start()));
    }

    /**
     * For an amount inside a quote that closes right before a day (“…分红金额28420元；…分红金额21315元……”7月9日，…合作社的
     * 分红仪式): the day the quote was spoken, when the amount's sentence names no time; not past the quote's opening or
     * a full stop.
     */
    private Optional<String> dayOfQuote(Span paragraph, int offset) {
        return mentions.stream().filter(p -> p.start() > offset && p.end() <= paragraph.end()).findFirst()
            .filter(p -> Segmenter.CLOSING_QUOTES.indexOf(text.charAt(p.start() - 1)) >= 0 && DayDates.dayFollows(text, p.end()))
            .filter(p -> text.substring(offset, p.start()).chars()
                .noneMatch(c -> Segmenter.OPENING_QUOTES.indexOf(c) >= 0 || Segmenter.FULL_STOPS_AND_LINES.indexOf(c) >= 0))
            .flatMap(PeriodMention::period);
    }

    /**
     * For an amount its sentence names no time before (沙特阿拉伯等19国外长…23日发表联合声明; 为期两天的…论坛6日开幕): the
     * day of the report's days that the sentence names first after it, the day of the news it tells; not the end a
     * change runs to (从最初的五六种，发展到今天).
     */
    private Optional<String> eventDayAfter(Span sentence, int offset) {
        return mentions.stream().filter(p -> p.start() >= offset && p.end() <= sentence.end()).findFirst()
            .filter(this::isRecentDay)
            .filter(p -> TO_MARKS.stream().noneMatch(m -> text.startsWith(m, p.start() - m.length())))
            .flatMap(PeriodMention::period);
    }

    /**
     * The year of "now" (目前, 如今, 眼下) when it is the last time expression of the paragraph before the fact's sentence
     * (29日，美国多地发生枪击事件。目前有一名嫌疑人被捕。印第安纳波利斯市也发生枪击，造成1人死亡): the news goes on in the
     * present.
     */
    private Optional<String> nowBefore(int paragraphStart, int sentenceStart) {
        return mentions.stream().filter(p -> p.start() >= paragraphStart && p.end() <= sentenceStart && !p.attributive())
            .reduce((first, second) -> second)
            .filter(p -> PeriodExpressions.isNow(text.substring(p.start(), p.end())))
            .flatMap(PeriodMention::period);
    }

    /**
     * Whether a year is the one a list of goals is set for (到2025年，实现…纵深拓展。森林火灾受害率控制在0.9‰以内。): 到 and a
     * year alone opening a clause; the goals of the paragraph's later sentences are to be reached by then.
     */
    private boolean opensTargets(PeriodMention p) {
        int mark = text.startsWith(TARGET_MARK, p.start()) ? p.start() : p.start() - TARGET_MARK.length();
        return p.period().filter(y -> y.length() == YEAR_LENGTH).isPresent() && mark >= 0
            && text.startsWith(TARGET_MARK, mark) && (mark == 0 || CLAUSE_OPENERS.indexOf(text.charAt(mark - 1)) >= 0)
            && p.end() < text.length() && COMMAS.indexOf(text.charAt(p.end())) >= 0;
    }

    /** Whether the sentence states a target (森林火灾受害率控制在0.9‰以内), which a year of goals before it dates. */
    private boolean statesTarget(Span sentence) {
        return TARGET_WORDS.matcher(text).region(sentence.start(), sentence.end()).find();
    }

    /** Whether a paragraph opens with a year alone, written in digits, as its topic (2014年，全市上下…). */
    private boolean opensWithYear(int paragraphStart, PeriodMention p) {
        return p.period().filter(y -> y.length() == YEAR_LENGTH).isPresent() && text.substring(paragraphStart, p.start()).isBlank()
            && Character.isDigit(text.charAt(p.start()))
            && p.end() < text.length() && "，,".indexOf(text.charAt(p.end())) >= 0;
    }

    /**
     * For an amount of a from-to change stating no period (优质能源比重由86.9%提高到98.5%) after a clause of the sentence
     * that dates its own from and to (比重由2015年的13.1%下降到2020年的1.5%): the parallel clause's first period for the
     * from-amount, its last for the to-amount.
     */
    private Optional<PeriodMention> parallelFromTo(int sentenceStart, int offset) {
        List<Span> clauses = Segmenter.clauses(text, sentenceStart, offset + 1);
        Span clause = Segmenter.around(clauses, offset);
        String before = text.substring(clause.start(), offset);
        boolean from = endsWithAny(before, FROM_MARKS);
        boolean to = !from && endsWithAny(before, TO_MARKS) && indexOfAny(before, FROM_MARKS) >= 0;
        if (!from && !to || mentions.stream().anyMatch(p -> p.start() >= clause.start() && p.end() <= offset)) {
            return Optional.empty();
        }
        for (int k = clauses.indexOf(clause) - 1; k >= 0; k--) {
            Span earlier = clauses.get(k);
            List<PeriodMention> dated = mentions.stream()
                .filter(p -> p.start() >= earlier.start() && p.end() <= earlier.end()).toList();
            String words = earlier.of(text);
            int fromAt = indexOfAny(words, FROM_MARKS);
            // the first date dates the from-amount only when no 至/到 stands between 由 and it (由27只增长至2023年的72只)
            boolean datesFrom = fromAt >= 0 && !dated.isEmpty() && fromAt < dated.get(0).start() - earlier.start()
                && indexOfAny(words.substring(fromAt, dated.get(0).start() - earlier.start()), TO_MARKS) < 0;
            if (datesFrom && dated.size() >= 2) {
                return Optional.of(from ? dated.get(0) : dated.get(dated.size() - 1));
            }
            if (datesFrom && from) {
                // 由2017年的27只增长至72只，野生东北豹由42只增长至115只: only the from-amount was dated
                return Optional.of(dated.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the amount is the from-amount of a change (利用率由30%提高到50%以上): the level the change starts from, not of
     * the period the story's figures reach.
     */
    private boolean isFromAmount(Span clause, int offset) {
        if (!opensWithFromMark(clause, offset)) {
            return false;
        }
        String after = text.substring(offset, clause.end());
        return indexOfAny(after, TO_MARKS) >= 0;
    }

    /** Whether a from-mark of its clause stands right before the amount (从1.2万亿元, 由30%). */
    private boolean opensWithFromMark(Span clause, int offset) {
        return FROM_MARKS.stream().anyMatch(m -> offset - m.length() >= clause.start() && text.startsWith(m, offset - m.length()));
    }

    /**
     * For the report's day (今天（12月24日）开考) after an event named with its own year earlier in the sentence (2023年
     * 全国硕士研究生招生考试): that year, when it is another than the day's — the figures are the event's (报考人数为474万).
     */
    private Optional<String> eventYearBefore(int sentenceStart, PeriodMention day) {
        String dayYear = day.period().map(d -> d.substring(0, Math.min(YEAR_LENGTH, d.length()))).orElse("");
        return mentions.stream()
            .filter(q -> q.start() >= sentenceStart && q.end() <= day.start() && !q.attributive())
            .filter(q -> q.period().filter(y -> y.length() == YEAR_LENGTH && !y.equals(dayYear)).isPresent())
            .filter(this::opensName)
            .reduce((first, second) -> second)
            .flatMap(PeriodMention::period);
    }

    /** Whether a year written in digits opens a name (2023年全国硕士研究生招生考试), not a clause or a date (2023年，). */
    private boolean opensName(PeriodMention p) {
        return Character.isDigit(text.charAt(p.start())) && p.end() < text.length()
            && Character.isLetter(text.charAt(p.end())) && NOT_NAME_AFTER.indexOf(text.charAt(p.end())) < 0;
    }

    /**
     * For the count of years of a streak right after a span since a year (自2010年以来连续5年突破百亿斤): the streak's last
     * year, counting the first year in (2010 + 5 - 1).
     */
    private Optional<String> lastYearOfStreak(PeriodMention since, int offset) {
        if (!text.startsWith(SINCE, since.end() - SINCE.length())) {
            return Optional.empty(); // most mentions are no span since a year: no matcher for them
        }
        Matcher first = SINCE_YEAR.matcher(text).region(since.start(), since.end());
        Matcher streak = STREAK.matcher(text).region(since.end(), text.length());
        if (!first.matches() || !streak.lookingAt() || streak.start(1) != offset) {
            return Optional.empty();
        }
        int years;
        try {
            years = ChineseNumbers.parse(streak.group(1)).intValue();
        } catch (NumberFormatException e) {
            return Optional.empty(); // 连续十十年: no count
        }
        return years > 0 ? Optional.of(Integer.toString(Integer.parseInt(first.group(1)) + years - 1)) : Optional.empty();
    }

    /** The last of the mentions lying in [from, to), if any. */
    private static Optional<PeriodMention> lastWithin(List<PeriodMention> all, int from, int to) {
        return all.stream().filter(p -> p.start() >= from && p.end() <= to).reduce((first, second) -> second);
    }

    /**
     * For a count right before the name of what it counts when that name opens with a year (六项“2024年中国考古新发现”,
     * 为期三天的2023年全国硕士研究生招生考试): that year — the things counted are of it.
     */
    private Optional<String> yearOfNamedAfter(int offset) {
        int reach = Math.min(text.length(), offset + MAX_COUNT_BEFORE_NAME + YEAR_LENGTH + 1);
        int year = text.indexOf(YEAR_WORD, offset);
        if (year < 0 || year >= reach) {
            return Optional.empty(); // no year written right after the amount, as after most: no scan of the mentions
        }
        // 3个2023年签约的项目: a year opening a clause that describes the things (的) dates that clause, names nothing
        int describedAt = text.indexOf(MODIFIER, year);
        if (describedAt >= 0 && describedAt - year <= MAX_DESCRIBING_CLAUSE) {
            return Optional.empty();
        }
        for (PeriodMention p : mentions) {
            if (p.start() <= offset) {
                continue;
            }
            if (p.start() - offset > MAX_COUNT_BEFORE_NAME || p.attributive()
                || !COUNT_BEFORE_NAME.matcher(text.substring(offset, p.start())).matches()
                || p.period().filter(y -> y.length() == YEAR_LENGTH).isEmpty() || !opensName(p)) {
                return Optional.empty();
            }
            return p.period();
        }
        return Optional.empty();
    }

    /** The last list of years a 分别 pairs with amounts in [from, to), or null. */
    private Span lastYearList(int from, int to) {
        Span last = null;
        for (Span list : yearLists) {
            if (list.start() >= to) {
                break;
            }
            if (list.start() >= from && list.end() <= to) {
                last = list;
            }
        }
        return last;
    }

    /**
     * For an amount after 分别 in its clause, the year of its place in the list of years before the 分别
     * (2015和2016年同期增速分别为3.3%、0.5% → 2015, 2016) — when the 分别 pairs as many amounts as there are years, no
     * nearer time stands between, and the years are no comparison's base (较2020年和2021年分别增长…).
     */
    private Optional<String> respectiveYear(Span list, Span clause, int offset) {
        int respectively = lastIndexIn(RespectiveYears.RESPECTIVELY, Math.max(clause.start(), list.end()), offset);
        if (respectively < 0 || PeriodExpressions.comparedBefore(text, list.start())
            || mentions.stream().anyMatch(p -> p.start() >= list.end() && p.end() <= respectively)) {
            return Optional.empty();
        }
        List<String> years = RespectiveYears.years(text, list);
        if (amountsStartingIn(respectively, clause.end()) != years.size()) {
            return Optional.empty();
        }
        int index = amountsStartingIn(respectively, offset);
        return index < years.size() ? Optional.of(years.get(index)) : Optional.empty();
    }

    /** Where the word last stands wholly inside [from, to), or -1: a scan bounded by the clause, not the post. */
    private int lastIndexIn(String word, int from, int to) {
        for (int k = to - word.length(); k >= from; k--) {
            if (text.startsWith(word, k)) {
                return k;
            }
        }
        return -1;
    }

    /** How many amounts start in [from, to): runs of digits and numeral characters (1,200亿, 三成). */
    private int amountsStartingIn(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            boolean continues = i > from && (isNumeral(text.charAt(i - 1)) || ".,".indexOf(text.charAt(i - 1)) >= 0);
            if (isNumeral(text.charAt(i)) && !continues) {
                count++;
            }
        }
        return count;
    }

    private static boolean isNumeral(char c) {
        return Character.isDigit(c) || NUMERAL_CHARACTERS.indexOf(c) >= 0;
    }

    /**
     * Whether two periods are the years a stretch runs from and to (2012年至2024年, 2012年—2024年; 2012年到2024年, whose
     * second mention holds its 到).
     */
    private boolean isStretchOfYears(PeriodMention first, PeriodMention last) {
        return first.period().filter(y -> y.length() == YEAR_LENGTH).isPresent()
            && last.period().filter(y -> y.length() == YEAR_LENGTH).isPresent()
            && (STRETCH_JOIN.matcher(text.substring(first.end(), last.start())).matches()
                || first.end() == last.start() && toMarkLength(last.start()) > 0);
    }

    /** Length of the 至 or 到 written at {@code at} (a stretch's end mention may open with it), else 0. */
    private int toMarkLength(int at) {
        return TO_MARKS.stream().filter(m -> text.startsWith(m, at)).mapToInt(String::length).findFirst().orElse(0);
    }

    /**
     * Whether two periods are the ends of a stretch over more than one year, each written with its year (2022年1月至
     * 2023年9月, 今年至2025年); not a stretch over the new year whose end takes its year from the start (12月28日至1月5日).
     */
    private boolean spansYears(PeriodMention first, PeriodMention last) {
        int endYear = last.start() + toMarkLength(last.start());
        return first.period().isPresent() && last.period().isPresent()
            && !first.period().get().regionMatches(0, last.period().get(), 0, YEAR_LENGTH)
            && endYear < text.length() && Character.isDigit(text.charAt(endYear))
            && (STRETCH_JOIN.matcher(text.substring(first.end(), last.start())).matches() || first.end() == last.start());
    }

    private static boolean endsWithAny(String s, List<String> marks) {
        return marks.stream().anyMatch(s::endsWith);
    }

    private static int indexOfAny(String s, List<String> marks) {
        return marks.stream().mapToInt(s::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    /**
     * Start of the sentence around the offset, reaching back over sentences that end in a semicolon or that the
     * next one continues with 其中: in "2020年度蔬菜产量3106吨；水果产量158吨。其中：苹果产量2吨" the year governs all.
     */
    private int sentenceStart(List<Span> sentences, int offset) {
        Span sentence = Segmenter.around(sentences, offset);
        int k = sentences.indexOf(sentence);
        while (k > 0 && (";；".indexOf(text.charAt(sentences.get(k - 1).end() - 1)) >= 0
            || text.startsWith("其中", sentences.get(k).start()))) {
            k--;
        }
        return k >= 0 ? sentences.get(k).start() : sentence.start();
    }

    /**
     * Whether the mention dates the to-amount of a change from one dated amount to another (从2014年的3.74万亿元增至
     * 2025年的4.7万亿元): the change stated after it (增长25.7%) is as of that end, where an attributive period is
     * otherwise used up by its amount. With the from-amount undated (由27只增长至2023年的72只) the next clause may be
     * a parallel change whose from-amount is not of that end.
     */
    private boolean endsChange(PeriodMention p) {
        Span clause = spans.clauseAt(p.start());
        String before = text.substring(clause.start(), p.start());
        int from = indexOfAny(before, FROM_MARKS);
        // the to-mark ends the words before the year or opens its mention (增加到2016年的: 到2016年)
        return (endsWithAny(before, TO_MARKS) || toMarkLength(p.start()) > 0) && from >= 0
            && mentions.stream().anyMatch(m -> m.start() > clause.start() + from && m.end() <= p.start());
    }

    /**
     * Whether the mention {@link #endsChange ends a change} that the amount goes on with: no time is written between
     * them (…增至2025年的4.7万亿元，增长25.7%，年均增长2.1%), while a time of its own (…，今年一季度增长6.5%) starts another.
     */
    private boolean endsChangeGoneOnWith(PeriodMention p, int offset) {
        return endsChange(p) && !TIME_WORDS.matcher(text).region(p.end(), offset).find();
    }

    /** Whether an amount starts in [from, to): then an attributive period before it is used up. */
    private boolean amountBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (ArabicDigits.is(text.charAt(i))) {
                int j = i;
                while (j < to && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
                    j++;
                }
                return j < to;
            }
        }
        return false;
    }
}
