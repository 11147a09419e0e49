package dev.zhibiao.engine.quantity;

import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.RespectiveYears;
import dev.zhibiao.engine.text.Segmenter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Numerals that are not amounts: years, codes, numbers inside words and names (一起, 四川, 十四五, 八项规定). */
final class NonQuantities {
    /** An earthquake's magnitude: written after a scale word or before a quake word (里氏7.1级, 5.3级地震). */
    static final String GRADE = "级";
    private static final BigDecimal HUNDRED_PEOPLE = BigDecimal.valueOf(100);
    private static final Set<String> MULTITUDE_NOUNS = Set.of(UnitLexicon.PEOPLE_IN_MULTITUDES.split(" "));
    private static final List<String> MAGNITUDE_SCALES = List.of("里氏", "震级", "震级为", "震级达");
    private static final List<String> QUAKES = List.of("地震", "强震", "余震", "大地震", "强烈地震");
    /** Verbs stating a magnitude of a quake named before (其中一次为4.2级, 最大震级达5级). */
    private static final String STATING_VERBS = "为达是";
    private static final int MAX_QUAKE_REACH = 40;
    /** Steps of other scales a quake story states (风力达5级, 损坏等级为3级, 响应为一级). */
    private static final List<String> NOT_MAGNITUDES = List.of("风力", "风速", "等级", "级别", "烈度", "响应");
    /** Counters of provinces and countries, which also end place and forum names (东三省, 七国集团). */
    private static final Set<String> PLACE_COUNTERS = Set.of("省", "省份", "省区", "省市", "国");
    private static final String COUNTRY = "国";
    private static final String GEAR = "档";
    private static final char LIST_COMMA = '、';
    /** Words naming a site or a place famed for a thing (遗址, 遗存, 之乡), which a name may begin with a numeral. */
    private static final List<String> SITES = List.of("遗址", "遗存", "之乡");
    /**
     * Measure words that end place names a site is named after (四台遗址); any other counts something before the site's
     * word (三处遗址, 三名遗址保护员, 四次遗址调查, 五万平方米遗址公园).
     */
    private static final Set<String> SITE_NAME_COUNTERS = Set.of("台", "门");
    /** Characters of the longest quoted term a numeral opens (四升三降一平). */
    private static final int MAX_QUOTED_TERM = 6;
    private static final Set<String> EVENT_UNITS = Set.of("米", "公里", "公斤", "千克", "kg", "km", "m");
    private static final List<String> ATHLETES = List.of("男子", "女子");
    private static final List<String> EVENT_WORDS = List.of("级", "板", "台", "决赛", "半决赛", "预赛", "比赛", "项目", "自由泳",
        "蛙泳", "仰泳", "蝶泳", "混合泳", "接力", "跨栏", "栏", "障碍", "步枪", "手枪", "速滑", "短道", "跑", "赛", "冠军", "金牌");
    /** Discipline words between the athletes and the distance (女子自由式摔跤57公斤级). */
    private static final int MAX_EVENT_NAME = 6;
    private static final Set<String> GRID_VOLTAGE_UNITS = Set.of("千伏", "kV");
    private static final List<String> GRID_WORDS = List.of("变电", "输电", "输变电", "特高压", "交流", "直流", "线路", "电网",
        "换流", "开关站", "主变", "配电", "电压等级");
    private static final String AVERAGE = "平均";
    /** Changes an average over a span of years is stated as (两年平均增长, 两年平均增速, 三年平均下降). */
    private static final List<String> AVERAGE_CHANGES = List.of("增长", "增速", "增幅", "下降", "降幅", "上涨", "下跌", "提高",
        "回落", "涨", "降", "增");
    /**
     * Characters that make 国 or 省 the start of a word after a numeral, not a counter: 七国集团, 303国道, 2024国庆假期,
     * 国际, 国货, 3省级重点实验室, 省运会, 省道.
     */
    private static final String COUNTRY_WORD_STARTS = "集联峰庆际货企内家有产潮标债资";
    private static final String PROVINCE_WORD_STARTS = "级内外委政运会长";
    private static final char ROAD = '道';
    /**
     * Words and names containing numerals; a numeral inside one is never an amount. 二次 is the attribute "second,
     * secondary" (二次统计报告, 锂二次电池): a count of two times is written 两次.
     */
    private static final WordTable<Boolean> WORDS = new WordTable<>(WordTable.all(
        "两两 朝花夕拾 一起 一些 一定 统一 一体 一体化 之一 一直 一致 唯一 进一步 一方面 万一 千万 三农 两会 两委 一切 一看 一旦 一般 一样 一同 "
        + "一律 一再 一度 一线 一带一路 一流 一举 一系列 一手 一边 一面 一下 一番 一点 一员 一口气 一站式 一对一 一把手 一批批 "
        + "四川 四平 三亚 三峡 陆地 大陆 登陆 着陆 陆续 队伍 入伍 退伍 收拾 拾取 拾起 拾到 放肆 肆意 肆无忌惮 一览 一概 一向 一时 一味 一心 "
        + "一早 一贯 一并 一元化 二元结构 城乡二元 三面环山 两面环山 四面环山 三面环水 三面红旗 二手 两手 二维码 三角 十分 十足 百姓 千方百计 万众 九州 八项规定 四个全面 四个意识 四个自信 两个维护 两个确立 "
        + "五位一体 三个代表 一国两制 两岸 三公 十一五 十二五 十三五 十四五 十五五 两学一做 三严三实 双一流 一号文件 一把 一道 "
        + "一次性 一揽子 一体推进 一刀切 一线城市 二线 三线 一二三产 一二线 三产 二产 一产 一审 二审 一是 二是 三是 四是 五是 六是 "
        + "一季 二季 三季 四季 一方 一窝蜂 一目了然 一年一度 一年四季 一心一意 一五一十 三心二意 四面八方 五湖四海 七上八下 九牛一毛 "
        + "十全十美 百花齐放 千家万户 万无一失 一带 一路 三角梅 四不两直 四不四直 一督一访一查 五个好 三个保障 两不愁 三保障 二次 "
        + "十九大 二十大 十八大 一中全会 二中全会 三中全会 四中全会 五中全会 六中全会 七中全会 一号 五一 十一 七一 八一 六一 "
        + "一村一品 一户一策 一人一档 一级 二级 三级 四级 五级 一等奖 二等奖 三等奖 一体化 万象 千里 万里 百年 千年 万年 "
        // deictic days (这两天: these days) and the solar terms (二十四节气)
        + "这两天 那两天 前两天 这几天 前几天 二十四节气 "
        // the three sectors of an economy
        + "三次产业 一二三产业 三位一体 "
        // this year and the next (今明两年全球石油需求将增长), the Five Principles of Peaceful Coexistence
        + "今明两年 和平共处五项原则 "
        // folk operas of the north (康保二人台, 东北二人转): 二人 is no count of persons; 二人转 only as the opera, since
        // 二人转为重症, 二人转入 and 二人转岗 count two persons
        + "二人台 东北二人转 二人转演员 二人转演出 二人转表演 二人转艺术 二人转艺人 二人转剧团 二人转剧场 二人转小品 二人转节目 "
        + "表演二人转 唱二人转 看二人转",
        true));
    /**
     * A ranking word and at most a few words (上升到, 为) before the rank's number, within the clause; not across 的, which
     * makes the ranking describe those counted (跻身决赛的8名选手, 排名靠前的10名考生).
     */
    private static final Pattern RANKING = Pattern.compile("(?:排名|排位|名次|位次|位列|位居|排在|名列|跻身|跃居)[^，,。；;：:的]{0,4}$");
    private static final int RANKING_REACH = 10;
    private static final String VILLAGE_GROUP = "组";
    private static final char VILLAGE = '村';
    private static final int MAX_HAMLET_NAME = 2;
    /**
     * Characters of words between 村 and a count of groups, no hamlet's name: a place's word or a verb setting groups up
     * (全村分成三组, 村民有两组, 村里共设三组, 每村派出两组, 各村抽调两组, 各村组建两组).
     */
    private static final String NOT_IN_HAMLET_NAME = "民里内有共分设为成委级中的和与及又再还都各每派抽组选建安划编出调配";
    /** 每村, 各村, 全村: every village's groups, counted (每村派两组). */
    private static final String EVERY_VILLAGE = "每各全";
    private static final String RANK_HEADING_ENDS = "：:的";
    /** Characters that make 前/后 a time word (目前, 此前, 之后, 以后, 提前, 当前, 然后, 最后…), not a rank's side. */
    private static final String TIME_WORD_STARTS = "目此之以提当先然最日年月今";
    private static final char TERM = '期';
    private static final Set<String> SPAN_FRAMES = Set.of("未来", "过去", "今后");
    /**
     * A span of years opening its clause, alone or after 这/近/最近 (而在这五年，), then 来/里/间 and a comma (十年来，
     * 五年多来，近3年，这十年，): the time the clause's facts fall in, no amount of its own.
     */
    private static final Pattern YEARS_FRAME_AFTER = Pattern.compile("[多余]?[来里间]?[，,]");
    private static final String YEARS = "年";
    private static final String PHASE = "期";
    /**
     * Words naming a plan or goal after its span of years (三年行动计划, 五年规划, 三年攻坚行动, 建军一百年奋斗目标): the span
     * is part of its name.
     */
    private static final Pattern PLAN_AFTER = Pattern.compile("(?:攻坚)?(?:行动计划|行动方案|计划|规划|行动|奋斗目标)");
    private static final List<String> PHASED = List.of("项目", "工程", "规划");
    /** Last characters of what is built in phases (供水厂, 发射场, 产业园, 园区, 站, 港, 场馆); not 线 (上线三期节目). */
    private static final String PHASED_FACILITIES = "厂场园区站港馆";
    /** What a phase named after its facility goes on with: 园区三期建成后; a noun would be what is counted (全区三期培训). */
    private static final char BUILT = '建';
    private static final String TIMES = "次";
    private static final char TERM_OF_SESSION = '届';
    /** Words after N次 that make it a session's ordinal (四次会议, 二次全会). */
    private static final List<String> SESSIONS = List.of("会议", "全会", "全体会议", "常委会");
    private static final char AGO = '前';
    /** 前后 (about), 前来, 前往, 前去 (come, go): no "ago". */
    private static final String NOT_AGO_AFTER = "后来往去";
    /**
     * 3年期间, 期内, 期满, 期末, 期限, 期届满: a span of time, not a tenor's name; 十年期盼, 期待, 期望, 期许: a hope held
     * that long; 10年期货从业经验, 8年期权交易经验, 30年期刊: words that begin with 期.
     */
    private static final String NOT_TENOR_AFTER = "间間内满末限届盼待望许货权刊";
    /** 已有1500年历史, 近2000年的历史: a span of years, however it is written. */
    private static final String HISTORY = "历史";
    /** Measure words that count firms themselves. */
    private static final Set<String> FIRM_COUNTERS = Set.of("家", "个", "户", "所", "批", "类", "种");
    private static final List<String> FIRM_SUFFIXES = List.of("有限公司", "有限责任公司", "股份有限公司", "合作社");
    /** Words between the measure word and the register name of a firm (树矿业 of 七棵树矿业有限公司). */
    private static final int MAX_FIRM_WORDS = 6;
    /** An era's years (公元前221年, 公元700年): a year however few its digits. */
    private static final String ERA = "公元";
    /**
     * A year of the common era in brackets, glossing the reign year before it (元祐二年（1087年）, 康熙二十三年（1684）); a span
     * of years glosses a count of years (三年（2020～2022年）).
     */
    private static final Pattern YEAR_GLOSS = Pattern.compile("[（(](?:公元前?)?[0-9]{3,4}年?[）)]");
    /** What a reign year or a reign's span ends with before its gloss (久视元年（700年）, 天监间（502～519年）). */
    private static final String REIGN_YEAR_ENDS = "年间";

    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1000);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2100);
    private static final String LONE_TWO = "二";
    private static final String CHARACTERS = "字";
    private static final String CUBIC_METRES = "方";
    static final char ORDINAL = '第';
    /** What joins ordinals that share one 第: a list or a range (第十五、十六集, 第3至5名). */
    private static final String ORDINAL_JOINERS = "、和及至到—-~";
    /** What may follow a lone capital form in an amount: money (陆元, 伍角) and the spans bills and judgments write (分叁年, 叁个月). */
    private static final String AMOUNTS_AFTER_CAPITAL_FORM = "元圆角年个月天";
    private static final char MODIFIER = '的';
    private static final Set<String> PERSON_COUNTERS = Set.of("人", "名", "位", "口");
    private static final String SLASHES = "/／";
    private static final String PERCENT_SIGNS = "%％";

    private NonQuantities() {
    }

    /** True when the numeral at {@code start..end} lies inside a word or name that contains numerals. */
    static boolean insideWord(CharSequence t, int start, int end) {
        int wordEnd = WORDS.endOfWordCovering(t, start);
        // 十一个 is eleven, not the holiday 十一: a word counts only if the numeral does not run past it
        return wordEnd >= 0 && end <= wordEnd;
    }

    /**
     * Where the amount begins when a word opened before the numeral ends inside it (唯一一座: 唯一 and 一座; 入伍十年): the
     * word's end, or -1 when no such word runs into the numeral. A plain digit the word ends with still opens the numeral
     * when a 十/百/千/万/亿 follows it (卫生系统一万多名: 系统 and 一万, not 统一 and 万).
     */
    static int endOfWordRunningIn(CharSequence t, int start, int end) {
        int wordEnd = WORDS.endOfWordOpenedBefore(t, start);
        if (wordEnd <= start || wordEnd >= end) {
            return -1;
        }
        char last = t.charAt(wordEnd - 1);
        char next = t.charAt(wordEnd);
        boolean oneNumeral = !NumeralChars.isCapitalForm(last)
            && (NumeralChars.smallUnit(next) > 0 || NumeralChars.isBigUnit(next));
        return oneNumeral ? -1 : wordEnd;
    }

    /**
     * A year of history, not a count of years: written after 公元 (公元700年), a reign's year in Chinese numerals glossed
     * in brackets (北宋元祐二年（1087年）), or the bracketed gloss itself (唐久视元年（700年）, 天监间（502～519年）).
     *
     * @param afterUnit offset right after 年
     */
    static boolean isHistoricalYear(CharSequence t, int start, int afterUnit) {
        boolean afterEra = start >= ERA.length() && NumeralScanner.regionMatches(t, start - ERA.length(), ERA)
            || start > ERA.length() && t.charAt(start - 1) == '前' && NumeralScanner.regionMatches(t, start - 1 - ERA.length(), ERA);
        int open = start - 1; // the high end of a glossed span (（502～519年）) is read after its low end
        while (open >= 0 && (NumeralChars.isArabicDigit(t.charAt(open)) || NumeralChars.isRangeSeparator(t.charAt(open)))) {
            open--;
        }
        // a year has three or four digits: 合作时间（20年） counts years
        int digits = afterUnit - 1 - start;
        boolean gloss = digits >= 3 && digits <= 4 && open >= 1 && Segmenter.OPENING_BRACKETS.indexOf(t.charAt(open)) >= 0
            && REIGN_YEAR_ENDS.indexOf(t.charAt(open - 1)) >= 0
            && afterUnit < t.length() && Segmenter.CLOSING_BRACKETS.indexOf(t.charAt(afterUnit)) >= 0;
        // a reign's year is written in Chinese numerals (洪武二年); 3年（2021年） counts years
        boolean reignYear = NumeralChars.isChineseNumeral(t.charAt(start))
            && YEAR_GLOSS.matcher(t).region(afterUnit, t.length()).lookingAt();
        return afterEra || gloss || reignYear;
    }

    /** Whether a value lies among the years a text names (1000 to 2100). */
    static boolean inYearRange(BigDecimal value) {
        return value.compareTo(FIRST_YEAR) >= 0 && value.compareTo(LAST_YEAR) <= 0;
    }

    /** 2021年, 二〇二一年: a numeral of four digits read one by one, between 1000 and 2100, before 年. */
    static boolean isYear(String numeral, BigDecimal value) {
        if (value.scale() > 0 || !inYearRange(value)) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            if (NumeralChars.isArabicDigit(c) || NumeralChars.isChineseDigit(c)) {
                digits++;
            } else {
                return false;
            }
        }
        return digits == 4;
    }

    /**
     * 近1500年, 1500年历史, 2000年的历史: a number before 年 read as years past, not as a year (no year is "near", nor
     * has a history of its own); 接近2019年水平 is the level of a year.
     */
    static boolean spansYears(CharSequence t, int start, int afterUnit) {
        int k = NumeralScanner.regionMatches(t, afterUnit, "的") ? afterUnit + 1 : afterUnit;
        boolean near = start > 0 && t.charAt(start - 1) == '近' && !(start > 1 && t.charAt(start - 2) == '接'); // 接近2019年水平
        int h = k + HISTORY.length(); // 1949年的历史性时刻 is a year's
        return near || NumeralScanner.regionMatches(t, k, HISTORY) && !(h < t.length() && t.charAt(h) == '性');
    }

    /**
     * True when the Arabic numeral at {@code start..end} is part of a code, URL, ID, date or time:
     * glued to Latin letters (5G, G20, 9869.HK; not an indicator's acronym, see {@link IndicatorAcronyms}), inside a
     * URL, zero-padded (000001), or joined by . / : - to more digits (but not a ratio to one: 收入比为5：1).
     */
    static boolean isCode(CharSequence t, int start, int end) {
        char before = start > 0 ? t.charAt(start - 1) : ' ';
        char after = end < t.length() ? t.charAt(end) : ' ';
        if (isSlashedShare(t, start, end)) {
            return false; // 分别为18%/21%: the next share of a list slashed apart, no code
        }
        if (NumeralChars.isAsciiLetter(before) && !IndicatorAcronyms.labelsAmountAt(t, start, end)
                || before == '_' || before == '/' || before == '#' || before == '@'
                || before == '〔' || before == '[' || before == '=' || before == '&') {
            return true;
        }
        if (NumeralChars.isArabicDigit(t.charAt(start)) && NumeralChars.arabicDigit(t.charAt(start)) == 0 && end - start > 1
                && NumeralChars.isArabicDigit(t.charAt(start + 1))) {
            return true;
        }
        if ((after == ':' || after == '：' || after == '.' || after == '/' || after == '_') && end + 1 < t.length()
                && UnitlessAmounts.ratioEnd(t, end) < 0 && !UnitlessAmounts.inNamedRatio(t, start, end)
                && (NumeralChars.isArabicDigit(t.charAt(end + 1)) || NumeralChars.isAsciiLetter(t.charAt(end + 1)))) {
            return !(after == '/' && isSimpleFraction(t, end + 1)) && !(after == '：' && !NumeralChars.isArabicDigit(t.charAt(end + 1)));
        }
        boolean ellipsis = before == '.' && start >= 2 && t.charAt(start - 2) == '.';
        if (before == '.' && !ellipsis || before == ':' && !UnitlessAmounts.inNamedRatio(t, start, end) || (before == '-' && start >= 2 && NumeralChars.isArabicDigit(t.charAt(start - 2))
                && NumeralChars.arabicDigit(t.charAt(start)) == 0)) {
            return true;
        }
        return insideUrl(t, start);
    }

    /** Whether a percent follows {@code end} and a percent and a slash come right before {@code start} (18%/21%). */
    private static boolean isSlashedShare(CharSequence t, int start, int end) {
        return start >= 2 && SLASHES.indexOf(t.charAt(start - 1)) >= 0 && PERCENT_SIGNS.indexOf(t.charAt(start - 2)) >= 0
            && end < t.length() && PERCENT_SIGNS.indexOf(t.charAt(end)) >= 0;
    }

    /**
     * 前11个月, 头两个月: the first months of a year name a period, not an amount (but 提前3个月 is a duration); so
     * do the next or the last years (未来五年, 过去两年).
     */
    static boolean isLeadingSpan(CharSequence t, int start, UnitLexicon.Unit unit) {
        if (unit.kind() != UnitLexicon.Kind.DURATION || start == 0) {
            return false;
        }
        char before = t.charAt(start - 1);
        return (before == '前' || before == '头') && !(start >= 2 && t.charAt(start - 2) == '提')
            || start >= 2 && SPAN_FRAMES.contains(t.subSequence(start - 2, start).toString());
    }

    /** Whether a span of years is the time frame its clause opens with ({@link #YEARS_FRAME_AFTER}). */
    static boolean isYearsFrame(CharSequence t, int start, int afterUnit, UnitLexicon.Unit unit) {
        if (!unit.unit().equals(YEARS) || !YEARS_FRAME_AFTER.matcher(t).region(afterUnit, t.length()).lookingAt()) {
            return false;
        }
        int k = start;
        k -= NumeralScanner.regionMatches(t, k - 2, "最近") ? 2 : k > 0 && "这近".indexOf(t.charAt(k - 1)) >= 0 ? 1 : 0;
        k -= k > 0 && t.charAt(k - 1) == '在' ? 1 : 0;
        k -= k > 0 && "而但".indexOf(t.charAt(k - 1)) >= 0 ? 1 : 0;
        return k == 0 || Segmenter.endsClause(t.charAt(k - 1));
    }

    /**
     * 产业扶贫三年行动计划, 新的五年规划: a span of years written right before a plan's name word is part of the name
     * (as 十四五 is), not a duration reported.
     */
    static boolean isPlanSpan(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        return unit.unit().equals(YEARS) && PLAN_AFTER.matcher(t).region(afterUnit, t.length()).lookingAt();
    }

    /**
     * 项目二期及三期, 一期工程, 1-3期项目, 污水处理厂一期: the phase of a project or of what it builds, written with a
     * numeral and 期, is its name, not a count of periods (4期培训班, 举办培训2期 are counts). Arabic numerals name a
     * phase only before the works (2期工程); after a noun they count (培训2期).
     */
    static boolean isPhase(CharSequence t, int start, int afterUnit, UnitLexicon.Unit unit, boolean chineseOnly) {
        if (!unit.unit().equals(PHASE)) {
            return false;
        }
        boolean beforeWorks = PHASED.stream().anyMatch(w -> NumeralScanner.regionMatches(t, afterUnit, w));
        if (!chineseOnly) {
            return beforeWorks;
        }
        boolean afterProject = start >= 2 && PHASED.contains(t.subSequence(start - 2, start).toString());
        boolean afterFacility = start >= 1 && PHASED_FACILITIES.indexOf(t.charAt(start - 1)) >= 0
            && (afterUnit >= t.length() || !HanCharacters.isHan(t.charAt(afterUnit)) || t.charAt(afterUnit) == BUILT);
        boolean afterPhase = start >= 3 && "及和、".indexOf(t.charAt(start - 1)) >= 0 && t.charAt(start - 2) == '期';
        // a quoted project's phase (“三北”六期)
        boolean afterQuotedName = start >= 1 && Segmenter.CLOSING_QUOTES.indexOf(t.charAt(start - 1)) >= 0;
        return afterProject || afterFacility || beforeWorks || afterPhase || afterQuotedName;
    }

    /**
     * 7天shibor, 3个月Shibor, 2年期国债: a duration written right before the Latin name of a rate or index, or before
     * 期, is the tenor in a name, not an amount; the rate or debt is often left unsaid once named (LPR出炉，1年期降至3%，
     * 5年期以上降至3.5%; 2年期、3年期、5年期各30亿元). A span is written 为期3年, 3年期间, 期满; after 期限 the tenor
     * is what is stated (期限为30年期).
     */
    static boolean isTenor(CharSequence t, int start, int afterUnit, UnitLexicon.Unit unit) {
        return unit.kind() == UnitLexicon.Kind.DURATION && afterUnit < t.length() && !afterTermWord(t, start)
            && (isLatinLetter(t.charAt(afterUnit)) || t.charAt(afterUnit) == TERM
                && !(afterUnit + 1 < t.length() && NOT_TENOR_AFTER.indexOf(t.charAt(afterUnit + 1)) >= 0));
    }

    /** Whether 期限, maybe with its copula, stands right before the amount (期限为30年期, 期限30年期). */
    private static boolean afterTermWord(CharSequence t, int start) {
        int k = start;
        if (k > 0 && "为是".indexOf(t.charAt(k - 1)) >= 0) {
            k--;
        }
        return k >= 2 && t.charAt(k - 2) == '期' && t.charAt(k - 1) == '限';
    }

    /**
     * 两年平均增长5.6%: the years an average change runs over frame the rate, they are no amount; before another average
     * (用时3小时平均时速100公里, 5年平均年化收益率) they are how long it took.
     */
    static boolean isAveragingSpan(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        // 两年分别平均增长33.9%和9.5%, 两年平均分别增长9.6%、8.1%: each amount's average over the same years
        String respectively = RespectiveYears.RESPECTIVELY;
        int average = NumeralScanner.regionMatches(t, afterUnit, respectively) ? afterUnit + respectively.length() : afterUnit;
        int averaged = average + AVERAGE.length();
        int after = NumeralScanner.regionMatches(t, averaged, respectively) ? averaged + respectively.length() : averaged;
        return unit.kind() == UnitLexicon.Kind.DURATION && NumeralScanner.regionMatches(t, average, AVERAGE)
            && AVERAGE_CHANGES.stream().anyMatch(w -> NumeralScanner.regionMatches(t, after, w));
    }

    /**
     * 91年前: a duration before 前 names a point in time (91 years ago), not an amount; 3年前后 is about three years,
     * and 被困150个小时后 still states how long.
     */
    static boolean isTimeAgo(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        return unit.kind() == UnitLexicon.Kind.DURATION && afterUnit < t.length() && t.charAt(afterUnit) == AGO
            && !(afterUnit + 1 < t.length() && NOT_AGO_AFTER.indexOf(t.charAt(afterUnit + 1)) >= 0);
    }

    /**
     * 一级响应, 三级医院: a numeral before 级 names a grade or a scale's step; only an earthquake's magnitude (5.3级地震,
     * 里氏7.1级) and a wind force (风力6到8级, 8级大风) are measured in it, and not where they bound what is counted
     * (2.5级以上余震, 6级以上大风).
     */
    static boolean isGrade(CharSequence t, String numeral, int start, int afterUnit, UnitLexicon.Unit unit) {
        if (!unit.unit().equals(GRADE)) {
            return false;
        }
        boolean magnitudeScale = MAGNITUDE_SCALES.stream().anyMatch(w -> NumeralScanner.regionMatches(t, start - w.length(), w));
        int quakeEnd = quakeEnd(t, afterUnit);
        // 2.5级以上余震39次, 发生5级地震1次: the magnitude bounds the quakes counted
        boolean threshold = NumeralScanner.regionMatches(t, afterUnit, "以上")
                || quakeEnd > 0 && quakeEnd < t.length() && (NumeralChars.isArabicDigit(t.charAt(quakeEnd))
                    || NumeralChars.isChineseNumeral(t.charAt(quakeEnd)));
        return threshold || !(magnitudeScale || quakeEnd > 0 || magnitudeOfQuakeBefore(t, start) || WindForce.at(t, start, afterUnit));
    }

    /** 发生了超过12次2.5级以上的地震，其中一次为4.2级: a level stated of the quakes its sentence named before. */
    private static boolean magnitudeOfQuakeBefore(CharSequence t, int start) {
        if (start == 0 || STATING_VERBS.indexOf(t.charAt(start - 1)) < 0
                || NOT_MAGNITUDES.stream().anyMatch(w -> NumeralScanner.regionMatches(t, start - 1 - w.length(), w))) {
            return false;
        }
        for (int i = start - 1; i >= Math.max(0, start - MAX_QUAKE_REACH) && Segmenter.FULL_STOPS_AND_LINES.indexOf(t.charAt(i)) < 0; i--) {
            int at = i;
            if (QUAKES.stream().anyMatch(quake -> NumeralScanner.regionMatches(t, at, quake))) {
                return true;
            }
        }
        return false;
    }

    /** The end of a quake word right after a magnitude (5.3级地震, 6.8级的强震), or -1. */
    private static int quakeEnd(CharSequence t, int afterUnit) {
        int at = afterUnit < t.length() && t.charAt(afterUnit) == '的' ? afterUnit + 1 : afterUnit;
        for (String quake : QUAKES) {
            if (NumeralScanner.regionMatches(t, at, quake)) {
                return at + quake.length();
            }
        }
        return -1;
    }

    /**
     * 500千伏变电站, ±800千伏特高压直流工程, 500千伏新建变电站: a grid's voltage class (in 千伏) names the kind of station or
     * line, as 5G names a network; a voltage measured (电压为220伏, 可达4.5V, 额定电压220V交流供电) is an amount.
     */
    static boolean isVoltageClass(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        // two characters of Han may come between (500千伏新建变电站, 220千伏智能变电站)
        boolean wordBetween = afterUnit + 1 < t.length() && NumeralChars.isCjkIdeograph(t.charAt(afterUnit))
            && NumeralChars.isCjkIdeograph(t.charAt(afterUnit + 1));
        return GRID_VOLTAGE_UNITS.contains(unit.unit()) && GRID_WORDS.stream()
            .anyMatch(w -> NumeralScanner.regionMatches(t, afterUnit, w) || wordBetween && NumeralScanner.regionMatches(t, afterUnit + 2, w));
    }

    /**
     * 女子3米板, 男子500米决赛, 女子自由式摔跤57公斤级: a distance or weight after the athletes' sex and before an event's
     * word names the event or a weight class; the times and marks won in it (投出20.58米) are amounts.
     */
    static boolean isSportsEvent(CharSequence t, int start, int afterUnit, UnitLexicon.Unit unit) {
        if (!EVENT_UNITS.contains(unit.unit())
                || EVENT_WORDS.stream().noneMatch(w -> NumeralScanner.regionMatches(t, afterUnit, w))) {
            return false;
        }
        int floor = Math.max(0, start - MAX_EVENT_NAME);
        for (int i = start; i >= floor && (i == start || NumeralChars.isCjkIdeograph(t.charAt(i))); i--) {
            int at = i;
            if (ATHLETES.stream().anyMatch(w -> NumeralScanner.regionMatches(t, at - w.length(), w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a Chinese numeral and its unit open a short quoted term (“六个精准”, “五个一批”, “两户”, “千亿斤粮食”,
     * “四升三降一平”), or a term of a quoted list of them (“四看、十不宜、五把关”): a slogan or the name of a policy, not an
     * amount. Every term of the list is short, so a quoted sentence that lists counts (“全县新建了三个产业园区、五座水库”)
     * holds amounts.
     */
    static boolean opensQuotedTerm(CharSequence t, int start, int unitEnd) {
        if (start == 0 || !(Segmenter.OPENING_QUOTES.indexOf(t.charAt(start - 1)) >= 0 || shortTermsListedBefore(t, start - 1))) {
            return false;
        }
        int termStart = start;
        for (int i = unitEnd; i < t.length() && i - termStart <= MAX_QUOTED_TERM; i++) {
            char c = t.charAt(i);
            if (Segmenter.CLOSING_QUOTES.indexOf(c) >= 0) {
                return true;
            }
            if (c == LIST_COMMA && i > termStart) {
                termStart = i + 1;
            } else if (!HanCharacters.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a list comma at {@code comma} follows short terms of Han listed from an opening quote (“四看、十不宜、). */
    private static boolean shortTermsListedBefore(CharSequence t, int comma) {
        if (t.charAt(comma) != LIST_COMMA) {
            return false;
        }
        int termEnd = comma;
        for (int i = comma - 1; i >= 0 && termEnd - i <= MAX_QUOTED_TERM + 1; i--) {
            char c = t.charAt(i);
            boolean opening = Segmenter.OPENING_QUOTES.indexOf(c) >= 0;
            if (opening || c == LIST_COMMA) {
                if (i == termEnd - 1) {
                    return false;
                }
                if (opening) {
                    return true;
                }
                termEnd = i;
            } else if (!HanCharacters.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * 四台遗址, 三门遗存: a Chinese numeral and a measure word that ends place names (台, 门), right before the word naming
     * a site or a place of fame, begin its name; any other measure word counts (三处遗址, 两座遗存, 四个之乡, 聘请三名遗址
     * 保护员, 开展四次遗址调查, 历时两年遗址发掘).
     */
    static boolean opensSiteName(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        return SITE_NAME_COUNTERS.contains(unit.written()) && SITES.stream().anyMatch(w -> NumeralScanner.regionMatches(t, afterUnit, w));
    }

    /** 空调开到2档, 十档行情: a gear or a depth of quotes, not a count of programmes (21档节目). */
    static boolean isGear(CharSequence t, int start, int afterUnit, UnitLexicon.Unit unit) {
        return unit.written().equals(GEAR) && (start > 0 && t.charAt(start - 1) == '到'
            || NumeralScanner.regionMatches(t, afterUnit, "行情"));
    }

    /** Whether a term (届) is named before the offset in its clause: 十四届全国人大四次会议. */
    private static boolean termBefore(CharSequence t, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c == TERM_OF_SESSION) {
                return true;
            }
            if (UnitlessAmounts.CLAUSE_ENDS.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * 东三省, 七国集团, 20国集团峰会: a numeral before 省 or 国 written in Chinese, before a word 国 or 省 begins, or a
     * year (2024国庆, 2023省政府工作报告) names a place, a forum or a date; counted provinces and countries are written in digits (涉及3省,
     * 19国外长).
     */
    static boolean isPlaceName(CharSequence t, String numeral, BigDecimal value, int start, int afterUnit, UnitLexicon.Unit unit) {
        if (!PLACE_COUNTERS.contains(unit.written())) {
            return false;
        }
        char next = afterUnit < t.length() ? t.charAt(afterUnit) : ' ';
        String wordsBegun = unit.written().equals(COUNTRY) ? COUNTRY_WORD_STARTS : PROVINCE_WORD_STARTS;
        boolean road = next == ROAD && !NumeralScanner.regionMatches(t, afterUnit + 1, "路"); // 303国道, not 3省道路运输
        return !ArabicDigits.anyIn(numeral) || wordsBegun.indexOf(next) >= 0 || road || afterPlus(t, start)
            || isYear(numeral, value);
    }

    /**
     * Whether a 组 names a village's group (立新村三组, 茶西村茶园六组, 该村六组): a numeral right after 村, or after 村 and
     * a hamlet's name of one or two characters, is the group's number, not a count of groups (全村分成三组).
     */
    static boolean isVillageGroup(CharSequence t, int start, UnitLexicon.Unit unit) {
        if (!unit.written().equals(VILLAGE_GROUP)) {
            return false;
        }
        for (int k = start - 1; k >= 0 && start - k <= MAX_HAMLET_NAME + 1; k--) {
            char c = t.charAt(k);
            if (c == VILLAGE) {
                boolean everyVillage = k > 0 && EVERY_VILLAGE.indexOf(t.charAt(k - 1)) >= 0;
                return !everyVillage && (k == start - 1 || NOT_IN_HAMLET_NAME.indexOf(t.charAt(k + 1)) < 0);
            }
            if (!Character.isIdeographic(c) || NOT_IN_HAMLET_NAME.indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a small number written without 百, 千, 万 or 亿 stands before a noun of people counted only in larger
     * numbers (九十老人, 三八妇女, 市二人民医院), not 800官兵 or 数百官兵.
     */
    static boolean isFewPeople(String numeral, BigDecimal value, UnitLexicon.Unit unit) {
        return MULTITUDE_NOUNS.contains(unit.written()) && value.compareTo(HUNDRED_PEOPLE) < 0
            && numeral.chars().noneMatch(c -> "百千万亿".indexOf(c) >= 0);
    }

    /** 13+2省: the count after a plus is part of a sum, not a count of its own. */
    private static boolean afterPlus(CharSequence t, int start) {
        return start > 0 && t.charAt(start - 1) == '+';
    }

    /**
     * 七棵树矿业有限公司: a Chinese numeral and measure word that run on, through a word or two, into a registered firm's
     * name are part of the name. A count is followed by its noun (三家公司), not by more words and then the register name.
     */
    static boolean isInFirmName(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        if (FIRM_COUNTERS.contains(unit.unit())) {
            return false; // 五家农民专业合作社, 三家科技有限公司: firms counted
        }
        for (int i = afterUnit + 1; i <= Math.min(t.length(), afterUnit + MAX_FIRM_WORDS); i++) {
            if (!HanCharacters.isHan(t.charAt(i - 1))) {
                return false;
            }
            for (String suffix : FIRM_SUFFIXES) {
                if (NumeralScanner.regionMatches(t, i, suffix)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** 两位数增长, 三位数: a count of digits describes a size, it is not an amount of persons. */
    static boolean isDigitCount(CharSequence t, int afterUnit, UnitLexicon.Unit unit) {
        return unit.unit().equals("位") && afterUnit < t.length() && t.charAt(afterUnit) == '数';
    }

    /**
     * 二层展示, 二类麦田, 二套房, 二批: 二 alone before a measure word names the second of an order (a floor, a class, a
     * batch); a count of two is written 两 (两层, 两类). Persons are still counted with it (造成二人死亡).
     */
    static boolean isOrdinalTwo(String numeral, UnitLexicon.Unit unit) {
        return numeral.equals(LONE_TWO) && unit.kind() == UnitLexicon.Kind.COUNT && !PERSON_COUNTERS.contains(unit.unit());
    }

    /**
     * 十字路口, 八字方针, 三字经, 一字之差: 字 after a Chinese numeral makes a word; characters are counted in digits, and
     * not before a noun they name (“12字方针”, 16字口诀), only before 的 or a mark (刻辞180余字。).
     */
    static boolean isCharacterWord(CharSequence t, String numeral, int afterUnit, UnitLexicon.Unit unit) {
        if (!unit.unit().equals(CHARACTERS)) {
            return false;
        }
        char next = afterUnit < t.length() ? t.charAt(afterUnit) : ' ';
        return !ArabicDigits.anyIn(numeral) || NumeralChars.isCjkIdeograph(next) && next != MODIFIER;
    }

    /**
     * 三方会谈, 四面八方, 一方: 方 after a Chinese numeral is a party or a side; cubic metres are written in digits (30万方,
     * 5000方混凝土).
     */
    static boolean isParty(String numeral, UnitLexicon.Unit unit) {
        return unit.unit().equals(CUBIC_METRES) && !ArabicDigits.anyIn(numeral);
    }

    /**
     * 陆羽, 陆家嘴, 伍家岗: a capital form alone before a word is a surname or a character of a word; capital forms write
     * amounts in a run of them (壹佰伍拾) or before a multiplier, money or a span (陆万元, 壹千分之, 伍元, 叁年). Alone at a text's end or
     * before a mark it is still the number (a bill's 陆).
     */
    static boolean isLoneCapitalForm(CharSequence t, String numeral, int end) {
        if (numeral.length() != 1 || !NumeralChars.isCapitalForm(numeral.charAt(0)) || end >= t.length()) {
            return false;
        }
        char next = t.charAt(end);
        return NumeralChars.isCjkIdeograph(next) && NumeralChars.smallUnit(next) == 0 && !NumeralChars.isBigUnit(next)
            && AMOUNTS_AFTER_CAPITAL_FORM.indexOf(next) < 0;
    }

    /**
     * 第十五、十六、十七集, 第3至5名: a numeral listed after an ordinal, or ending a range that starts at one, is an ordinal too
     * (the 第 is written once). It is written as the ordinal is: after a heading's 第二、 an amount in digits follows
     * (第二、3个月内完成整改).
     */
    static boolean continuesOrdinal(CharSequence t, int start) {
        boolean digits = NumeralChars.isArabicDigit(t.charAt(start));
        int k = start - 1;
        while (k >= 2 && ORDINAL_JOINERS.indexOf(t.charAt(k)) >= 0) {
            int numeralEnd = k;
            k--;
            while (k > 0 && NumeralChars.isArabicDigit(t.charAt(k)) == digits
                    && (digits || NumeralChars.isChineseNumeral(t.charAt(k)))) {
                k--;
            }
            if (k == numeralEnd - 1) {
                return false;
            }
            if (t.charAt(k) == ORDINAL) {
                return true;
            }
        }
        return false;
    }

    /** 零 written alone begins a word (零部件, 零件, 零门槛); a zero amount is written 0 (以0美元价格行权). */
    static boolean isLoneZero(String numeral) {
        return numeral.equals("零") || numeral.equals("〇");
    }

    /**
     * A rank (全国排名上升到24位, 投资增速前三名：) is a position in an order, not a count of persons: 位 or 名 after a
     * ranking word in the clause, or after 前/后 closing a heading or defining a group (前十名的企业, 前九名项目).
     */
    static boolean isRank(CharSequence t, int start, int afterUnit, UnitLexicon.Unit unit) {
        if (unit.unit().equals(TIMES) && SESSIONS.stream().anyMatch(w -> NumeralScanner.regionMatches(t, afterUnit, w))
                && termBefore(t, start)) {
            return true; // 十四届全国人大四次会议: the session's ordinal, not a count (共召开12次会议 is one)
        }
        if (!unit.unit().equals("位") && !unit.unit().equals("名") || start == 0) {
            return false;
        }
        char before = t.charAt(start - 1);
        if ((before == '前' || before == '后') && afterUnit < t.length() && (RANK_HEADING_ENDS.indexOf(t.charAt(afterUnit)) >= 0
                || NumeralChars.isCjkIdeograph(t.charAt(afterUnit)) && !(start >= 2 && TIME_WORD_STARTS.indexOf(t.charAt(start - 2)) >= 0))) {
            return true; // …前九名项目 is a ranked group too; 目前三名航天员 is a count after 目前
        }
        // 位列全国前5位, 排名前三名: the ranking word before 前 ranks it, wherever the clause goes on
        return RANKING.matcher(t.subSequence(Math.max(0, start - RANKING_REACH), start)).find();
    }

    /**
     * Seven digits or more without separators: a phone number, code or ID far more often than an amount — unless a unit
     * of measure, money or count follows (集体林7862382立方米).
     */
    static boolean isLongDigitRun(CharSequence t, int start, int end) {
        return digitRun(t, start, end) >= 7 && !hasSeparator(t, start, end) && !amountUnitAt(t, end);
    }

    private static boolean amountUnitAt(CharSequence t, int i) {
        UnitLexicon.Unit unit = UnitLexicon.match(t, i);
        return unit != null && (unit.kind() == UnitLexicon.Kind.MEASURE || unit.kind() == UnitLexicon.Kind.CURRENCY
            || unit.kind() == UnitLexicon.Kind.COUNT);
    }

    private static boolean isSimpleFraction(CharSequence t, int i) {
        int k = i;
        while (k < t.length() && NumeralChars.isArabicDigit(t.charAt(k))) {
            k++;
        }
        return k > i && k - i <= 3 && !(k < t.length() && (t.charAt(k) == '/' || t.charAt(k) == '.' || NumeralChars.isAsciiLetter(t.charAt(k))));
    }

    private static boolean insideUrl(CharSequence t, int start) {
        for (int k = start - 1; k >= 0; k--) { // a URL ends at the first blank or non-ASCII character
            char c = t.charAt(k);
            if (c <= ' ' || c > '~') {
                return false;
            }
            if (c == '/' && k > 0 && t.charAt(k - 1) == '/') {
                return true;
            }
        }
        return false;
    }

    private static int digitRun(CharSequence t, int start, int end) {
        int n = 0;
        for (int k = start; k < end; k++) {
            if (NumeralChars.isArabicDigit(t.charAt(k))) {
                n++;
            } else if (!(t.charAt(k) == ',' || t.charAt(k) == '，')) {
                return 0;
            }
        }
        return n;
    }

    private static boolean hasSeparator(CharSequence t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (t.charAt(k) == ',' || t.charAt(k) == '，') {
                return true;
            }
        }
        return false;
    }
}
