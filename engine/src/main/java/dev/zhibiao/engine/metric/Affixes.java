package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.WordsEndingInYue;
import dev.zhibiao.engine.text.FirstCharacters;
import dev.zhibiao.engine.text.SpokenNow;
import dev.zhibiao.engine.text.TailMatch;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words that sit around a metric without being part of it: connectors, time and deictic place words in front,
 * reporting verbs, copulas, qualifiers and change verbs behind. Stripping works on whole listed words, longest
 * first, and never removes a word that is the start (or end) of a listed longer word that must stay (共享, 签约).
 */
final class Affixes {
    /**
     * Time expressions that frame a fact rather than name it (2021年, 9月份当月, 今年1-5月, 截至目前, 近一个月内), and the
     * list markers that number it (1、, （六）).
     */
    private static final Pattern LEADING_TIME = Pattern.compile("^(?:"
            + "(?:\\d{4}|[〇零一二三四五六七八九]{4})(?:年|财年)(?:度|底|末|初)?"
            + "|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—~至到](?:\\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?(?:底|末|初|中旬|上旬|下旬)?"
            + "|\\d{1,2}日(?!累计|涨|跌|内)"
            + "|前(?:\\d{1,2}|[一二两三四五六七八九十]{1,2})个?月份?"
            + "|今年|去年|明年|前年|当年|当月|本月|上月|同期|目前|当前|现在|如今|眼下|近年来|近年|近期|日前|此前"
            // days named from the report's, with their date and part (近日又出台18条举措, 今天（10月29日）凌晨)
            // (今日 and 昨日 only with their date: 今日头条 and 今日说法 are names)
            + "|(?:近日|今天|昨天)(?:[（(][^）)]{1,12}[）)])?(?:凌晨|上午|下午|晚间|晚上|早上)?"
            + "|(?:今日|昨日)[（(][^）)]{1,12}[）)](?:凌晨|上午|下午|晚间|晚上|早上)?"
            + "|年底|年末|年初|上半年|下半年|全年|前三季度|前[一二两三]季度|第?[一二三四]季度|这十年|十年来|假期里|假期|当天|当日"
            + "|截至|截止"
            // a date after 于 (于15日达到): when, not what
            + "|于(?=\\d{4}年|\\d{1,2}月|\\d{1,2}日)"
            // a time span framing the fact (近一个月内, 12年间, 20年来): how long, not what
            + "|(?:近|过去|最近)?(?:\\d{1,3}|[一二两三四五六七八九十几]{1,3})(?:多|余)?个?(?:年|月|日|天|周|小时)(?:间|来|以来|内|里|前)"
            // list markers: 1、 1. （六） 1） 一是
            + "|[（(]?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[、．.）)](?!\\d)|[（(](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[）)]"
            + "|[一二三四五六七八九十]是)");
    /** An as-of date anywhere in a label (预计截至2021年9月30日总负债): the period, not the thing. */
    private static final Pattern AS_OF_DATE = Pattern.compile(
            "(?:截至|截止到?)(?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?(?:底|末)?");
    /**
     * A day with its month anywhere in a label, with the words dating by it (国家统计局今天（2月19日）发布, 在12月5日以…
     * 行权, 昨天（4月4日）20时针对): when, which the period says, not what. A day of a written year (较2020年12月31日的
     * 总负债) dates a comparison's base, which stays.
     */
    private static final Pattern DAY_WITHIN = Pattern.compile(
            "(?:在|于)?(?:今天|昨天|今日|昨日|当天)?[（(]?(?<![年0-9])\\d{1,2}月\\d{1,2}日[）)]?(?:\\d{1,2}时)?(?:凌晨|上午|下午|晚间|晚上|早上)?");
    private static final String MONTH = "月份";
    /** A day with the hours it may give (19日, 16日16时到19时), no window (在30日内, 于5日前). */
    private static final String NEWS_DAY = "\\d{1,2}日(?:\\d{1,2}时(?:\\d{1,2}分)?)?(?:(?:到|至)\\d{1,2}时)?"
            + "(?!内|以内|之内|前|后|间|起|以来|累计|均|平均)";
    /**
     * A news day inside a label, with the 在/于 or 当地时间 dating by it (冲突双方19日同意继续停火, 在当地时间16日16时到19时临时
     * 停火, 全国铁路3日发送旅客), or a month after 在 (俄军在12月份新控制): when, which the period says, not what. Days
     * counted are no date (第3日, 连续5日, 首3日, 未来3日, 逾期90日以上, 7日逆回购, 7日年化收益率, 3日游, 5日涨幅).
     */
    private static final Pattern BARE_DAY_WITHIN = Pattern.compile("(?<=\\p{IsHan})(?:"
            + "(?:(?:在|于)(?:当地时间)?|当地时间)?(?<![0-9月年号周每次逐第首前近逾续连期来后头])" + NEWS_DAY
            + "(?!以上|以下|游|年化|逆回购|留存|降雨|涨|跌|电)"
            + "|在\\d{1,2}月份(?![底末初中上下]))");
    private static final Pattern TRAILING_TIME = Pattern.compile("(?:"
            // a range of months is one time (比1—9月份, 较1-6月, 比1～7月): its first month is no part of the label
            + "\\d{4}年(?:度|底|末|初|前)?|(?:\\d{1,2}[-—–－~～至到])?\\d{1,2}月份?(?:底|末|初)?|年底|年末|上年|去年|前年|今年|当年|同期|目前|" + SpokenNow.notAfter("")
            // an earlier state a change starts from (从原来的10天延长至5个月, 由过去的20天压缩至5天), and a local clock
            // time after the doers (约10万名公务员当地时间15日举行罢工)
            + "|原来|原先|过去|以前|此前|当地时间"
            // a span ago, not the last digits of a year (16年前 of 从2016年前)
            + "|(?:(?<![0-9])\\d{1,2}|[一二两三四五六七八九十几]{1,2})个?(?:年|月)前)$");
    /** No match of TRAILING_TIME is longer (10—12月份, 十二个月前): searching only the tail gives the same match, much faster. */
    private static final int LONGEST_TRAILING_TIME = 8;
    /** The characters a match of TRAILING_TIME ends with. */
    private static final String TRAILING_TIME_LAST = "年度底末初月份期前在来去间先";

    /** A demonstrative or an article one before the thing (这样一艘船的价格, 这种模式, 一台冷压机): no part of what it is. */
    private static final Pattern LEADING_ARTICLE = Pattern.compile(
            "(?:这样的?|这种|这类|这些|那些)(?:一[艘个家座台名位条项只批])?|一[艘家座台名位](?=\\p{IsHan})"
            // 这个数字, 这栋楼高, 这一比例: the demonstrative with its measure word, not before a time (这一年, 这个月) nor a
            // name beginning with 那 (那曲市); 这是/这比 restate the thing before
            + "|[这那]一?(?:[个家座台名位条栋幢架份项批场所辆笔艘只种]|部(?!分))(?![年月日天周季期时次届轮])"
            + "|[这那]一(?![年月日天周季期时次届轮段个])"
            + "|这(?=是|比|标志)");
    private static final int MIN_AFTER_ARTICLE = 2;
    /**
     * What the leading patterns can begin with: most phrases open with none, and need no matcher. For LEADING_TIME the
     * brackets and numbers of list markers, the digits and numerals of dates and spans, and its words' first characters.
     */
    private static final FirstCharacters LEADING_TIME_FIRST =
        new FirstCharacters("(（0123456789〇零一二两三四五六七八九十几上下于今假全前去同如年当截日明昨最本此现目眼第过近这");
    private static final FirstCharacters LEADING_ARTICLE_FIRST = new FirstCharacters("这那一");
    /** Places pointed at, not named (全县, 该市, 当地): the place of the news itself. */
    private static final String[] DEICTIC_PLACES = {
            "该县", "该市", "该乡", "该镇", "该村", "该区", "该省", "该州",
            "全县", "全市", "全乡", "全镇", "全村", "全区", "全省", "全州", "我国", "我省", "我市", "我县", "我区",
            "本市", "本县", "各乡镇", "各地", "当地", "这个城市", "这座城市"};
    /** Words before a metric: connectors, deictic places (named places stay: they may be part of the thing). */
    private static final List<String> LEADING = longestFirst(Stream.concat(Stream.of(DEICTIC_PLACES), Stream.of(
            "其中", "此外", "另外", "同时", "而且", "并且", "虽然", "但是", "然而", "因此", "所以", "虽", "但", "据统计", "据悉", "原来", "总体", "整体", "除了", "有", "现有", "实现",
            "该行", "该公司", "该项目", "所有", "届时",
            "还将", "已经", "共计", "共有", "合计", "总计", "累计", "只有", "仅有", "正在", "加紧", "再度",
            "并", "还", "又", "也", "则", "而", "已", "再", "均", "都", "共", "将", "从", "在", "约", "近", "达", "就",
            // 为期 says how long what follows lasted (为期三天的换俘行动): no part of its name
            "为期", "作为", "为", "是", "分别", "的", "尚有", "仍有", "尚", "仍",
            // the close of a quoted amount before the label (由“18至25周岁”调整为…)
            "”")).toArray(String[]::new));
    private static final Map<Character, List<String>> LEADING_BY_FIRST_CHAR = byChar(LEADING, w -> w.charAt(0));
    /**
     * Prepositions, causatives and demonstratives dropped only when nothing follows (向53个村, 让6.65万名群众, 这10名预备航天员):
     * else they belong.
     */
    private static final Set<String> LEADING_ALONE = Set.of("向", "对", "把", "让", "使", "由", "给", "为", "这", "那");

    /** Words after a metric: copulas, qualifiers, change verbs and the measuring verbs before a number. */
    private static final List<String> TRAILING = longestFirst(
            "的", "有", "现有", "为", "是", "达", "达到", "高达", "多达", "约为", "大约", "约", "近", "超", "超过", "逾",
            "突破", "不足", "不到",
            "低于", "高于", "至少", "最多", "仅", "仅有", "只有", "共", "共有", "共计", "合计", "总计", "累计", "计",
            "均", "均为", "都", "已", "已经", "已达", "可达", "最高达", "最高可达", "分别", "分别为", "分别是", "分别达", "在", "稳定在", "保持在",
            // the open of a quoted amount after the label (参赛年龄由原先的“18至25周岁”)
            "“",
            "控制在", "到", "至", "了", "从", "由", "同比", "环比", "比", "较", "增长", "增加", "提高", "上升", "下降", "上涨", "下跌",
            "上扬", "下挫", "回升",
            "减少", "降低", "回落", "扩大", "提升", "缩短", "恢复", "增", "减", "实现",
            // cuts to a list or a budget (负面清单缩减至31条, 压减至, 削减了10%)
            "缩减", "压减", "削减", "压缩", "精简",
            // 同比增长 shortened in business news (外贸同增17.1%, 进口同降3%): the 同 is the basis's, no part of the name
            "同增", "同降", "同减", "将", "还", "又", "也", "仍", "仍有", "就", "尚", "等", "约合", "首次", "首", "历史首次", "历史上首次", "人民币", "致",
            // a group an amount is picked from (正在设计的27艘船当中)
            "当中", "之中",
            // a whole divided into the things counted (《读本》共分16个专题, 陆域划分为…): the parts are the whole's, as with
            // 共有; not a plain 分为, which alone may be all the label says (该项目分为两期建设)
            "共分", "共分为", "划分为",
            // 甚至 before the amount; 逼 of 逼近, whose 近 the amount's qualifier took (逼近6.35关口); 一直, 始终: how
            // long it held (价格一直在3000美元/公斤以上)
            "甚至", "逼", "一直", "始终",
            // a market's move to a level (美元指数冲高至, 沪指失守, 一年期贷款利率下调)
            "冲高", "走高", "走低", "攀升", "飙升", "反弹", "回调", "下探", "上探", "上调", "下调", "失守", "跌破", "升破", "站上",
            "升穿", "跌穿", "触及",
            // a level regained or aimed at (股价重回2000元, 市值冲击3万亿美元)
            "重回", "冲击",
            // a slowing to a level (增速放缓至): the amount is the level
            "放缓至", "变缓至", "趋缓至",
            // a count brought up to date (简牍总数更新至5795枚): the amount is the count
            "更新至", "更新为");
    /**
     * A one-character move to a level (汇率升至, 油价降至): the amount is the level. Not the second half of a
     * two-character verb (提升至, 跳升至, 骤降至) nor after an adverb (再降至, 将降至), which the words above or the label keep.
     */
    private static final Pattern ONE_CHARACTER_MOVE_TO =
        Pattern.compile("(?<![提上回攀飙跃拉抬下骤大锐猛陡急微小跳窜爬劲滑再又续重直将已])[升降]至$");
    /** Every match of ONE_CHARACTER_MOVE_TO ends with 至. */
    private static final String MOVE_TO_LAST = "至";
    /** Every match of ONE_CHARACTER_MOVE_TO is two characters long (升至). */
    private static final int MOVE_TO_LENGTH = 2;
    /** How much a thing moved, cut with the move (消费价格小幅下降 → 消费价格), not alone (症状明显). */
    private static final List<String> DEGREES = List.of("小幅", "大幅", "略有", "明显", "稳步");

    private static final Map<Character, List<String>> TRAILING_BY_LAST_CHAR = byChar(TRAILING, w -> w.charAt(w.length() - 1));

    /** Length of the listed phrases that begin with a strippable word of two characters (现有确诊病例: active cases). */
    private static final int KEPT_PHRASE = 4;
    /** Listed words that begin with a strippable word but are content (共享经济, 从业人员, 在校生, 约谈). */
    private static final Set<String> KEEP_AT_START = Set.of(
            "共享", "共青", "在岸", "共同", "共建", "共产", "从业", "都市", "并购", "在校", "在岗", "在建", "在职", "在册",
            // a country whose name begins with an adverb (也门政府当天释放…), and 有着 (has)
            "也门", "有着",
            "在读", "在园", "在线", "在途", "在库", "在售", "在轨", "在研", "在运", "将军", "近视", "约谈", "对外", "对口", "使用", "由于",
            "再生", "还款", "达标", "为民", "是否", "向日", "今后", "有效", "有关", "有限", "有机", "有色", "有线", "有偿",
            "有利", "有名", "有些", "有力", "有望", "有序", "有益", "有助", "有所", "有人", "有的",
            "就业", "就医", "就诊", "就读", "就学", "就餐", "就地", "就近", "现有确诊");
    /**
     * Words of a per-unit average (日均, 人均): kept whole in a label, and before 分别 the averages of the amounts paired
     * (日均分别增长16.5%、8.3%); not 年均, which before 分别 is the yearly rate of each amount (年均分别增长7.5%和8.2%).
     */
    static final Set<String> AVERAGES = Set.of("日均", "月均", "周均", "人均", "户均", "亩均", "场均");
    /** Listed words that end with a strippable word but are content (签约, 成为, 拥有, 占比). */
    private static final Set<String> KEEP_AT_END = Stream.concat(AVERAGES.stream(), Stream.of(
            "元首", "榜首", "居首", "为首", "之首", "自首", "签约", "合约", "节约", "公约", "所有", "拥有", "具有", "占有", "持有", "享有", "没有", "含有", "作为",
            "成为", "行为", "认为", "人为", "因为", "总共", "一共", "公共", "中共", "而已", "相比", "对比", "占比",
            "无比", "收到", "受到", "得到", "报到", "迟到", "现在", "存在", "所在", "实在", "平等", "同等", "中等",
            "高等", "初等", "目的", "为了", "除了", "年均", "最多", "许多", "诸多", "众多", "较多",
            "增多", "平均", "发达", "到达", "通达", "抵达", "下达", "传达", "表达", "送达", "截至", "直至", "乃至", "以至",
            "上市", "预计", "设计", "会计", "统计", "合计数", "一致", "导致", "以致", "大致", "精致", "极致", "所致",
            "兴致", "景致", "细致", "招致", "新增", "成就", "造就", "迁就", "早就", "本就",
            // nearness, not the qualifier 近 (附近59个村镇, 邻近3个县)
            "附近", "邻近", "临近", "靠近", "就近")).collect(Collectors.toSet());
    /** Nearness words whose first character also ends a verb (面临, 濒临, 依靠, 停靠). */
    private static final Set<String> NEAR_VERBS = Set.of("临近", "靠近");
    /** Characters before 临 or 靠 that make it the end of a verb (面临, 濒临, 来临, 降临, 依靠, 停靠, 投靠, 倚靠). */
    private static final String VERB_BEFORE_LIN_KAO = "面濒来降光莅亲依停投倚";
    /** {@link #KEEP_AT_END} by the trailing word each ends with: a strip looks only at those of the word it cuts. */
    private static final Map<String, List<String>> KEEP_AT_END_BY_WORD = keptEndingWith(TRAILING);

    /** Change verbs whose amount is the change of the thing named before them. */
    private static final Set<String> CHANGE_VERBS = Set.of(
            "增长", "增加", "提高", "上升", "下降", "减少", "降低", "回落", "扩大", "增", "减", "回升", "加快", "放缓",
            "提升", "缩短", "延长", "缩小", "恢复");
    /** Verbs of a move a degree word (小幅, 大幅) goes with: the change verbs and the market's. */
    private static final Set<String> MOVE_VERBS = Stream.concat(CHANGE_VERBS.stream(),
            Stream.of("上涨", "下跌", "上扬", "下挫")).collect(Collectors.toUnmodifiableSet());
    /** Kinds of ownership ending in 有 (其中：国有8000立方米): a category, not a copula after a name. */
    private static final Set<String> OWNERSHIPS = Set.of("国有", "私有", "公有");
    /**
     * The group an amount is counted in (88个县（市、区）中, 336项改革举措中) or an adverb linking the thing to what follows
     * (28个山区海岛县就有, 15个村从此有了): neither is part of the metric; not a word ending so (高中, 集中, 成就, 规则) nor
     * what is under way (建设中).
     */
    private static final Pattern GROUP_OR_LINK_END = Pattern.compile(
            "(?<![高初集其心空华期途命打选看居适折手家口眼暗正水美设产工行理查展判备修造])中$|(?<![成造迁])就$|(?<![规原准法细否守总])则$|从此$");
    private static final int MIN_GROUP_OR_LINK_LABEL = 3;
    /** The characters a match of GROUP_OR_LINK_END ends with. */
    private static final String GROUP_OR_LINK_LAST = "中就则此";
    /** No match of GROUP_OR_LINK_END is longer (从此). */
    private static final int LONGEST_GROUP_OR_LINK_END = 2;

    private Affixes() {
    }

    static String stripLeading(String phrase) {
        String s = phrase;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Matcher time = leadingTime(s);
            if (time != null) {
                s = s.substring(time.end());
                changed = true;
                continue;
            }
            Matcher article = LEADING_ARTICLE_FIRST.mayBegin(s) ? LEADING_ARTICLE.matcher(s) : null;
            if (article != null && article.lookingAt() && s.length() - article.end() >= MIN_AFTER_ARTICLE) {
                s = s.substring(article.end());
                changed = true;
                continue;
            }
            for (String w : LEADING_BY_FIRST_CHAR.getOrDefault(s.charAt(0), List.of())) {
                if (s.startsWith(w) && !keptAtStart(s) && s.length() > w.length()) {
                    s = s.substring(w.length());
                    changed = true;
                    break;
                }
                if (s.equals(w)) {
                    return "";
                }
            }
        }
        return LEADING_ALONE.contains(s) ? "" : s;
    }

    static String stripTrailing(String phrase) {
        String s = phrase;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            Matcher time = trailingTime(s);
            // the time after 比/较 is the base of a change, which the label keeps (比2019年1-7月)
            if (time != null && !ChangeBases.onlyBaseOfChange(s)) {
                s = s.substring(0, time.start());
                changed = true;
                continue;
            }
            Matcher moveTo = TailMatch.mayEndWith(s, MOVE_TO_LAST) ? TailMatch.of(ONE_CHARACTER_MOVE_TO, s, MOVE_TO_LENGTH) : null;
            if (moveTo != null && moveTo.find()) {
                s = s.substring(0, moveTo.start());
                changed = true;
                continue;
            }
            for (String w : TRAILING_BY_LAST_CHAR.getOrDefault(s.charAt(s.length() - 1), List.of())) {
                if (s.endsWith(w) && !keptAtEnd(s, w)) {
                    s = s.substring(0, s.length() - w.length());
                    if (MOVE_VERBS.contains(w)) {
                        String rest = s;
                        s = DEGREES.stream().filter(rest::endsWith).findFirst()
                            .map(degree -> rest.substring(0, rest.length() - degree.length())).orElse(rest);
                    }
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** Both ends, repeated until stable (stripping one end can expose a word at the other). */
    static String strip(String phrase) {
        String s = phrase.indexOf('截') < 0 ? phrase
                : AS_OF_DATE.matcher(phrase).replaceAll(m -> m.group().length() > 2 ? "" : m.group());
        s = s.indexOf('日') < 0 ? s : DAY_WITHIN.matcher(s).replaceAll("");
        s = s.indexOf('日') < 0 && !s.contains(MONTH) ? s : BARE_DAY_WITHIN.matcher(s).replaceAll("");
        String before;
        do {
            before = s;
            s = stripTrailing(stripLeading(s));
        } while (!s.equals(before));
        return s;
    }

    /** The label without the group it is counted in or a linking adverb at its end (see {@link #GROUP_OR_LINK_END}). */
    static String withoutGroupOrLinkEnd(String label) {
        if (label.length() < MIN_GROUP_OR_LINK_LABEL) {
            return label;
        }
        Matcher end = TailMatch.mayEndWith(label, GROUP_OR_LINK_LAST)
            ? TailMatch.of(GROUP_OR_LINK_END, label, LONGEST_GROUP_OR_LINK_END) : null;
        return end != null && end.find() ? label.substring(0, end.start()) + label.substring(end.end()) : label;
    }

    /** Whether a phrase opens with a place pointed at (全县经济…, 当地…). */
    static boolean startsWithDeicticPlace(String phrase) {
        return Stream.of(DEICTIC_PLACES).anyMatch(phrase::startsWith);
    }

    /** Whether the phrase opens with a time (上半年, 2021年底, 近日): when, not what. */
    static boolean startsWithTime(String phrase) {
        return leadingTime(phrase) != null;
    }

    /** Whether the phrase ends with a time (2005年, 十年前, 目前). */
    static boolean endsWithTime(String phrase) {
        return trailingTime(phrase) != null;
    }

    /** The non-empty time opening the phrase, the matcher on it; null when there is none. */
    private static Matcher leadingTime(String phrase) {
        if (!LEADING_TIME_FIRST.mayBegin(phrase)) {
            return null;
        }
        Matcher time = LEADING_TIME.matcher(phrase);
        return time.lookingAt() && time.end() > 0 ? time : null;
    }

    /**
     * The time ending the phrase, the matcher on it; null when there is none. Only a phrase ending with a character such
     * a time ends with (or a line break, which {@code $} passes) is tried.
     */
    private static Matcher trailingTime(String phrase) {
        if (!TailMatch.mayEndWith(phrase, TRAILING_TIME_LAST)) {
            return null;
        }
        Matcher time = TRAILING_TIME.matcher(phrase).region(Math.max(0, phrase.length() - LONGEST_TRAILING_TIME), phrase.length());
        return time.find() ? time : null;
    }

    /** Whether a phrase ends in the verb of a move (消费价格小幅下降, 小幅上涨). */
    static boolean endsWithMove(String phrase) {
        return MOVE_VERBS.stream().anyMatch(phrase::endsWith);
    }

    static boolean isChangeVerb(String word) {
        return CHANGE_VERBS.contains(word);
    }

    private static boolean keptAtStart(String s) {
        return s.length() >= 2 && KEEP_AT_START.contains(s.substring(0, 2))
            || s.length() >= KEPT_PHRASE && KEEP_AT_START.contains(s.substring(0, KEPT_PHRASE));
    }

    private static boolean keptAtEnd(String s, String word) {
        if (OWNERSHIPS.contains(s)) {
            return true;
        }
        if (word.endsWith("约") && WordsEndingInYue.endsWordAt(s, s.length() - 1)) {
            return true; // 北约, 纽约, 续约 stay whole
        }
        for (String keep : KEEP_AT_END_BY_WORD.getOrDefault(word, List.of())) {
            if (s.endsWith(keep) && !endsVerbBeforeJin(s, keep)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the 临 or 靠 of a kept 临近 or 靠近 ends a verb of its own (面临近30%的裁员, 依靠近5000名志愿者): the 近 is
     * then the amount's "about", left on the label because 临 and 靠 keep it off the amount.
     */
    private static boolean endsVerbBeforeJin(String s, String keep) {
        int at = s.length() - keep.length() - 1;
        return NEAR_VERBS.contains(keep) && at >= 0 && VERB_BEFORE_LIN_KAO.indexOf(s.charAt(at)) >= 0;
    }

    /** For each trailing word, the listed words to keep that end with it and are longer (签约 for 约). */
    private static Map<String, List<String>> keptEndingWith(List<String> words) {
        Map<String, List<String>> out = new HashMap<>();
        for (String word : words) {
            List<String> keeps = KEEP_AT_END.stream().filter(keep -> keep.length() > word.length() && keep.endsWith(word)).toList();
            if (!keeps.isEmpty()) {
                out.put(word, keeps);
            }
        }
        return out;
    }

    private static List<String> longestFirst(String... words) {
        return java.util.Arrays.stream(words).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The words grouped by one of their characters, each group still longest first: only one group can match. */
    private static Map<Character, List<String>> byChar(List<String> words, Function<String, Character> key) {
        return words.stream().collect(Collectors.groupingBy(key, Collectors.toUnmodifiableList()));
    }
}
