package dev.zhibiao.engine.period;

import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.FutureMarks;
import dev.zhibiao.engine.text.LeadingScan;
import dev.zhibiao.engine.text.SecondCharacters;
import dev.zhibiao.engine.text.SpokenNow;
import dev.zhibiao.engine.text.Segmenter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes time expressions in Chinese news text and turns them into periods: 2021年, 去年, 截至今年5月底,
 * 一季度, 前三季度, 上半年, 1-7月, 9月份, holidays (“五一”假期); spans (2021年以来截至今年5月底, 去年以来, 十年来) and "now" (目前) name no year.
 * Relative years count from the publication date; a month or quarter without a year is the latest one not after it.
 */
final class PeriodExpressions {
    private static final String MONTH = "(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";
    /** From this month on, 过去一年 reviews the year now ending. */
    private static final int YEAR_END_MONTH = 11;
    /** Until this month, a review of the past year (一年来) covers the year just ended. */
    private static final int LAST_MONTH_REVIEWING_LAST_YEAR = 2;
    /** The five-year plans from the 11th (十一五) on, and the end of their last year: plan n ends in 1955 + 5n. */
    private static final Pattern PLAN_END = Pattern.compile("十([一二三四五])五[”\"]?(?:时期|期)?末");
    private static final String PLAN_MARK = "五";
    private static final String PLAN_NUMERALS = "一二三四五";
    private static final int TEN_PLANS = 10;
    private static final int FIRST_PLAN_END = 1955;
    private static final int PLAN_YEARS = 5;
    private static final Set<String> ONE_YEAR_SINCE = Set.of("一年来", "1年来");
    /**
     * A year written without 年 opening a clause before the scope of its facts (，2023全国…累计查验…; 2024上半年): a
     * count there (，2000多名, 1500家) is followed by its unit, which none of these words begins; nor is a
     * count of people from home and abroad (2000国内外嘉宾) a year, nor a number no year of news has (1234上半年). Not after a quote
     * (“2019中国国际…”): a year opening a name dates the event named, not the facts of the sentence.
     */
    private static final String BARE_YEAR = "(?<![^，,。；;：:\\n（(\\s]\\d{4})(?<=(?:19|20)\\d\\d)"
        + "(?=全[国省市县区球年]|我[国省市区县]|中国|国内(?!外)|各地|上半年|下半年|前三季度|第?[一二三四]季度)";
    /** A calendar or fiscal year (2022财年: the year of its amounts), or a year relative to publication. */
    private static final String YEAR = "(?:(\\d{4})(?:年度?|财年|" + BARE_YEAR + ")|(今年|去年|大前年|前年|明年|本年|上年|(?<![超经通越])过去的?一年(?![多半来])))";
    private static final String PART = "(?:(前三季度|第?[一二三四1-4]季度|上半年|下半年)"
        // 1-7月, 1月至6月, 1月份到4月份: months from the first to the last, with 月 written once or twice
        + "|" + MONTH + "(?:月份?)?\\s*[-—–~至到]\\s*" + MONTH + "月份?"
        + "|" + MONTH + "月(?:份|底|末)?"
        + "|(?<yearWord>年底|年末|底|全年|年初(?!步)))";
    /**
     * A year, a part of a year, or both; the empty match is skipped. The lookahead lists every character a non-empty
     * match can start with: without it every position of the text tries every alternative (a sixth of the engine's time).
     */
    private static final LeadingScan POINT = new LeadingScan("截到0-9今去大前明本上第一二三四五六七八九十下年底全过",
        "(?:截至|截止到?|到)?" + YEAR + "?" + PART + "?", NumeralStarts::mayBeginPoint);
    /** 以来 after a point makes a span up to now, or up to an end stated right after it (…以来截至今年5月底). */
    private static final Pattern SINCE = Pattern.compile("以来(?:[，,]?(?:截至|截止到?|至)" + YEAR + "?" + PART + "?)?");
    private static final String YEAR_WORD = "yearWord";
    /** Words naming a whole year, or its start, with no year of their own (全年, 年初以来). */
    private static final Set<String> WHOLE_YEAR_WORDS = Set.of("全年", "年初");
    /** Marks a year-end word (年底, 底) in a parsed part: the year itself, but meaningless without one. */
    private static final String YEAR_END = "END";
    /** Characters of a comparison before a span (比过去两年, 较近3年): the span is a base. */
    private static final String COMPARED_WITH = "比较与";
    /** The end of a span counted from now (三年内), which frames its facts only as a plan's or a sum's. */
    private static final char WITHIN = '内';
    private static final String SUMMED = "累计";
    /** Spans with no starting year, five-year-plan periods and "now" words: the facts they govern have no single year. */
    private static final LeadingScan NO_YEAR = new LeadingScan("近这十几多数0-9一二两三四五六七八九至过最未今",
        "(?:(?:近|这|十|几|多|数|[0-9一二三四五六七八九十]+)年来|近年|近些年|至今(?!天)|十[一二三四五六七八九]五[”\"]?(?:期间|时期|以来)"
        // the past or the next few years (过去两年的年均复合增长率, 近3年, 预计未来三年…将达到): a stretch of years, not a
        // year (过去一年 is one)
        + "|(?:过去的?|最?近|未来|今后)(?:[两二三四五六七八九十几数]|[2-9]|[1-9][0-9])年(?![前后底末初级度])"
        // a horizon counted from now (预计三年后…可达300万, 力争五年内…): targets of no stated year; not a year (2021年后);
        // N年内 only after a plan's word (see find)
        + "|(?<![0-9０-９〇零一二两三四五六七八九十百])(?:[一两二三四五六七八九十]{1,2}|[1-9][0-9]?)年(?:后|内)"
        + ")", NumeralStarts::mayBeginYearsSpan);
    /** The recent days, in the report's month (近段时间, 近一段时间, 这段时间, 连日来, 近来). */
    private static final String RECENTLY = "近一?段时间|这段时间|连日来|近来";
    /** 现在 as said (“现在每个大棚能收…”), not the end of a verb before 在 (实现在) nor a start (从现在到2030年). */
    private static final String NOW_SPOKEN = SpokenNow.notAfter("从");
    /**
     * "Now" and days named from the report's: the facts they govern are as of publication (截至目前，全国春播进度近两成);
     * so are those of the recent past (前不久，上海将…8个重点区域…增设为…), which the year of publication dates.
     */
    private static final LeadingScan NOW = new LeadingScan("截目当如现眼今明昨后近日未前不这连", "截[至止]目前|目前|当前|如今|现阶段|" + NOW_SPOKEN + "|眼下|前不久|不久前"
        // the recent days (近段时间，…芋农都忙着…; 连日来): the report's time
        + "|" + RECENTLY
        // the next few days (未来三天): from the report's day on
        + "|未来(?:[一二两三四五六七八九十几0-9]{1,2})(?:天|日|小时)"
        // days named from the report's (今天, 明天, 近日), unless a date glosses them (今天（1月22日）: the date is read)
        + "|(?:今天|今日|今晨|今明两天|明天|明日|后天|昨天|昨日|近日|(?<![0-9０-９一二三四五六七八九十])日前)(?![（(])",
        new SecondCharacters("截至止", "目前", "当前", "如今", "现阶在", "眼下", "前不", "不久", "未来", "今天日晨明", "明天日", "后天",
            "昨天日", "近日段一来", "日前", "这段", "连日"));
    /** Days named from the report's day, and how far from it they are. */
    private static final Map<String, Integer> DAYS_FROM_REPORT = Map.ofEntries(
        Map.entry("今天", 0), Map.entry("今日", 0), Map.entry("今晨", 0), Map.entry("今明两天", 0), Map.entry("明天", 1),
        Map.entry("明日", 1), Map.entry("后天", 2), Map.entry("昨天", -1), Map.entry("昨日", -1), Map.entry("近日", 0),
        Map.entry("日前", 0), Map.entry("近段时间", 0), Map.entry("近一段时间", 0), Map.entry("这段时间", 0),
        Map.entry("连日来", 0), Map.entry("近来", 0));
    /**
     * Weekends named from the report's day (在刚刚过去的周末，…枪击频发): the Sunday before it, or the Saturday of its
     * week; found from 周末, as their first characters (上, 本, 这) begin words everywhere.
     */
    private static final String WEEKEND = "周末";
    private static final Map<String, TemporalAdjuster> WEEKENDS = Map.of(
        "刚刚过去的周末", TemporalAdjusters.previous(DayOfWeek.SUNDAY), "刚刚过去的这个周末", TemporalAdjusters.previous(DayOfWeek.SUNDAY),
        "上周末", TemporalAdjusters.previous(DayOfWeek.SUNDAY), "本周末", TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY),
        "这个周末", TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    /** "Now" itself, and the recent past, dating by the publication's year (目前, 如今, 眼下, 前不久). */
    private static final Pattern NOW_ITSELF = Pattern.compile("截[至止]目前|目前|当前|如今|现阶段|现在|眼下|前不久|不久前");
    /** The one-character numbers of years 年前 admits, in order: 两 and 二 are both two. */
    private static final String YEAR_COUNTS = "一两三四五六七八九十";
    private static final char MODIFIER = '的';
    private static final String NUMERALS = PeriodContext.NUMERAL_CHARACTERS + "半";
    private static final String YEARS_AGO_WORD = "年前";
    private static final String TEN = "10";
    private static final Pattern YEARS_AGO =
        Pattern.compile("(?<![0-9一二两三四五六七八九十百千第比较与])([1-9]|10|[一两二三四五六七八九十])年前(?![后夕])");
    /**
     * A day of the month written alone (据墨西哥媒体23日报道, 23日，…航班取消): the event's day in the latest month it
     * fell in by publication. Not after a month (5月23日 is read with its month), nor 日元 (yen), nor a count of days
     * (30日内, 连续5日, 第3日).
     */
    private static final LeadingScan BARE_DAY =
        new LeadingScan("0-9", "(?<![月0-9０-９.．/第续每-])(?<!(?<![附接])近)([0-9]{1,2})日(?![元本内起以来间])",
            NumeralStarts::mayBeginDay);
    /** A public holiday as a time (“五一”假期, 国庆黄金周, 春节期间, 五一档), not inside a name (五一商圈). */
    private static final LeadingScan HOLIDAY = new LeadingScan("“\"元春清五端中国",
            "[“\"]?(元旦|春节|清明|五一|端午|中秋|国庆)[”\"]?(?:小长假|长假|假期|黄金周|档|期间|当天|前后)",
            new SecondCharacters("“元春清五端中国", "\"元春清五端中国", "元旦", "春节", "清明", "五一", "端午", "中秋", "国庆"));
    /** The month each holiday falls in (春节 in January or February: its earlier month). */
    private static final Map<String, Integer> HOLIDAY_MONTHS = Map.of(
            "元旦", 1, "春节", 1, "清明", 4, "五一", 5, "端午", 6, "中秋", 9, "国庆", 10);
    /**
     * 超 alone exceeds a period opening a clause or after an adverb or the noun of what is measured (已超去年全年总和,
     * 赶超2019年水平, 业务量超去年总量, ，超去年全年水平), not ending a given name (村民王超去年种植…).
     */
    private static final String EXCEEDING_ALONE = "[，,；;已均远将还都赶量额速值数入率]超";
    /**
     * A period right after 比/较/高于 is the base of a comparison, not the time of the fact (比去年同期, 高于去年投资时序
     * 进度), unless it dates the base's own amount (高于6月的2.2%). Without such a word, X年同期 is the time of the fact
     * (2020年同期规模以上工业增加值同比下降23.2%).
     */
    private static final Pattern COMPARISON_BEFORE =
        Pattern.compile("(?:比|较|同比|相比|与|高于|低于|快于|慢于|好于|超过|超出|" + EXCEEDING_ALONE + ")$");
    private static final String SAME_PERIOD = "同期";
    /** 是 or 为 before the period: the multiple after it is of the period's amount even without 的 (是2020年1.4倍). */
    private static final String COPULAS = "是为";
    /** The word of a multiple (1.4倍), which {@link #MULTIPLE_OF_BASE} ends with. */
    private static final char TIMES = '倍';
    /** A period whose amount a multiple is of (是去年全年的1.8倍, 分别是2020年1.4倍) is the base, not the time of the fact. */
    private static final Pattern MULTIPLE_OF_BASE = Pattern.compile("的?[0-9０-９.．一二两三四五六七八九十几数]+多?倍");
    /** Characters of the words of change (增长, 下降, 回落, 收窄, 分别…): after one, an amount is the change, not the base. */
    private static final String CHANGE_CHARS = "增减降升提涨跌多少高低快慢回落窄扩加放缓别";
    private static final int MAX_BASE_REACH = 12;
    private static final String SET_AGAINST = "相比";
    private static final String SINCE_OPENERS = "自从";
    private static final String SINCE_WORD = "以来";
    private static final int MAX_EVENT_BEFORE_SINCE = 10;
    /** Characters of a record's words (创, 是, 为, 有史), no event a span starts with. */
    private static final String NOT_AN_EVENT = "创是为史";
    private static final String COMPARING_WORDS = "比较";
    private static final String CLAUSE_ENDS = "，,。；;：:\n（(";
    /** What introduces the base's own amount after 超过: 的, or a bracket glossing the base. */
    private static final String BASE_AMOUNT_INTRODUCERS = "的" + Segmenter.OPENING_BRACKETS;
    private static final String SENTENCE_ENDS = Segmenter.FULL_STOPS_AND_LINES;
    /** What may stand between the start and the end of a stretch of dates: the start's day, then a dash, 至/到 or 、. */
    private static final Pattern CONTINUATION = Pattern.compile("(?:[0-9一二三四五六七八九十]{1,3}[日号])?\\s*[-—–~至到、和及]?\\s*");

    private static final String HEADING_COLONS = "：:";
    private static final String SENTENCE_STOPS = "。！？!?";
    /** Words of a plan, forecast or duration: a month after one, written without its year, is still to come (持续至6月底). */
    private static final List<String> PLAN_WORDS = List.of("计划", "预计", "将于", "拟于", "力争", "有望", "将在", "持续", "延续", "延长");
    private static final int PLAN_REACH = 4;
    /**
     * Words of what will be after a month opening its sentence (12月，各巡查组还将对…开展巡查): the sentence tells what
     * that month will bring. 将 is "will" after an adverb (还将, 也将, 即将; not 将近, nearly) or before a coverb, an
     * adverb or 迎来 (将于, 将在, 将对, 将继续); else it marks an object moved (警方将5名嫌疑人抓获, 将3家企业列入名录)
     * or ends a noun (名将在全运会上夺冠). 计划 and 预计 plan or forecast, but not as nouns of a past deed (完成年度计划的
     * 105%, 超出预计, 高于预计, 按计划, 原计划), nor in 计划外, 计划内, 计划生育, 计划经济, 计划单列市.
     */
    private static final Pattern WILL_BE = Pattern.compile("[还也即亦并仍又都均]将(?!近)"
        + "|(?<![名老主女小猛干悍])将(?!对[手象])(?:" + FutureMarks.WORDS_AFTER_WILL + "|迎来)"
        + "|(?<![度出于比照按原的])(?:计划(?![外内生经单])|预计)");
    private static final String FORMER_PLAN = "原计划";
    private static final int MONTHS = 12;
    /** How far ahead a day written without its year may be, unplanned, and still be the coming one. */
    private static final int NEXT_MONTH = 1;
    /** Words of a record a span of years measures (五年来最低, 十年来新高, 近年来首次). */
    private static final List<String> SUPERLATIVES = List.of("最", "新高", "新低", "首次", "之最");
    /** Words before the date a firm or a work was founded or built (成立于1999年, 始建于明代). */
    private static final List<String> FOUNDED = List.of("成立于", "始建于", "创建于", "创办于", "组建于", "兴建于", "建于",
        "注册于", "落成于", "成立时间为");

    /** An edition or occasion of the post's own time (本届广交会, 本届电影节): its figures are of the publication year. */
    private static final Pattern THIS_EDITION = Pattern.compile("本届");
    /** Bodies serving a term of years (本届政府以来, 本届人大): 本届 before them names no edition of the post's time. */
    private static final List<String> TERMS_OF_OFFICE = List.of("政府", "人大", "政协", "班子", "任期", "领导");
    /** X期间 naming an event that 本届X names elsewhere in the post (本届广交会 … 广交会期间). */
    private static final String DURING = "期间";
    private static final int MIN_EDITION_NAME = 2;
    private static final int MAX_EDITION_NAME = 4;

    /**
     * A span since a past time set as a record's measure (为2018年以来最高水平, 创2018年5月以来新高, 创今年以来新低): the
     * record word before it, the superlative after it.
     */
    private static final Pattern RECORD_WORD_BEFORE = Pattern.compile("(?:为|创下?|刷新|是)$");
    private static final Pattern RECORD_AFTER = Pattern.compile("的?(?:最|新高|新低|高位|低位|高点|低点)");

    private PeriodExpressions() {
    }

    static List<PeriodMention> find(String text, LocalDate published) {
        return find(text, published, published);
    }

    /**
     * @param undated the date a month, quarter, holiday or 全年 written without a year is the latest one on or before:
     *                the publication date, or the last day of the year a report published after it is about
     */
    static List<PeriodMention> find(String text, LocalDate published, LocalDate undated) {
        List<PeriodMention> out = new ArrayList<>();
        Matcher m = POINT.matcher(text);
        int from = 0;
        Point dated = null;
        int datedEnd = -1;
        // the last point announced without its year (将于10月15日): the start of a stretch its next point may end
        Point announced = null;
        int announcedEnd = -1;
        boolean datedOpensParagraph = false;
        while (from < text.length() && POINT.find(m, text, from)) {
            if (m.end() == m.start()) {
                from = m.start() + 1;
                continue;
            }
            int end = m.end();
            // a day's date (今天（2月19日）) is of the publication year even in a report on last year
            Optional<Point> written = Point.of(m, 1, published, DayDates.dayFollows(text, end) ? published : undated);
            boolean ownYear = m.group(1) != null || m.group(2) != null;
            if (ownYear && BracketedYears.glossedAmountBefore(text, m.start(), end) >= 0) {
                from = end; // 县域面积2979平方公里（2013年）: the year of that amount alone, see BracketedYears
                continue;
            }
            if (!ownYear && undated != null) {
                // 计划于8月中旬完成 in July: the coming August, the nearer of the two (预计12月份CPI… in January is December's;
                // 12月，各巡查组还将… in November is the coming December);
                // unplanned, a day of next month (从明天到3月2日 in late February): no news dates a day a year back so
                int ahead = plannedBefore(text, m.start()) || opensSentenceToCome(text, m.start(), end) ? MONTHS
                    : DayDates.dayFollows(text, end) ? NEXT_MONTH : 0;
                written = written.map(p -> p.nearerComing(undated, ahead));
            }
            Point before = dated;
            boolean continuing = before != null && continues(text, datedEnd, m.start());
            // 全年 and 年初 are of the year the paragraph is about (2021年山东省…。全年地区生产总值…), not of publication
            // so is any month or quarter of a paragraph headed by its year (2017年：实施…。按照9月底前，完成25%以上)
            boolean ofParagraphYear = !ownYear && before != null && sameParagraph(text, datedEnd, m.start())
                && (WHOLE_YEAR_WORDS.contains(String.valueOf(m.group(YEAR_WORD))) || datedOpensParagraph);
            // a heading dates its item's opening month (·2017年8月（全省…推进大会）, then 8月6日至8月7日，…大会在贵阳召开)
            // today's date (今天（12月24日）) is the report's, whatever year the sentence names before it
            boolean inYearBefore = !ownYear && before != null
                && (ofParagraphYear || sameSentence(text, datedEnd, m.start()) || headingBefore(text, datedEnd, m.start())
                    && written.filter(w -> !w.part().isEmpty() && w.part().equals(before.part())).isPresent())
                && !DayDates.glossesReportDay(text, m.start());
            // the end of a stretch announced without years (将于10月15日至11月4日举办) is in its start's year, or the next;
            // a stretch gone by (10月15日至11月4日共接待) is read as before, each point the latest one by publication
            Point start = announced;
            boolean endsStretch = !ownYear && !inYearBefore && start != null && continues(text, announcedEnd, m.start());
            Optional<Point> point = inYearBefore ? written.map(p -> p.inYearOf(before, continuing))
                : endsStretch ? written.map(p -> p.inYearOf(start, true)) : written;
            boolean announcedHere = !ownYear && point.isPresent() && plannedBefore(text, m.start());
            announced = announcedHere ? point.get() : null;
            announcedEnd = announcedHere ? end : -1;
            int sinceAfterEvent = point.isPresent() ? sinceAfterEvent(text, m.start(), end) : -1;
            if (sinceAfterEvent > 0) {
                boolean thisYear = published != null && point.get().year == published.getYear();
                out.add(new PeriodMention(m.start(), sinceAfterEvent,
                        thisYear ? Optional.of(Integer.toString(point.get().year)) : Optional.empty(), false));
                from = sinceAfterEvent;
                continue;
            }
            Matcher since = SINCE.matcher(text);
            since.region(end, text.length());
            if (point.isPresent() && since.lookingAt()) {
                Optional<Point> until = since.end() > end + 2
                    ? Point.of(since, 1, published, undated) : Optional.ofNullable(published).map(Point::today);
                Optional<String> span = until.flatMap(u -> point.get().year == u.year ? Optional.of(Integer.toString(u.year)) : Optional.empty());
                out.add(new PeriodMention(m.start(), since.end(), span, false));
                from = since.end();
                continue;
            }
            boolean samePeriod = text.startsWith(SAME_PERIOD, end);
            int through = samePeriod ? end + SAME_PERIOD.length() : end;
            boolean multipleOfBase = isBaseOfMultiple(text, m.start(), through);
            boolean comparison = comparedBefore(text, m.start())
                || samePeriod && comparedEarlierInClause(text, m.start()) || multipleOfBase;
            boolean datesBaseAmount = comparison && !multipleOfBase && datesBaseAmount(text, m.start(), through);
            // 2014年底的388.16万公里, and X年同期 (it dates the other side of a comparison): the next amount only
            // 总人口（2015年）65万: a year glossing one amount dates it alone, and frames neither its clause nor 全年
            boolean glossAfter = BracketedYears.glossesAmountAfter(text, m.start(), end);
            boolean attributive = samePeriod || datesBaseAmount || glossAfter || modifiesAmountAfter(text, through);
            // 1月平均气温, 降雨集中在6－8月份: a month of every year, which no stated year makes one month
            boolean everyYear = point.isPresent() && !ownYear && !inYearBefore
                && RecurringMonths.namedAt(text, m.start(), end);
            if (point.isPresent() && (founded(text, m.start()) || everyYear)) {
                // 成立于1999年，…占地面积14000平方米: a founding date dates the founding, not the figures after it
                out.add(new PeriodMention(m.start(), through, Optional.empty(), false));
            } else if (point.isPresent() && (!comparison || datesBaseAmount)) {
                out.add(new PeriodMention(m.start(), through, Optional.of(point.get().format()), attributive));
                if (ownYear && !glossAfter) {
                    dated = point.get();
                    datedEnd = end;
                    datedOpensParagraph = (m.start() == 0 || text.charAt(m.start() - 1) == '\n')
                        && end < text.length() && HEADING_COLONS.indexOf(text.charAt(end)) >= 0;
                }
            }
            from = end;
        }
        if (undated != null) {
            addHolidays(text, undated, out);
        }
        if (published != null) {
            addNow(text, published, out);
            addWeekends(text, published, out);
            addBareDays(text, published, out);
            addYearsAgo(text, published, out);
        }
        addPlanEnds(text, out);
        Matcher none = NO_YEAR.matcher(text);
        for (int at = 0; NO_YEAR.find(none, text, at); at = LeadingScan.after(none)) {
            int s = none.start();
            // 票价降至五年来最低: the span measures a record, it frames none of the facts after it
            boolean ofRecord = SUPERLATIVES.stream().anyMatch(w -> text.startsWith(w, none.end()));
            // 比过去两年平均水平高出800亿元: the span is the base compared with, the fact is of its own time
            boolean base = s > 0 && COMPARED_WITH.indexOf(text.charAt(s - 1)) >= 0;
            // 一年内到期的负债, 成立5年内的企业: N年内 is a window of the facts' own time, unless a plan sets it ahead
            // (力争五年内, 计划一年内) or it sums its years (三年内累计完成投资650亿元, like 近三年累计)
            boolean window = text.charAt(none.end() - 1) == WITHIN && !plannedBefore(text, s)
                && !text.startsWith(SUMMED, none.end());
            if (!ofRecord && !base && !window && out.stream().noneMatch(p -> p.start() < none.end() && s < p.end())) {
                out.add(new PeriodMention(s, none.end(), yearUnderReview(text, s, none.end(), published), false));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** Whether a word of a plan or forecast stands right before the offset (计划于, 预计, 将于, 力争), not 原计划. */
    private static boolean plannedBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - PLAN_REACH), at);
        return PLAN_WORDS.stream().anyMatch(before::contains) && !before.contains(FORMER_PLAN);
    }

    /** Whether the time at {@code start..end} opens its sentence and a word of what will be follows in it. */
    private static boolean opensSentenceToCome(String text, int start, int end) {
        return sentenceStart(text, start) == start
            && WILL_BE.matcher(text).region(end, Segmenter.sentenceEnd(text, end)).find();
    }

    /**
     * Whether a compared period dates the base's own amount after it (高于6月的2.2%, 相比2024年的99款). After words of
     * exceeding, that amount is one a 的 or a bracket introduces (超过去年全年总量的181.8万标箱, 已超过2020年全年销量(829万头),
     * 超出2024年预算的部分为…); a number without one is the margin (超过去年同期水平2个百分点), like 高于's.
     */
    private static boolean datesBaseAmount(String text, int start, int through) {
        return text.startsWith("的", through) && through + 1 < text.length() && Character.isDigit(text.charAt(through + 1))
            || text.startsWith(SET_AGAINST, Math.max(0, start - SET_AGAINST.length())) && baseAmountFollows(text, through, false)
            || exceededBefore(text, start) && baseAmountFollows(text, through, true);
    }

    /** Whether 超, 超过 or 超出 ends right before {@code at}. */
    private static boolean exceededBefore(String text, int at) {
        return at >= 1 && text.charAt(at - 1) == '超'
            || at >= 2 && text.charAt(at - 2) == '超' && (text.charAt(at - 1) == '过' || text.charAt(at - 1) == '出');
    }

    /**
     * Whether the base's own amount follows the period set against with 相比 or 超过 in its clause before any word of
     * change (相比2020年102719亿元的GDP, 超过去年全年总量的181.8万标箱): that amount is of the base's period. After 高于
     * or 比 the amount is the gap (高于去年投资时序进度3.8个百分点); with no amount (已超去年全年总和，82条运行线路…) the
     * base dates nothing.
     *
     * @param introduced whether a 的 or a bracket must come before the amount (after 超过, whose bare number is the margin)
     */
    private static boolean baseAmountFollows(String text, int from, boolean introduced) {
        boolean introducedYet = !introduced;
        for (int k = from; k < Math.min(text.length(), from + MAX_BASE_REACH); k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                return introducedYet;
            }
            // a bracket glosses the base with its amount (已超过2020年全年销量(829万头)); it ends no clause here
            if (CLAUSE_ENDS.indexOf(c) >= 0 && Segmenter.OPENING_BRACKETS.indexOf(c) < 0 || CHANGE_CHARS.indexOf(c) >= 0) {
                return false;
            }
            introducedYet |= BASE_AMOUNT_INTRODUCERS.indexOf(c) >= 0;
        }
        return false;
    }

    /**
     * 本届 (this edition: 本届广交会…惠及乡村振兴企业171家): an event of the post's own time, so of the publication year;
     * a last resort for the facts of its paragraph that nothing else dates.
     */
    static List<PeriodMention> findEditions(String text, LocalDate published) {
        List<PeriodMention> out = new ArrayList<>();
        if (published == null) {
            return out;
        }
        Matcher m = THIS_EDITION.matcher(text);
        String year = Integer.toString(published.getYear());
        while (m.find()) {
            int after = m.end();
            if (TERMS_OF_OFFICE.stream().noneMatch(term -> text.startsWith(term, after))) {
                out.add(new PeriodMention(m.start(), m.end(), Optional.of(year), false));
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        // 广交会期间 after 本届广交会: the time of the same edition
        for (int k = text.indexOf(DURING); k >= 0; k = text.indexOf(DURING, k + 1)) {
            for (int n = MAX_EDITION_NAME; n >= MIN_EDITION_NAME; n--) {
                if (k - n >= 0 && text.substring(k - n, k).chars().allMatch(Character::isLetter)
                        && text.contains(THIS_EDITION.pattern() + text.substring(k - n, k))) {
                    out.add(new PeriodMention(k - n, k + DURING.length(), Optional.of(year), false));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(PeriodMention::start));
        return out;
    }

    /**
     * The bases of multiples in past years (是2020年1.4倍, 是去年全年的1.8倍): the multiple is the amount now, of the
     * publication year — a last resort for the amounts of their sentence that nothing else dates.
     */
    static List<PeriodMention> findMultipleBases(List<PeriodMention> found, String text, LocalDate published) {
        List<PeriodMention> out = new ArrayList<>();
        if (published == null || text.indexOf(TIMES) < 0) {
            return out; // no multiple in the post, as in most: no second scan of its times
        }
        Matcher m = POINT.matcher(text);
        int from = 0;
        while (from < text.length() && POINT.find(m, text, from)) {
            if (m.end() == m.start()) {
                from = m.start() + 1;
                continue;
            }
            int end = m.end();
            from = end;
            int start = m.start();
            if (found.stream().anyMatch(p -> p.start() < end && start < p.end())) {
                continue; // read as a time of its own
            }
            Optional<Point> point = Point.of(m, 1, published, published);
            int through = text.startsWith(SAME_PERIOD, end) ? end + SAME_PERIOD.length() : end;
            if (isBaseOfMultiple(text, start, through) && point.isPresent() && point.get().year < published.getYear()) {
                out.add(new PeriodMention(start, through, Optional.of(Integer.toString(published.getYear())), false));
            }
        }
        return out;
    }

    /**
     * The spans since a past time that measure a record (离岸人民币兑美元升至6.3512，为2018年以来最高水平): the record is
     * reached now, so they date by the publication year the amounts their sentence states before them — a last resort.
     */
    static List<PeriodMention> findRecords(List<PeriodMention> found, String text, LocalDate published) {
        List<PeriodMention> out = new ArrayList<>();
        if (published == null || !text.contains(SINCE_WORD)) {
            return out;
        }
        String year = Integer.toString(published.getYear());
        for (PeriodMention p : found) {
            if (text.startsWith(SINCE_WORD, p.end() - SINCE_WORD.length())
                    && p.period().filter(period -> !period.equals(year)).isEmpty()
                    && RECORD_WORD_BEFORE.matcher(text.substring(Math.max(0, p.start() - 2), p.start())).find()
                    && RECORD_AFTER.matcher(text).region(p.end(), text.length()).lookingAt()) {
                out.add(new PeriodMention(p.start(), p.end(), Optional.of(year), false));
            }
        }
        return out;
    }

    /** Whether the time at [start, through) is the base a multiple is of (是2020年1.4倍, 是去年全年的1.8倍). */
    private static boolean isBaseOfMultiple(String text, int start, int through) {
        return (text.startsWith("的", through) || start > 0 && COPULAS.indexOf(text.charAt(start - 1)) >= 0)
            && MULTIPLE_OF_BASE.matcher(text).region(through, text.length()).lookingAt();
    }

    private static boolean founded(String text, int start) {
        return FOUNDED.stream().anyMatch(w -> start >= w.length() && text.startsWith(w, start - w.length()));
    }

    private static boolean sameParagraph(String text, int from, int to) {
        int lineEnd = text.indexOf('\n', from);
        return lineEnd < 0 || lineEnd >= to;
    }

    /**
     * Whether {@code from} is in the paragraph right before the one whose first sentence holds {@code to}, and that
     * paragraph is a heading (no full stop).
     */
    private static boolean headingBefore(String text, int from, int to) {
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0 || lineEnd >= to || sentenceStart(text, to) != lineEnd + 1) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        return text.substring(lineStart, lineEnd).chars().noneMatch(c -> SENTENCE_STOPS.indexOf(c) >= 0);
    }

    private static boolean sameSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text between two points makes the second the end of a stretch starting at the first (2021年12月28日至1月5日,
     * 3月、4月): only the first point's day, a dash or 至/到, or an enumeration mark.
     */
    private static boolean continues(String text, int from, int to) {
        return CONTINUATION.matcher(text.substring(from, to)).matches();
    }

    /**
     * End of 以来 when a point is followed by its event and 以来 (自2018年10月开通以来, 去年12月开园以来: a span up to
     * now), else -1; 自/从 may open the span, with no event between (自2021年以来).
     */
    private static int sinceAfterEvent(String text, int start, int end) {
        boolean opened = start > 0 && SINCE_OPENERS.indexOf(text.charAt(start - 1)) >= 0;
        for (int k = end; k < Math.min(text.length(), end + MAX_EVENT_BEFORE_SINCE); k++) {
            if (text.startsWith(SINCE_WORD, k) && (opened || k > end)) {
                return k + SINCE_WORD.length();
            }
            // an amount of the event (自2011年首次突破1亿吨大关以来) is dated by the point itself; without 自 a record
            // since (创有史以来新高, 是建市以来最快的一年) is of the point
            if (CLAUSE_ENDS.indexOf(text.charAt(k)) >= 0 || Character.isDigit(text.charAt(k))
                    || !opened && NOT_AN_EVENT.indexOf(text.charAt(k)) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the clause before {@code start} compares (比上半年和上年同期分别回落): its 同期 is a base too. */
    private static boolean comparedEarlierInClause(String text, int start) {
        for (int k = start - 1; k >= 0 && CLAUSE_ENDS.indexOf(text.charAt(k)) < 0; k--) {
            if (COMPARING_WORDS.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Holidays not dated by a year written right before them (今年“五一”假期 is dated by 今年): the latest one on or
     * before the publication date.
     */
    private static void addHolidays(String text, LocalDate undated, List<PeriodMention> out) {
        Matcher m = HOLIDAY.matcher(text);
        for (int from = 0; HOLIDAY.find(m, text, from); from = LeadingScan.after(m)) {
            int start = m.start();
            if (out.stream().anyMatch(p -> p.end() == start || p.start() < m.end() && start < p.end())) {
                continue;
            }
            int month = HOLIDAY_MONTHS.get(m.group(1));
            int year = month <= undated.getMonthValue() ? undated.getYear() : undated.getYear() - 1;
            out.add(new PeriodMention(start, m.end(), Optional.of(Integer.toString(year)), false));
        }
    }

    /** Whether a comparison's word (比, 较, 与, 高于…) stands right before the offset: what follows is its base. */
    static boolean comparedBefore(String text, int offset) {
        return COMPARISON_BEFORE.matcher(text.substring(Math.max(0, offset - 2), offset)).find();
    }

    /**
     * Whether a mention's words date it only by the publication date ("now", a day alone, 两年前): no story is about
     * them.
     */
    static boolean isPublicationRelative(String words) {
        return NOW.matches(words) || BARE_DAY.matcher(words).matches() || WEEKENDS.containsKey(words)
            || YEARS_AGO.matcher(words).matches();
    }

    /** Whether a mention's words are "now" (目前, 如今, 眼下), which date by the publication's year, not a day of it. */
    static boolean isNow(String words) {
        return NOW_ITSELF.matcher(words).matches();
    }

    private static void addNow(String text, LocalDate published, List<PeriodMention> out) {
        Matcher m = NOW.matcher(text);
        for (int from = 0; NOW.find(m, text, from); from = LeadingScan.after(m)) {
            boolean comparison = comparedBefore(text, m.start());
            // 较目前4600点的水平上涨约11%: "now" is the base, dating its own amount only, not the change (as of 2022年底前)
            boolean datesBaseAmount = comparison && m.end() < text.length() && Character.isDigit(text.charAt(m.end()));
            if ((!comparison || datesBaseAmount) && out.stream().noneMatch(p -> p.start() < m.end() && m.start() < p.end())) {
                Integer dayOffset = DAYS_FROM_REPORT.get(m.group());
                // a day named from the report's is in a month; "now" is only in the year
                String period = dayOffset == null ? Integer.toString(published.getYear()) : monthOf(published.plusDays(dayOffset));
                out.add(new PeriodMention(m.start(), m.end(), Optional.of(period), datesBaseAmount));
            }
        }
    }

    private static void addWeekends(String text, LocalDate published, List<PeriodMention> out) {
        for (int at = text.indexOf(WEEKEND); at >= 0; at = text.indexOf(WEEKEND, at + WEEKEND.length())) {
            int end = at + WEEKEND.length();
            WEEKENDS.entrySet().stream()
                .filter(w -> end >= w.getKey().length() && text.startsWith(w.getKey(), end - w.getKey().length()))
                .max(Comparator.comparingInt(w -> w.getKey().length()))
                .filter(w -> out.stream().noneMatch(p -> p.start() < end && end - w.getKey().length() < p.end()))
                .ifPresent(w -> out.add(new PeriodMention(end - w.getKey().length(), end,
                    Optional.of(monthOf(published.with(w.getValue()))), false)));
        }
    }

    /** Whether a time, maybe quoted, is the base of a comparison (与“十二五”末相比, 比“十三五”末增加): it dates no fact. */
    private static boolean comparedWith(String text, int start, int end) {
        int before = start > 0 && Segmenter.OPENING_QUOTES.indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
        return comparedBefore(text, before) || text.startsWith(SET_AGAINST, end);
    }

    /**
     * The ends of five-year plans (到“十二五”末, 十三五期末): the plan's last year (2015, 2020), the year of the targets and
     * totals stated for it. 十五 alone is too often the number.
     */
    private static void addPlanEnds(String text, List<PeriodMention> out) {
        for (int at = text.indexOf(PLAN_MARK); at >= 0; at = text.indexOf(PLAN_MARK, at + 1)) {
            Matcher end = PLAN_END.matcher(text).region(Math.max(0, at - 2), text.length());
            if (end.lookingAt() && !comparedWith(text, end.start(), end.end())) {
                int plan = TEN_PLANS + PLAN_NUMERALS.indexOf(end.group(1)) + 1;
                int start = end.start();
                out.add(new PeriodMention(start, end.end(), Optional.of(Integer.toString(FIRST_PLAN_END + PLAN_YEARS * plan)), false));
            }
        }
    }

    /**
     * The year a review of the past year covers (一年来, at the turn of a year: 2023 in a post of January 2024, 2024 in
     * one of December 2024); empty for any other span, and for 一年来 in the middle of a year, which spans two.
     */
    private static Optional<String> yearUnderReview(String text, int start, int end, LocalDate published) {
        if (published == null || !ONE_YEAR_SINCE.contains(text.substring(start, end))) {
            return Optional.empty();
        }
        int month = published.getMonthValue();
        return month >= YEAR_END_MONTH ? Optional.of(Integer.toString(published.getYear()))
            : month <= LAST_MONTH_REVIEWING_LAST_YEAR ? Optional.of(Integer.toString(published.getYear() - 1))
            : Optional.empty();
    }

    /**
     * Whether a time written as a modifier (2014年底的, 去年的) modifies an amount of its own clause (2014年底的388.16万公里):
     * then it dates that amount alone. With no numeral before its clause ends it is the topic of its sentence and frames
     * it like any time (去年的文旅业回暖明显；国内游规模达到了56亿人次).
     */
    private static boolean modifiesAmountAfter(String text, int end) {
        if (end >= text.length() || text.charAt(end) != MODIFIER) {
            return false;
        }
        for (int i = end + 1; i < text.length() && CLAUSE_ENDS.indexOf(text.charAt(i)) < 0; i++) {
            if (ArabicDigits.is(text.charAt(i)) || NUMERALS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to ten years before publication (一年前, 两年前, 五年前, 10年前): that year; not 前后 ("about") nor a comparison's
     * base (比一年前); further back the text names the year itself. Before 的 it dates the next amount only, the
     * from-amount of a change (从两年前的不到50家快速增长到如今的320多家).
     */
    private static void addYearsAgo(String text, LocalDate published, List<PeriodMention> out) {
        // a scan for 年前, not a pattern tried at every position of the post
        for (int at = text.indexOf(YEARS_AGO_WORD, 1); at >= 0; at = text.indexOf(YEARS_AGO_WORD, at + 1)) {
            int start = at >= 2 && text.startsWith(TEN, at - 2) ? at - 2 : at - 1;
            int end = at + YEARS_AGO_WORD.length();
            Matcher m = YEARS_AGO.matcher(text).region(Math.max(0, start - 1), Math.min(text.length(), end + 1));
            if (!m.useTransparentBounds(true).find() || m.start() != start
                    || out.stream().anyMatch(p -> p.start() < end && start < p.end())) {
                continue;
            }
            char n = text.charAt(start);
            int years = at - start == 2 ? 10 : Character.isDigit(n) ? n - '0' : n == '二' ? 2 : YEAR_COUNTS.indexOf(n) + 1;
            out.add(new PeriodMention(start, end, Optional.of(Integer.toString(published.getYear() - years)),
                modifiesAmountAfter(text, end)));
        }
    }

    /** Days of the month written alone, where no earlier time expression of the sentence dates them. */
    private static void addBareDays(String text, LocalDate published, List<PeriodMention> out) {
        Matcher m = BARE_DAY.matcher(text);
        for (int from = 0; BARE_DAY.find(m, text, from); from = LeadingScan.after(m)) {
            int start = m.start();
            int sentenceStart = sentenceStart(text, start);
            if (out.stream().anyMatch(p -> p.start() < m.end() && p.end() > sentenceStart)) {
                continue;
            }
            int day = Integer.parseInt(m.group(1));
            if (day < 1 || day > 31) {
                continue;
            }
            LocalDate month = day <= published.getDayOfMonth() ? published : published.minusMonths(1);
            out.add(new PeriodMention(start, m.end(), Optional.of(monthOf(month)), false));
        }
    }

    private static String monthOf(LocalDate date) {
        return date.getYear() + "-" + twoDigits(date.getMonthValue());
    }

    /** The number with at least two digits (5 → 05), as %02d writes it; String.format costs more than the rest of a point. */
    private static String twoDigits(int n) {
        return (n >= 0 && n < 10 ? "0" : "") + n;
    }

    private static int sentenceStart(String text, int offset) {
        int k = offset;
        while (k > 0 && SENTENCE_ENDS.indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /** A point or stretch inside one year: the year plus an optional part (month, month range, quarter, half). */
    private record Point(int year, String part) {
        static Point today(LocalDate date) {
            return new Point(date.getYear(), "");
        }

        /** Reads groups year(first), relative-year (from {@code published}), and the PART groups starting at {@code first}. */
        static Optional<Point> of(Matcher m, int first, LocalDate published, LocalDate undated) {
            String explicitYear = m.group(first);
            String relativeYear = m.group(first + 1);
            String part = partOf(m, first + 2);
            if (explicitYear == null && relativeYear == null && part == null) {
                return Optional.empty();
            }
            Integer year = null;
            if (explicitYear != null) {
                year = Integer.parseInt(explicitYear);
                if (year < 1900 || year > 2100) {
                    return Optional.empty();
                }
            } else if (relativeYear != null) {
                if (published == null) {
                    return Optional.empty();
                }
                year = published.getYear() + switch (relativeYear) {
                    case "去年", "上年" -> -1;
                    // a year-end review's past year is the year ending
                    case "过去一年", "过去的一年" -> published.getMonthValue() >= YEAR_END_MONTH ? 0 : -1;
                    case "前年" -> -2;
                    case "大前年" -> -3; // the year before 前年 (大前年，家里改建民宿时借了18万元)
                    case "明年" -> 1;
                    default -> 0;
                };
            }
            if (part == null || part.equals(YEAR_END)) {
                return Optional.ofNullable(year).map(y -> new Point(y, ""));
            }
            if (year == null) {
                if (undated == null) {
                    return Optional.empty();
                }
                year = latestYearOf(part, undated);
            }
            return Optional.of(new Point(year, part));
        }

        private static String partOf(Matcher m, int g) {
            if (m.group(g) != null) {
                return switch (m.group(g)) {
                    case "前三季度" -> "Q1/Q3";
                    case "上半年" -> "H1";
                    case "下半年" -> "H2";
                    default -> "Q" + number(m.group(g).replace("第", "").replace("季度", ""));
                };
            }
            if (m.group(g + 1) != null) {
                return twoDigits(number(m.group(g + 1))) + "/" + twoDigits(number(m.group(g + 2)));
            }
            if (m.group(g + 3) != null) {
                return twoDigits(number(m.group(g + 3)));
            }
            if (m.group(g + 4) == null) {
                return null;
            }
            return WHOLE_YEAR_WORDS.contains(m.group(g + 4)) ? "" : YEAR_END;
        }

        /** The year in which this part of a year last began on or before the given date. */
        private static int latestYearOf(String part, LocalDate undated) {
            return firstMonth(part) <= undated.getMonthValue() ? undated.getYear() : undated.getYear() - 1;
        }

        private static int firstMonth(String part) {
            return switch (part.isEmpty() ? "" : part.substring(0, 1)) {
                case "Q" -> 3 * (part.charAt(1) - '1') + 1;
                case "H" -> part.equals("H1") ? 1 : 7;
                case "" -> 1;
                default -> Integer.parseInt(part.substring(0, 2));
            };
        }

        /** The last month of a part (Q1/Q3 → 9, 01/07 → 7, H1 → 6). */
        private static int lastMonth(String part) {
            String last = part.substring(part.lastIndexOf('/') + 1);
            return switch (last.substring(0, 1)) {
                case "Q" -> 3 * (last.charAt(1) - '0');
                case "H" -> last.equals("H1") ? 6 : 12;
                default -> Integer.parseInt(last);
            };
        }

        /**
         * This point, written without a year, in the year of a dated point before it in the sentence (2022年1月4日至1月5日,
         * 2021年全年…其中12月): the following year when it ends a stretch that starts at a later month (2021年12月28日至1月5日).
         */
        Point inYearOf(Point dated, boolean continuing) {
            boolean rollsOver = continuing && !dated.part.isEmpty() && firstMonth(part) < lastMonth(dated.part);
            return new Point(rollsOver ? dated.year + 1 : dated.year, part);
        }

        /**
         * For a month of the year before {@code reference} (the latest one by then), the same month of the reference's
         * year when that is nearer and at most {@code maxAhead} months ahead: a month still to come. Other points are kept.
         */
        Point nearerComing(LocalDate reference, int maxAhead) {
            if (year != reference.getYear() - 1 || part.length() != 2 || !Character.isDigit(part.charAt(0))) {
                return this;
            }
            int month = Integer.parseInt(part);
            int sinceLast = reference.getMonthValue() + MONTHS - month;
            int untilNext = month - reference.getMonthValue();
            return untilNext < sinceLast && untilNext <= maxAhead ? new Point(reference.getYear(), part) : this;
        }

        String format() {
            return part.isEmpty() ? Integer.toString(year) : year + "-" + part;
        }
    }

    private static int number(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        if (s.startsWith("十")) {
            return 10 + (s.length() > 1 ? digits.indexOf(s.charAt(1)) + 1 : 0);
        }
        return digits.indexOf(s.charAt(0)) + 1;
    }
}
