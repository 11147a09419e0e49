package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.quantity.QuantityRecognizer;
import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.FirstCharacters;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.ListItemMarks;
import dev.zhibiao.engine.text.RespectiveYears;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Cuts the words around an amount down to the phrase naming what it measures. */
final class Phrases {
    /** Verbs of changing a figure that 为 completes (调整为, 缩小为); 为 after anything else may say for whom. */
    private static final String CHANGES_TO =
        "(?:调整|调|更改|修改|改|变更|变|增加|增|提高|提升|扩大|延长|上调|下调|缩小|缩短|缩减|压缩|减少|减|降低|降|升)";
    /** How a change is made, between the from-amount and its verb (由62岁逐步提高为64岁). */
    private static final String CHANGE_ADVERBS = "逐步|逐渐|相应|统一|分别|再|已|将";
    /** Words that make a figure a forecast rather than a fact (计划, 目标 also name things: 计划播种面积, 目标价). */
    static final List<String> MODALITIES = List.of("预计", "预期", "预测");
    /**
     * The words before the from-amount of a change: 由 or 从, the time it was at (由十年前的, 从2014年底的), and the quote
     * a rule's old figure may be written in (由原先的“18至25周岁”).
     */
    private static final Pattern FROM_POINT = Pattern.compile("[由从](?:[^，,。；;：:由从]{1,8}的)?“?$");
    /**
     * The words between a from-amount and the to-amount: a verb with 到 or 至 (缩小到, 发展到), or a verb of change with 为
     * (调整为, 逐步提高为, 压缩为), the time (发展到目前的), and the quotes around the figures (”调整为“). A noun before
     * 为 is the from-amount's own (由原来的8个部门改为3个部门), or 为 says for whom (由5支医疗队为3000多名村民…): no change.
     * A rate's time unit may be said again before the to-amount (单日业务量从2800万件增至每日4000万件).
     */
    private static final Pattern TO_POINT = Pattern.compile("^”?(?:\\p{IsHan}{0,4}?[到至]了?|(?:" + CHANGE_ADVERBS + ")?"
        + CHANGES_TO + "为)(?:[^，,。；;：:]{1,6}的|每[日天周月年]|[日周月年]均)?“?$");
    /** A list item's marker (一是, 1、, （二）). */
    static final Pattern LIST_ITEM = ListItemMarks.OPENING;
    /** Verbs placing or dating a thing named before them (…有限公司位于…, 纪念馆建于2020年). */
    private static final Pattern SITUATED = Pattern.compile("位于|坐落|地处|始建于|建于|成立于");
    private static final String APPOSITION = "——";
    /** How near after a dash the 段 or 线 of a route stands (北京——上海段). */
    private static final int ROUTE_END_REACH = 5;
    /** Verbs that pick or bring out the things counted (遴选出43个实验室, 推出80多项活动): the doer is no part of the thing. */
    private static final String PICKING_VERBS = "遴选出|评选出|筛选出|梳理出|培育出|推出|选出";
    private static final Pattern PICKING_VERB = Pattern.compile(PICKING_VERBS);
    private static final Pattern PICKING_VERB_BEFORE = Pattern.compile("(?:" + PICKING_VERBS + ")$");
    private static final int LONGEST_PICKING_VERB = 3;
    private static final char PICKED_OUT = '出';
    /** What may stand between the verb and the amount: 了, or the batch picked (遴选出首批100所, 推出新一批30条). */
    private static final Pattern PICKED_BATCH = Pattern.compile("(?:了|首批|新一批|一批|第[一二三四五六七八九十\\d]{1,2}批)$");
    private static final int LONGEST_PICKED_BATCH = 4;
    private static final int MIN_PICKED_NOUN = 2;
    /** 仅油茶果采收机就推出新品: before 就 right before the verb stands the kind of thing picked (a topic), not its doer. */
    private static final char TOPIC_MARKER = '就';
    /** Words that close a frame (time span, source, breakdown): the metric comes after the last of them. */
    private static final List<String> FRAME_ENDS = List.of(
            "以来", "至今", "其中", "据统计", "数据显示", "显示", "表明", "等地", "公布",
            // an apposition names the thing again (全国首个中外合作开发区——苏州工业园区…进出口值)
            APPOSITION);
    /** A listed company's code ends its name: 海伦司(9869.HK)续升超9%. Letters alone are an abbreviation: (GDP). */
    private static final Pattern SECURITY_CODE = Pattern.compile("[(（](?=[A-Za-z.]*[0-9])[0-9A-Za-z.]+[)）]");
    /** A security's ticker of letters with its exchange (SUN.N, BABA.US); letters alone are an abbreviation: (GDP). */
    private static final Pattern LETTER_TICKER = Pattern.compile("[(（][A-Z]{1,5}\\.[A-Z]{1,2}[)）]");
    /** Examples listed before 等 only illustrate what follows (夫子庙片区、长沙五一商圈等多个集聚区客流量). */
    private static final Pattern EXAMPLES = Pattern.compile("、[^、，。；]*?等(?!级|于|同)");
    /**
     * The base a change is measured against starts with these (比1-6月, 较年初, 同比2019年); 比重, 占比 name things, and 比亚
     * spells a foreign name (比亚迪, 赞比亚, 哥伦比亚), not a comparison, unless 亚运会 or 亚洲 follows (比亚运会前).
     */
    private static final Pattern COMPARISON = Pattern.compile("(?<![占对无类])(?:比|较|相比|同比|环比)(?![重例率价较分]|亚(?![运洲太]))");
    private static final Set<String> BARE_RATES = Set.of("增速", "增幅");
    private static final String SEMICOLONS = "；;";
    /**
     * Words that open what a thing consists of or is mainly (主要种植…, 以…为主, 分为…, 包括…), or what was done to it
     * (简牍经持续揭剥粘连, 馆藏文物经过重新清点); not a 经过 describing what follows its 的 (这条高铁经过的乡镇: the towns).
     */
    private static final Pattern DESCRIPTION = Pattern.compile(
        "主要(?:种植|生产|是|为|有|以)|以[^，,。；;]{1,20}为主|分为|包括|经(?:过|(?=持续|多次|反复|长期|连续))(?![^的]*的)");
    private static final int MIN_DESCRIBED = 2;
    /** 个 and 多 written around a duration (一个多月, 4个多小时): both belong to the amount. */
    private static final Pattern MORE_INSIDE_UNIT = Pattern.compile("^个[多余半](?=月|小时|星期)");
    /** 这是 opens the sentence that says what a headline amount is (3745.1亿元！这是…零售额). */
    private static final String RESTATEMENT = "这是";
    /** "The number of" after a thing (…保鲜设施的数量): the count is the thing's. */
    private static final String COUNT_OF = "的数量";
    private static final Pattern BOUND_AFTER = Pattern.compile("及?(?:以上|以下|以内)");
    /** A dimension written before an amount it is of (全长522公里, 直径3米). */
    private static final Pattern DIMENSION_BEFORE = Pattern.compile(
            "(?:全长|总长|长度|宽度|高度|深度|直径|厚度|(?:总?(?:占地|建筑|流域|耕地|种植|灌溉|播种|经营)|总)?面积|占地|排水量|载重|容量"
                // a bearing or a single adjective of size (东西宽30公里, 纵深30公里, 一道长220公里): after a measure word or
                // a mark only, not ending a verb (增长, 提高, 加深)
                + "|纵深|海拔|周长|跨度|[东西南北]{2}[长宽]|(?<![\\p{IsHan}&&[^道座条个只根棵块片]])[长宽高深厚])$");
    /** Two places joined (与, 和, 至, 到), then a measure of the trip between them, ending the phrase. */
    private static final Pattern BETWEEN_PLACES = Pattern.compile(
            "^\\p{IsHan}{2,}([与和至到])[^，。；与和至到]{2,12}?(?:之间)?的?(?:车程|距离|路程|航程|行程|通行时间|行车时间)$");
    /** An article (一台, 两艘), a locative (手里, 车间里) or a preposition (在, 由, 把) ending the words before an amount. */
    private static final Pattern ARTICLE_OR_PLACE_END = Pattern.compile(
            "(?:[一两二三四五六七八九十几每][台座艘辆架个条块套部栋根只]|(?<![集其空心])[里中内]|[在由把将从用])$");
    /** What ends a number that is no model's: a date's word (2021年, 3月, 2季度, 8号) or an amount's (2%, 2.5). */
    private static final String NO_MODEL_AFTER = "年月日号季周%.";
    /** The letters of a quarter or a half-year (Q3, 2024Q2, H1): a time, no model's name. */
    private static final String PERIOD_LETTERS = "QH";
    /** The centuries a year opens with (Apple 2024财年营收, Tesla 2024上半年): a time, no model's number. */
    private static final List<String> YEAR_CENTURIES = List.of("19", "20");
    private static final int YEAR_DIGITS = 4;
    /** Words that break a whole down into its parts. */
    private static final Pattern BREAKDOWN = Pattern.compile("其中|[按分从][^，。；0-9０-９]{1,6}?(?:划分|分|看)|[（(]");
    /** Measures of a thing named before them, longest first where one ends another (年生产量 before 生产量, 产量). */
    private static final List<String> OWNED_MEASURES = List.of("年生产量", "年产量", "生产量", "产量", "年产值", "产值",
        "年收入", "营业收入", "收入", "年销售额", "销售额", "建筑面积", "占地面积", "总面积", "面积", "计划总任务", "总任务",
        "总投资", "投资", "总里程", "里程", "全长", "总长", "长度");
    /** Last characters of words naming a measure (总额, 产量, 增加值, 人数, 收入, 利润, 人口, 投资, 面积, 规模, 增幅…). */
    private static final String MEASURE_ENDS = "额量值数率入润产口资费价积度长重耗税款收出支模比幅速效益";
    /** A comparison and its period opening a label (相比2020年, 比去年同期的). */
    private static final Pattern LEADING_BASE = Pattern.compile(
            "(?:相比|与|比|较)(?:于)?(?:\\d{4}年|去年|上年|前年|上月|年初)(?:同期|底|末|全年)?(?:相比)?的?");
    /** A frame naming the measure the sentence goes on to state (从GDP总量来看); a breakdown (从隶属关系看) names none. */
    private static final Pattern VIEWPOINT = Pattern.compile("从(.{1,8}?[量值额数])(?:上)?来?看");
    /** A rate, the comparison and its base, then the verb of the change (增速比同期提高, 增幅较上月回落). */
    private static final Pattern RATE_BASE = Pattern.compile(
            "(增速|增幅)((?:比|较)[^，,。；;比较]{1,10}?)(?:提高|加快|回落|下降|放缓|降低|上升|增加|减少|扩大|收窄|高出|低|高)");
    /** An average naming no thing (两年平均增长5.9%). */
    private static final Pattern AVERAGE_ONLY = Pattern.compile("^(?:两年|三年|五年|多年)?(?:平均|年均)$");
    /**
     * 共 before the verb separates the doer from what is counted: 该县共选派…194名 → 选派…; not before the amount's 分 (为,
     * 成): a whole divided into the parts counted (《读本》共分16个专题) owns them, as with 共有.
     */
    private static final Pattern TOTAL_MARKER = Pattern.compile("(?<![中公总一])共(?:有|计)?(?![享青同建产识])(?!分[为成]?$)");
    /** Amount head of a quantity's text; what follows it beyond the unit is a noun written inside the span. */
    private static final Pattern AMOUNT_HEAD = Pattern.compile(
            "^(?:过半数?|[约近超逾不足多余大]*(?:半数|(?:零下)?[数几]?[0-9０-９.,，零〇一二两三四五六七八九十百千万亿半]+(?:[点點][零〇一二三四五六七八九]+)?几?(?:多|余)?[万亿千百]*(?:成(?!员))?))");
    /** Bounds and roundings written after an amount (以上, 以内, 左右). */
    private static final String BOUNDS = "以上|以下|以内|之内|左右|上下";
    /** Qualifiers and the currency name written after the unit (1164.8亿元人民币): no noun of the thing. */
    private static final String QUALIFIER_TAIL_WORDS = BOUNDS + "|多|余|人民币";
    private static final Pattern QUALIFIER_TAIL = Pattern.compile("(?:" + QUALIFIER_TAIL_WORDS + ")+$");
    /** Without one of these last characters the tail cannot match. */
    private static final String QUALIFIER_TAIL_LAST = lastCharacters(QUALIFIER_TAIL_WORDS);
    /**
     * Adverbs of many things doing it in turn or vying (1万多株三角梅竞相绽放, 樱花次第开放) and the verbs of plants in bloom or
     * swaying (300余亩玫瑰随风摇曳, 16亩马鞭草盛开): they open the predicate, after a noun and after its predicate alike.
     */
    private static final List<String> VYING_AND_BLOOMING = List.of("竞相", "争相", "次第", "随风", "摇曳", "盛开", "绽放", "怒放");
    /**
     * Verbs of what things do for others: carry, draw, lay down, set out to or focus on them (300辆公交车带着乘客穿行,
     * 2万多件文物藏品吸引不少游客, 20.7万个5G基站铺就的信息高速公路, 12个技术指导组分赴重点省份, 832个脱贫县聚焦…产业): what
     * they serve says nothing of which things are counted, after a noun and after its predicate alike.
     */
    private static final List<String> SERVING_OTHERS = List.of("满载", "载着", "运载", "装载", "承载", "搭载", "运送", "吸引",
            "带着", "搭建", "铺就", "串起", "分赴", "奔赴", "赶赴", "聚焦");
    /** The same verbs, for looking one up. */
    private static final Set<String> SERVING_OTHERS_WORDS = Set.copyOf(SERVING_OTHERS);
    /** Words that open the predicate after a noun and after its predicate alike: stops of both. */
    private static final List<String> OPENING_ANY_PREDICATE =
        Stream.concat(VYING_AND_BLOOMING.stream(), SERVING_OTHERS.stream()).toList();
    /**
     * After such a verb, the head of a noun it makes (垃圾运送车, 应急物资运送通道, 舞台搭建工作, 人才吸引政策, 重点聚焦领域,
     * 满载率, 运载火箭): the verb is part of that noun, no predicate. Nothing but 着, 了 or 起 after it (the words before
     * another amount, 货轮运载着 | 2万吨铁矿石): what it serves is the next amount's, the words are all of the noun before it.
     */
    private static final Pattern COMPOUND_HEAD_OR_NOTHING = Pattern.compile(
            "(?:车|船|机|火箭|通道|线路|路线|站|中转站|点|率|量|力|工作|任务|政策|措施|领域|方向|能力|平台|中心|系统|设备|工具|服务|效应)"
            + "|[着了起]?$");
    /**
     * Characters read from a stop word opening the words to tell whether it ends them: more than the longest word holding
     * a stop or serving frame (为农服务中心) looks at.
     */
    private static final int STOP_CONTEXT = 16;
    /** Words that start a predicate: a noun after an amount ends before them. */
    private static final List<String> NOUN_STOPS = Stream.concat(Stream.of(
            "将", "在", "把", "被", "已", "也", "都", "均", "全部", "再", "共", "分别", "同比", "环比", "较", "比",
            "创", "占", "实施", "用于", "为", "是", "达", "的", "并", "到", "至", "了", "让", "正在", "正处于", "处于", "两旁", "两侧", "沿线", "周边", "附近", "之间", "里的", "进入", "迎来", "陆续", "开始", "正式", "顺利"),
        OPENING_ANY_PREDICATE.stream()).toList();
    /**
     * Words holding a stop word (共享工厂, 创新药, 坐船2小时可直达, 再生水厂, 平均水平, 成都): they go on the phrase, not end
     * it.
     */
    private static final List<String> WORDS_HOLDING_STOPS = List.of("共享", "创新", "直达", "到达", "抵达", "送达", "通达",
            "绽放杯", "里程", "公里", "千里", "万里", "邻里", "这里", "那里", "哪里", "公共", "再生", "再贷款", "再就业", "再保险", "再制造", "科创", "文创",
            "平均", "人均", "均衡", "首都", "成都", "都市", "被害", "被告", "被执行", "被保险",
            "吸引力", "吸引物", "携带着", "附带着", "连带着", "从事", "从业", "从而", "服从", "自从", "随从", "从此", "从未", "从不", "从来", "从小", "从严", "从快", "从速", "方便", "便利", "便民", "便捷", "顺便", "随便", "简便", "轻便");
    /**
     * Building jointly, a word holding the stop 共: opening the words after an amount it opens the thing counted
     * (18个共建“一带一路”国家: the countries building it jointly); after a noun (18家…单位共建) it is the predicate.
     */
    private static final String BUILDING_JOINTLY = "共建";
    private static final String AS = "为";
    /** The joiners {@link #CONJOINED_AMOUNT} begins with (以及 holds 及). */
    private static final String CONJOINED_AMOUNT_JOINERS = "和及与、";
    /** A joiner before another counted thing (9种维生素和多种复合多肽): the noun of the amount before ends at it. */
    private static final Pattern CONJOINED_AMOUNT = Pattern.compile(
            "(?:以及|和|及|与|、)(?=(?:多|数|几|若干|[0-9０-９一二三四五六七八九十两百千万]+)(?:种|个|类|项|家|条|名|位|只|头|座|处|所|件|批|部|款))");
    /** After a range: its amounts vary (从1MP到8MP不等), which names nothing. */
    private static final String VARYING = "不等";
    private static final String BY_MEANS_OF = "以";
    /**
     * 为 opening a serving frame inside a name (为农服务中心, 为民服务站): no copula there, the name goes on to its head
     * word; 为企业服务 with no head after it is a deed (拿出500万元为企业服务).
     */
    private static final Pattern SERVING_FRAME = Pattern.compile("为\\p{IsHan}{1,2}服务(?=中心|站|队|点|所|社|平台|窗口|热线|大厅|基地|专线)");
    /** Words 以 begins that open no 以…为 frame (以上, 以下, 以内, 以来, 以及). */
    private static final List<String> WORDS_OPENED_BY_YI = List.of("以上", "以下", "以内", "以来", "以及", "以外", "以后", "以前");
    /** Words 以 ends (可以为企业提供…: 为 is "for" there). */
    private static final List<String> WORDS_CLOSED_BY_YI = List.of("可以", "所以", "难以", "得以", "予以", "加以", "用以", "足以",
            "借以", "据以", "是以");
    /** 的 ending a modifier (以小麦为主的夏粮): what follows is what the words before describe. */
    static final String MODIFIER = "的";
    private static final int MIN_MODIFIER = 2;
    /**
     * Words saying only how varied things are, with their 的. A closed list: other doubled pairs name the things themselves
     * (男男女女200多人, 老老少少, 坛坛罐罐, 瓶瓶罐罐, 花花草草, 家家户户, 各家各户, 各行各业).
     */
    private static final Pattern ASSORTMENT = Pattern.compile("(?:大大小小|形形色色|林林总总|各种各样|各式各样|各色各样|五花八门)的?");
    private static final FirstCharacters ASSORTMENT_FIRST = new FirstCharacters("大形林各五");
    /** A noun described by the words before its 的 is this long at most: a longer run goes on into a predicate. */
    private static final int MAX_DESCRIBED_NOUN = 7;
    /** Qualities that describe the noun after their 的 (重要的长征遗址): the noun is what is counted. */
    private static final Set<String> QUALITIES = Set.of("重要", "主要", "优秀", "著名", "知名", "典型", "不同", "先进", "优质",
            "新型", "大型", "小型", "重大", "特色", "珍贵", "宝贵");
    /** 创新高 is 创 (set) a 新高 (new high), no 创新. */
    private static final String NEW_RECORD = "创新高";
    /**
     * At a clause start the predicate belongs to the label (82个村获评…); only these end it (也: a parallel predicate;
     * 陆续, 纷纷: an event happening to the things counted, 5万亩油橄榄陆续进入采摘期; 把: what they act on, 三条农村公路把全省
     * 113个县串联起来).
     */
    private static final List<String> PREDICATE_STOPS = Stream.concat(Stream.of("将", "把", "再", "共", "并", "也", "让", "正在",
            "陆续", "相继", "纷纷", "即将", "开始",
            // a locative after the thing (96座公园里红旗招展, 1000座大棚里春意盎然): what happens there is no part of it
            "里",
            // how a crop grows (2200多万亩冬油菜长势基本与往年持平, 4300万亩冬小麦长势好于常年): a comment on the things
            // counted, never which of them
            "长势", "苗情"),
        OPENING_ANY_PREDICATE.stream()).toList();
    /**
     * After a count of things, also a modal or a coverb opening what they do (60多种土特产3天之内便能加工成…, 10万只羽毛球从
     * 这里“飞”向全球): how or from where they act, no part of which things are counted. Not after a time span, whose
     * predicate is what took that long (3天之内便能加工成…).
     */
    private static final List<String> COUNT_PREDICATE_STOPS = List.of("便", "从");
    /**
     * Words saying all the things counted did it (832个脱贫县都培育出…, 79条河流已全部实现全线贯通): a category of
     * its own (脱贫县) is named well enough without what they did, a noun of two characters or fewer (河流, 地区) is not.
     */
    private static final List<String> ALL_OF_THEM = List.of("全部", "均", "都");
    private static final int GENERIC_NOUN_LENGTH = 2;
    /** Adverbs between the noun and 全部/均/都 (河流目前已经全部…), in the order they are written back from it. */
    private static final List<String> ADVERBS_BEFORE_ALL = List.of("已经", "已", "目前");
    /** What the things are or where they stand (死者均为库尔德人, 案件均在调查中) is no part of what was counted. */
    private static final List<String> STATES = List.of("为", "是", "在", "处于");
    /** Verbs of purpose: words after an amount that open with them say what it is spent on (投资600万元建设…). */
    private static final List<String> PURPOSE_VERBS = List.of("建设", "新建", "修建", "改造", "购买", "购置", "打造");
    /** An object moved by 将/把 has a name of two characters or more. */
    private static final int MIN_DISPOSED_OBJECT = 2;
    /** A verb, adverb or modal after 将 makes it "will" (将新增, 将达到, 将继续增长, 将进一步提高, 将力争, 将有望). */
    private static final Pattern NOT_AN_OBJECT_START = Pattern.compile(
        "新增|增|减|降|提|升|下|上|达|实现|超|突破|扩大|缩|继续|进一步|逐步|逐渐|有所|有望|力争|保持|持续|稳步|不断|大幅|明显"
        + "|会|要|可|能|再|也|还|更|在|于|是|为|成为|迎来|完成");
    /** Words 将 or 把 begins that are no mark of an object (把握, 把关, 将近, 将军, 将来, 将士). */
    static final List<String> WORDS_WITH_DISPOSAL_MARK = List.of("把握", "把关", "将近", "将军", "将来", "将士");
    /**
     * Adverbs, particles and quote verbs that name nothing on their own: a label made of them only (继续, 以, 外)
     * gives way to the noun after the amount or to the thing of the fact before.
     */
    private static final List<String> FUNCTION_WORDS = List.of(
            "继续", "首次", "再次", "持续", "仍", "尚", "以", "于", "外", "内", "报", "现报", "收报", "报收", "收于", "更", "更是", "之间");
    /**
     * Light verbs: alone they still say what was done (已完成435件 after 领办783件实事), but in a list under a
     * heading they name nothing the heading does not (完成63.5% under 投资完成率前二名).
     */
    private static final List<String> LIGHT_VERBS = List.of("完成", "实现", "达到", "发生", "造成", "导致");
    /**
     * Verbs that quote a price or level (恒指收跌0.12%报23954点), with the price they quote: the level is of the thing
     * that moved, or that price when no mover is named (现报17.74港元 → 现价).
     */
    private static final Map<String, String> QUOTE_VERBS = Map.of(
            "报", "报价", "现报", "现价", "收报", "收盘价", "报收", "收盘价", "收于", "收盘价");
    /** Where the name of what moved ends: a move verb, a session word or a security code (恒指午间收跌, 海伦司(09869.HK)). */
    private static final Pattern MOVER_END = Pattern.compile(
            "上涨|下跌|上升|下降|上扬|下挫|走高|走低|日内|涨|跌|升|降|收|报|午间|早盘|盘中|尾盘|开盘|午后|一度|现|今日|[(（]");
    /** A note in brackets inside a label (银川市（不含宁东）, 三统河（中段）); one character is part of a name (小（一）型). */
    private static final Pattern NOTE = Pattern.compile("[（(][\\p{IsHan}、，]{2,}[）)]");
    /** Brackets left empty by the cuts (普通高中（1900元/生•年） → 普通高中（）). */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[（(][）)]");
    /**
     * Ends of an organization's name (…有限公司, …专业合作社): what comes after it is what the organization did (…有限公司
     * 投资 → 投资). Only legal forms: 上市公司, 子公司 name classes of companies, which can be what is counted.
     */
    private static final Pattern ORGANIZATION_END = Pattern.compile(
            "(?<=\\p{IsHan}{2})(?:有限公司|有限责任公司|股份公司|集团公司|合作社)(?=\\p{IsHan}{2})");
    /**
     * 实现 between a company as doer and a noun (集团连同其合营公司…实现累计合同销售金额): the noun is what is measured;
     * 实现的 qualifies it.
     */
    private static final List<String> COMPANY_WORDS = List.of("公司", "集团");
    /** A firm's name up to this long goes into the label of what it did; a longer one is a full register name. */
    private static final int MAX_FIRM_NAME = 6;
    private static final Pattern ACHIEVED = Pattern.compile("实现(?!的)(?=\\p{IsHan}{2})");
    /** A unit's alternative in brackets right after it (15万台（套）联合收割机): the noun comes after it. */
    private static final Pattern UNIT_ALTERNATIVE = Pattern.compile("^[（(]\\p{IsHan}{1,2}[）)]");
    private static final FirstCharacters UNIT_ALTERNATIVE_FIRST = new FirstCharacters("（(");
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("^(?:" + BOUNDS + ")?的?");
    /**
     * How a move went, written after its size (保持20%以上的高增长, 实现8%的较快增长, 两位数的快速增长): the amount is the
     * size of the move, the words name nothing it is of.
     */
    private static final Pattern DEGREE_OF_MOVE = Pattern.compile(
            "(?:较?高|较快|快速|高速|中高速|稳定|平稳|稳步|大幅|小幅)(?:增长|下降|上涨|下跌|提升|回落|增加|减少)(?!率)");
    private static final FirstCharacters DEGREE_OF_MOVE_FIRST = new FirstCharacters("较高快中稳平大小");
    private static final Pattern CHANGE_BASIS = Pattern.compile("(?:同比|环比)$");
    /** A clause or sentence mark. */
    private static final String CLAUSE_MARKS = "，。；：！？,;:!?…";
    static final Pattern CLAUSE_MARK = Pattern.compile("[" + CLAUSE_MARKS + "]");
    /** A column's name opening a title (【第33届夏季奥林匹克运动会】中国体育代表团再夺3金): no part of what is measured. */
    private static final String COLUMN_TAG_OPEN = "【";
    private static final Pattern COLUMN_TAG = Pattern.compile("^【[^】]*】");
    static final char ENUMERATION_COMMA = '、';
    static final String EXAMPLES_END = "等";
    /**
     * Verbs whose object is a list of examples and a count (覆盖肿瘤、代谢等10个治疗领域, 开展滑雪、滑冰等20多个项目):
     * what was done to the things counted names them.
     */
    private static final List<String> LIST_VERBS = List.of("覆盖", "涵盖", "聚焦", "围绕", "开展", "识别", "涉及", "举办",
            "推出", "设立", "开通", "通航", "串联", "辐射", "带动", "打击", "击落", "摧毁", "击退", "发现", "引进", "培育",
            "展示", "展出");
    /** Verbs saying what a whole holds (设有, 包括, 分为). */
    private static final Pattern CONTAINING = Pattern.compile("设有|包括|分为");
    /** The same, with 由 when 组成 or 构成 follows the count (活动由…3个板块组成); not 由 of 自由, 理由, 经由 or 由于. */
    private static final Pattern MADE_UP_OF = Pattern.compile("设有|包括|分为|(?<![自理经缘])由(?!于)");
    private static final int MIN_WHOLE = 2;
    private static final int MAX_WHOLE = 10;
    /** The perfective particle a verb may end in (提升了, 建成了). */
    static final String PERFECTIVE = "了";
    /** The first example is this long at most: a verb further back governs something else. */
    private static final int MAX_FIRST_EXAMPLE = 10;
    /** Quoted names written side by side (“领航”“铸魂”): the point between the quotes separates them. */
    private static final String SIDE_BY_SIDE_QUOTES = "”“";
    private static final Set<String> PRONOUNS = Set.of("他", "她", "它", "他们", "她们", "它们", "其", "我们");
    /** A mark an amount passes (迈上11万亿元新台阶, 重回2000元关口): no thing it measures. */
    private static final Pattern MILESTONE = Pattern.compile("(?:新的?|重要|历史性?|更)?(?:台阶|大关|关口|关)");
    /** Market moves stated by a verb alone: 续升超9% → 涨幅, 5日累计大跌50% → 5日累计跌幅. */
    private static final String MARKET_MOVE_WORDS = "上涨|大涨|拉升|续升|续涨|涨|升|下跌|大跌|续跌|跌";
    private static final Pattern MARKET_MOVE = Pattern.compile("^(.*?)(" + MARKET_MOVE_WORDS + ")$");
    private static final String MARKET_MOVE_LAST = lastCharacters(MARKET_MOVE_WORDS);
    /** 分别 pairs items with amounts; inside a label it says nothing about the thing. */
    private static final String RESPECTIVELY = RespectiveYears.RESPECTIVELY;
    /** 五分之三 is a fraction: nothing after its head is a noun. */
    private static final String FRACTION_MARK = "分之";
    /** Opening marks, and the closing mark of each at the same index: quotes, single quotes, brackets, title marks. */
    private static final String OPENING = Segmenter.OPENING_QUOTES + "‘" + Segmenter.OPENING_BRACKETS + "《【";
    private static final String CLOSING = Segmenter.CLOSING_QUOTES + "’" + Segmenter.CLOSING_BRACKETS + "》】";
    static final char OPEN_QUOTE = '“';
    static final char CLOSE_QUOTE = '”';
    /** Opens the title of a document a predicate names (联合印发《…》): the title is no part of a label. */
    private static final char TITLE_OPEN = '《';

    private Phrases() {
    }

    /** The words after a leading 的 (的紧张救援 → 紧张救援), or all of them. */
    static String afterModifier(String words) {
        return words.startsWith(MODIFIER) ? words.substring(MODIFIER.length()) : words;
    }

    /** The part after the last frame word or security code. */
    static String afterFrame(String phrase) {
        int cut = 0;
        for (String end : FRAME_ENDS) {
            int at = phrase.lastIndexOf(end);
            if (at >= 0 && !(end.equals(APPOSITION) && joinsRouteEnds(phrase, at + end.length()))) {
                cut = Math.max(cut, at + end.length());
            }
        }
        Matcher code = SECURITY_CODE.matcher(phrase);
        while (code.find()) {
            cut = Math.max(cut, code.end());
        }
        return phrase.substring(cut);
    }

    /**
     * The head noun after the examples of an enumeration ending in 等, or the whole phrase when no such head follows
     * (驻村帮扶经费、专项工作经费和驻村补助等1482万余元: the items are the thing).
     */
    static String afterExamples(String phrase) {
        Matcher m = EXAMPLES.matcher(phrase);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        // with no examples the phrase is all there is: no need to strip it to see
        return cut > 0 && !Affixes.strip(phrase.substring(cut)).isEmpty() ? phrase.substring(cut) : phrase;
    }

    /** Whether a stripped label only states the base or averaging of a change (比1-6月, 较年初, 平均). */
    static boolean onlyBaseOfChange(String label) {
        return COMPARISON.matcher(label).lookingAt() || AVERAGE_ONLY.matcher(label).matches();
    }

    /**
     * For a label that is a rate alone (增速, 增幅), the rate with the base it is compared against in the phrase
     * (增速比上年提高 → 增速比上年, 增速比同期); else "".
     */
    static String rateAgainstBase(String label, String phrase) {
        if (!BARE_RATES.contains(label)) {
            return "";
        }
        Matcher m = RATE_BASE.matcher(phrase);
        return m.find() && m.group(1).equals(label) ? m.group(1) + m.group(2) : "";
    }

    /**
     * For a label opening with the base of a comparison (相比2020年广东GDP总量, 比2020年的): the words after it — ""
     * when the base is all there is; null when the label opens with no base.
     */
    static String afterLeadingBase(String label) {
        Matcher m = LEADING_BASE.matcher(label);
        return m.lookingAt() ? label.substring(m.end()) : null;
    }

    /** The last match of the pattern in the text, or null when there is none. */
    static MatchResult lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        return last;
    }

    /** Offset of the last breakdown word (其中, 按地域分, 分规模看, 从隶属关系看, an opening bracket) in [from, to), else -1. */
    static int lastBreakdown(String text, int from, int to) {
        Matcher m = BREAKDOWN.matcher(text);
        m.region(from, to);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /**
     * Whether the label ends with a word naming a measure (产量, 收入, 总额, 增加值, 人口, 利润) rather than a category of
     * things (城镇, 金牌, 专科).
     */
    static boolean namesMeasure(String label) {
        return !label.isEmpty() && MEASURE_ENDS.indexOf(label.charAt(label.length() - 1)) >= 0;
    }

    /**
     * The thing a label names a measure of (福军玉米烘干加工厂年生产量 → 福军玉米烘干加工厂), the label itself when it
     * names a thing (国家公园候选区), or "" when it names a measure of no thing written (年生产量).
     */
    static String withoutTrailingMeasure(String label) {
        for (String measure : OWNED_MEASURES) {
            if (label.endsWith(measure)) {
                return label.substring(0, label.length() - measure.length());
            }
        }
        return namesMeasure(label) ? "" : label;
    }

    /** Start of the first of the sentences joined by semicolons that ends right before {@code sentenceStart}. */
    static int semicolonListStart(String text, int sentenceStart) {
        int start = sentenceStart;
        while (start > 0 && SEMICOLONS.indexOf(text.charAt(start - 1)) >= 0) {
            int k = start - 1;
            while (k > 0 && text.charAt(k - 1) != '\n' && Segmenter.SENTENCE_ENDS.indexOf(text.charAt(k - 1)) < 0) {
                k--;
            }
            start = k;
        }
        return start;
    }

    /** Whether a noun follows right at {@code offset}, or after 的 (350吨龙门吊, 522公里的沙漠公路). */
    static boolean describesNext(String text, int offset) {
        int k = offset < text.length() && text.charAt(offset) == '的' ? offset + 1 : offset;
        if (k >= text.length() || !Character.isLetter(text.charAt(k))) {
            return false;
        }
        String next = text.substring(k, Math.min(text.length(), k + STOP_CONTEXT));
        for (String stop : NOUN_STOPS) { // a loop, not a stream: this runs for every amount
            if (next.startsWith(stop) && endsPhrase(next, 0, stop)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the amount is a bound (20平方公里以上河流): it defines a group, describing no one thing. */
    static boolean isBound(String text, Quantity quantity) {
        return BOUND_AFTER.matcher(quantity.text()).find() || BOUND_AFTER.matcher(text).region(quantity.end(), text.length()).lookingAt();
    }

    /**
     * Where the joiner of the two places a trip is measured between stands ({@code 与} in 甲地与乙地的车程), when the phrase
     * ends in such a measure; -1 otherwise.
     */
    static int tripJoinerAt(String phrase) {
        Matcher m = BETWEEN_PLACES.matcher(phrase);
        return m.find() ? m.start(1) : -1;
    }

    /** The dimension written right before an amount (全长522公里 → 全长), or "". */
    static String attributeBefore(String left) {
        Matcher m = DIMENSION_BEFORE.matcher(left);
        return m.find() ? m.group() : "";
    }

    /** Whether the words before an amount end in an article (一台), a locative (手里) or a preposition (在, 由). */
    static boolean endsWithArticleOrPlace(String left) {
        return ARTICLE_OR_PLACE_END.matcher(left).find();
    }

    /** The verb without the perfective particle it ends in (提升了 → 提升); the verb itself when it ends in none. */
    static String withoutPerfective(String verb) {
        return verb.endsWith(PERFECTIVE) ? verb.substring(0, verb.length() - PERFECTIVE.length()) : verb;
    }

    /** Whether the 以 at {@code yi} ends a word (可以, 所以, 难以): then it is no coverb. */
    static boolean closesWordWithYi(String text, int yi) {
        return yi > 0 && startsWithAny(text, yi - 1, WORDS_CLOSED_BY_YI);
    }

    private static boolean startsWithAny(String text, int at, List<String> words) {
        return words.stream().anyMatch(w -> text.startsWith(w, at));
    }

    static boolean isOpeningBracket(char c) {
        return Segmenter.OPENING_BRACKETS.indexOf(c) >= 0;
    }

    static boolean isChinese(String label) {
        return HanCharacters.isAllHan(label, 0, label.length());
    }

    /**
     * For an amount that is a sentence of its own (3745.1亿元！), the thing the next sentence says it is (这是今年前9个月
     * 农产品网络零售额 → 农产品网络零售额), without the time and the place that open it; "" when there is none.
     */
    static String restatedInNextSentence(String text, Quantity quantity, Span sentence) {
        int next = sentence.end();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (!text.startsWith(RESTATEMENT, next) || !onlyPunctuation(text, sentence.start(), quantity.start())
                || !onlyPunctuation(text, quantity.end(), sentence.end())) {
            return "";
        }
        int from = next + RESTATEMENT.length();
        int end = from;
        while (end < text.length() && "。！？!?\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        for (String clause : CLAUSE_MARK.split(text.substring(from, end))) {
            String thing = tidy(Affixes.strip(clause));
            if (!thing.isEmpty() && !Affixes.endsWithTime(thing)) {
                thing = thing.endsWith(COUNT_OF) ? thing.substring(0, thing.length() - COUNT_OF.length()) : thing;
                return tidy(Affixes.strip(thing));
            }
        }
        return "";
    }

    /** The words after the last 的, which name what the words before describe (一泓清水的灌渠 → 灌渠); all of them when no 的. */
    static String afterLastModifier(String phrase) {
        int at = phrase.lastIndexOf(MODIFIER);
        return at < 0 ? phrase : phrase.substring(at + MODIFIER.length());
    }

    /**
     * A topic without the description that follows it (果树类主要种植苹果梨等作物 → 果树类; 中草药材以苍术等为主 → 中草药材;
     * 简牍经持续揭剥粘连 → 简牍).
     */
    static String beforeDescription(String topic) {
        Matcher m = DESCRIPTION.matcher(topic);
        return m.find() && m.start() >= MIN_DESCRIBED ? topic.substring(0, m.start()) : topic;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && CLOSING.indexOf(c) < 0 && "！!。".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The phrase without a modality opening it (预计2022年公募 → 公募), stripped again of what the modality hid. */
    static String withoutLeadingModality(String phrase) {
        for (String modality : MODALITIES) {
            if (phrase.startsWith(modality)) {
                return Affixes.strip(phrase.substring(modality.length()));
            }
        }
        return phrase;
    }

    /** Whether the label names a rate relative to a base (增长率, 增速, 增幅). */
    static boolean isRelativeRate(String label) {
        return label.endsWith("率") || BARE_RATES.stream().anyMatch(label::endsWith);
    }

    /** The measure a viewpoint frame names (从GDP总量来看 → GDP总量), or "" when the clause is no such frame. */
    static String viewpointMeasure(String clause) {
        Matcher m = VIEWPOINT.matcher(clause);
        return m.matches() ? m.group(1) : "";
    }

    /** The label without the base of a change it ends with (规模以上工业增加值比1-6月 → 规模以上工业增加值). */
    static String beforeBaseOfChange(String label) {
        Matcher m = COMPARISON.matcher(label);
        return m.find() ? label.substring(0, m.start()) : label;
    }

    /** Whether the dash joins the two ends of a route (北京——上海段, 中国——东盟线): a 段 or 线 follows them closely. */
    private static boolean joinsRouteEnds(String phrase, int afterDash) {
        String after = phrase.substring(afterDash, Math.min(phrase.length(), afterDash + ROUTE_END_REACH));
        return after.indexOf('段') >= 0 || after.indexOf('线') >= 0;
    }

    /**
     * Titles separate their clauses by spaces (海伦司续升超9% 2日涨幅达15% 投行唱好); a space between two Latin letters
     * only parts the words of a name (将Sunoco Lp目标价…, Bank of America), which stays whole, as does a space before the
     * number of a model (苹果iPhone 13开售…, 华为Mate 60出货量).
     */
    static String afterSpace(String phrase) {
        String words = phrase.strip();
        int space = words.lastIndexOf(' ');
        int nameSpace = -1;
        while (space > 0 && partsNameWords(words, space)) {
            nameSpace = space;
            space = words.lastIndexOf(' ', space - 1);
        }
        if (nameSpace < 0) {
            return space < 0 ? words : words.substring(space + 1);
        }
        // the name from its first letter on (摩根士丹利将Sunoco Lp目标价 → Sunoco Lp目标价), as a clause's space would cut it
        int nameStart = nameSpace;
        while (nameStart > space + 1 && (isLatinLetter(words.charAt(nameStart - 1)) || ArabicDigits.isAscii(words.charAt(nameStart - 1))
                || words.charAt(nameStart - 1) == ' ')) {
            nameStart--;
        }
        return words.substring(nameStart);
    }

    private static boolean isLatinLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * Whether the space at {@code space} parts the words of a Latin name: letters on both sides (Bank of America), a
     * model's number after letters (iPhone 13) or letters after a model's number (iPhone 15 Pro, SU7 Max).
     */
    private static boolean partsNameWords(String words, int space) {
        char after = words.charAt(space + 1);
        int digits = modelNumberStart(words, space);
        if (digits == space) {
            return isLatinLetter(words.charAt(space - 1)) && (isLatinLetter(after) || opensModelNumber(words, space + 1));
        }
        boolean numberOfName = digits > 0 && isLatinLetter(words.charAt(digits - 1)) && !isPeriod(words, digits - 1)
            || digits > 1 && words.charAt(digits - 1) == ' ' && isLatinLetter(words.charAt(digits - 2));
        return numberOfName && isLatinLetter(after);
    }

    /** Where the digits ending right before {@code end} start. */
    private static int modelNumberStart(String words, int end) {
        int start = end;
        while (start > 0 && ArabicDigits.isAscii(words.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Whether ASCII digits start at {@code at} and end in no date's word (Model Y 3月销量: 3月 dates the clause) nor amount's. */
    private static boolean opensModelNumber(String words, int at) {
        int end = at;
        while (end < words.length() && ArabicDigits.isAscii(words.charAt(end))) {
            end++;
        }
        boolean year = end - at == YEAR_DIGITS && YEAR_CENTURIES.stream().anyMatch(century -> words.startsWith(century, at));
        return end > at && !year
            && (end == words.length() || NO_MODEL_AFTER.indexOf(words.charAt(end)) < 0);
    }

    /** Whether the letter at {@code letter}, alone before its digits, marks a quarter or a half-year (Q3, 2024Q2, H1). */
    private static boolean isPeriod(String words, int letter) {
        return PERIOD_LETTERS.indexOf(words.charAt(letter)) >= 0 && (letter == 0 || !isLatinLetter(words.charAt(letter - 1)));
    }

    /**
     * Whether the words end in a space that separates a title's clauses, not one that only sets off a number after a
     * copula or a verb (为 2052 万美元).
     */
    static boolean endsInClauseSpace(String phrase) {
        return !phrase.isBlank() && phrase.endsWith(" ") && Affixes.stripTrailing(phrase.strip()).equals(phrase.strip());
    }

    private static String beforeSpace(String phrase) {
        int space = phrase.indexOf(' ');  // also when it leads: the amount ended its clause
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    /** The phrase up to its first clause mark: {@code CLAUSE_MARK.split(phrase, 2)[0]} without a regex, on every label. */
    private static String beforeClauseMark(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (CLAUSE_MARKS.indexOf(phrase.charAt(i)) >= 0) {
                return phrase.substring(0, i);
            }
        }
        return phrase;
    }

    /** The text without the match of a {@code ^}-anchored pattern: its {@code replaceFirst("")}, no string rebuilt. */
    private static String withoutLeading(Pattern opening, String text) {
        Matcher m = opening.matcher(text);
        return m.lookingAt() ? text.substring(m.end()) : text;
    }

    /** As {@link #withoutLeading(Pattern, String)}, without a matcher for a text the pattern cannot begin. */
    private static String withoutLeading(Pattern opening, FirstCharacters first, String text) {
        return first.mayBegin(text) ? withoutLeading(opening, text) : text;
    }

    /**
     * Whether the phrase holds an enumeration (A、B、C等), which then only exemplifies the noun after the amount; a
     * separator opening the phrase joins this amount to the one before instead.
     */
    static boolean enumerates(String phrase) {
        // 北京、上海等, or one example before 等 (由国家知识产权局等18个部门单位)
        return firstItemSeparator(phrase) > 0 || phrase.length() > EXAMPLES_END.length() + 1 && phrase.endsWith(EXAMPLES_END);
    }

    /**
     * Where the first item of an enumeration ends: at 、, or between two quoted names written side by side with no mark
     * (由“领航”“铸魂”“建功”5个展厅组成); -1 when the phrase lists nothing.
     */
    static int firstItemSeparator(String phrase) {
        int mark = phrase.indexOf(ENUMERATION_COMMA, 1);
        int quotes = phrase.indexOf(SIDE_BY_SIDE_QUOTES);
        int betweenQuotes = quotes < 0 ? -1 : quotes + 1;
        return mark < 0 || betweenQuotes >= 0 && betweenQuotes < mark ? betweenQuotes : mark;
    }

    /**
     * The verb governing the examples of an enumeration (覆盖肿瘤、代谢、免疫等 → 覆盖), written at most a few characters
     * before the first separator; "" when none of the verbs that take such lists is.
     */
    static String verbBeforeExamples(String phrase) {
        int separator = firstItemSeparator(phrase);
        if (separator < 0) {
            return "";
        }
        String verb = "";
        int verbAt = -1;
        for (String candidate : LIST_VERBS) {
            int at = phrase.lastIndexOf(candidate, separator - candidate.length());
            if (at > verbAt && separator - at - candidate.length() <= MAX_FIRST_EXAMPLE) {
                verb = candidate;
                verbAt = at;
            }
        }
        return verb;
    }

    /**
     * The whole a list of examples makes up, named before a verb of containing at the clause start (论坛设有主旨演讲、
     * 高端访谈等 → 论坛; 活动由致敬丰收、致敬农民… → 活动 when {@code madeUp}, the clause saying 组成 or 构成 after the
     * count): the things counted are its parts. "" when there is none.
     */
    static String wholeBeforeExamples(String phrase, boolean madeUp) {
        int separator = firstItemSeparator(phrase);
        Matcher verb = (madeUp ? MADE_UP_OF : CONTAINING).matcher(phrase);
        if (separator < 0 || !verb.find() || verb.start() > separator) {
            return "";
        }
        String written = phrase.substring(0, verb.start());
        String whole = Affixes.strip(written);
        // 浙江成立了由财政、交通等10多个部门组成的协调小组: a deed done, the parts are of the thing done
        boolean named = whole.length() >= MIN_WHOLE && whole.length() <= MAX_WHOLE && isChinese(whole) && !written.contains(PERFECTIVE);
        return named ? whole : "";
    }

    /** Whether the words hold a verb saying what a whole holds (遇难者包括, 园区设有): the things after it are its parts. */
    static boolean namesWhole(String words) {
        return CONTAINING.matcher(words).find();
    }

    /** Whether the words open with a pronoun (它含有, 其拥有, 他们带来): a subject, no verb. */
    static boolean opensWithPronoun(String words) {
        for (String pronoun : PRONOUNS) {
            if (words.startsWith(pronoun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words before the enumeration the phrase holds (出境可通达俄罗斯、德国、比利时等 → 出境可通达), whose first item
     * is {@code firstItemLength} characters long.
     */
    static String beforeEnumeration(String phrase, int firstItemLength) {
        int separator = firstItemSeparator(phrase);
        return phrase.substring(0, Math.max(0, separator - firstItemLength));
    }

    /**
     * Whether words beside an amount name nothing of it: only times, verbs of change, copulas and modalities
     * (2017年预计为, 增长).
     */
    static boolean nameNothing(String words) {
        String stripped = Affixes.strip(words);
        return stripped.isEmpty() || MODALITIES.contains(stripped) || namesNothing(stripped);
    }

    /**
     * What a sentence is about, from its opening clause: a list item naming a thing (一是钓鱼台村晟源休闲山庄，) or a
     * thing and where or when it was set up (海华矿业有限公司位于凉水河子镇回头沟村，); "" for any other clause.
     */
    static String topic(String openingClause) {
        Matcher item = LIST_ITEM.matcher(openingClause);
        if (item.lookingAt()) {
            return openingClause.substring(item.end());
        }
        Matcher setUp = SITUATED.matcher(openingClause);
        return setUp.find() && setUp.start() > 0 ? openingClause.substring(0, setUp.start()) : "";
    }

    /**
     * Whether the words before an amount open the from-amount of a change (合作社由十年前的不足百个) and those after it
     * lead to the to-amount (发展到目前的1735个): the to-amount is the same thing's.
     */
    static boolean fromTo(String beforeFrom, String beforeTo) {
        return FROM_POINT.matcher(beforeFrom).find() && TO_POINT.matcher(beforeTo.strip()).matches();
    }

    /**
     * The label without the words opening it that only say how varied the things are (大大小小的水库 → 水库, 形形色色,
     * 各种各样); they name no thing.
     */
    static String withoutAssortment(String label) {
        return withoutLeading(ASSORTMENT, ASSORTMENT_FIRST, label);
    }

    /** Whether the label is made only of function words (继续, 以, 外). */
    static boolean onlyFunctionWords(String label) {
        return consistsOf(label, FUNCTION_WORDS, List.of());
    }

    /** Whether the label is made only of function words and light verbs (完成, 继续实现). */
    static boolean namesNothing(String label) {
        return consistsOf(label, FUNCTION_WORDS, LIGHT_VERBS);
    }

    private static boolean consistsOf(String label, List<String> words, List<String> moreWords) {
        String s = label;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (List<String> list : List.of(words, moreWords)) {
                for (String word : list) {
                    if (s.startsWith(word)) {
                        s = s.substring(word.length());
                        changed = true;
                    }
                }
            }
        }
        return s.isEmpty();
    }

    /** Whether the words name a security by its code (海伦司(09869.HK)). */
    static boolean quotesSecurity(String words) {
        return SECURITY_CODE.matcher(words).find();
    }

    /** The price a quote verb quotes (现报 → 现价), or "" when the label is no quote verb. */
    static String quotedPrice(String label) {
        return QUOTE_VERBS.getOrDefault(label, "");
    }

    /** The name of what moved, at the start of a clause that states its move (恒指午间收跌 → 恒指), or "". */
    static String mover(String clauseHead) {
        Matcher end = MOVER_END.matcher(clauseHead);
        return Affixes.strip(end.find() ? clauseHead.substring(0, end.start()) : clauseHead);
    }

    /**
     * The label without bracketed notes (银川市（不含宁东）计划投资 → 银川市计划投资) or a ticker of letters naming a security
     * again (Sunoco Lp（SUN.N）目标价 → Sunoco Lp目标价).
     */
    static String withoutNotes(String label) {
        return label.indexOf('（') < 0 && label.indexOf('(') < 0 ? label
            : LETTER_TICKER.matcher(NOTE.matcher(label).replaceAll("")).replaceAll("");
    }

    /**
     * What a change was made to, named after 将 or 把 (美联储将联邦基金利率目标区间上调25个基点 → 联邦基金利率目标区间); the label
     * when 将 means "will" there (排放将降17%, 园区企业将新增13条生产线).
     */
    static String afterDisposal(String label) {
        int at = Math.max(label.lastIndexOf('将'), label.lastIndexOf('把'));
        if (at <= 0 || WORDS_WITH_DISPOSAL_MARK.stream().anyMatch(w -> label.startsWith(w, at))) {
            return label;
        }
        String object = label.substring(at + 1);
        return object.length() >= MIN_DISPOSED_OBJECT && !NOT_AN_OBJECT_START.matcher(object).lookingAt() ? object : label;
    }

    /**
     * What an organization named in the label did (启城水泥制品有限公司投资 → 投资) or what a doer achieved (集团连同其合营
     * 公司实现累计合同销售金额 → 累计合同销售金额); the label when it names neither.
     */
    static String afterOrganization(String label) {
        // both patterns need one of these words: most labels hold neither, and a lookbehind tried at every position
        // of every label was a measurable part of the labeler's time
        if (!label.contains("公司") && !label.contains("合作社") && !label.contains("实现")) {
            return label;
        }
        Matcher m = ORGANIZATION_END.matcher(label);
        int cut = 0;
        String name = "";
        while (m.find()) {
            name = label.substring(cut, m.start());
            cut = m.end();
        }
        Matcher achieved = ACHIEVED.matcher(label);
        while (achieved.find(cut)) {
            String doer = label.substring(0, achieved.start());
            if (COMPANY_WORDS.stream().noneMatch(doer::contains)) {
                break;  // 第一产业实现增加值: the sector is part of the thing
            }
            cut = achieved.end();
        }
        if (cut == 0) {
            return label;
        }
        String did = Affixes.strip(label.substring(cut));
        // a short firm name says whose the amount is (七棵树矿业有限公司投资 → 七棵树矿业投资)
        return name.length() <= MAX_FIRM_NAME && isChinese(name) && !did.isEmpty() ? name + did : did;
    }

    /**
     * The label from its last picking verb on, when that verb stands right before the amount or its batch (华中科技大学还
     * 从集成电路学院等遴选出43个交叉前沿实验室 → 遴选出交叉前沿实验室): who picked them and from where is context, what was picked is the
     * thing, named after the verb or after the amount (nounFollows). A verb not before the amount is the thing's own
     * story (华为推出的Mate60手机销量, 新车推出首周订单量) and stays with its subject.
     */
    static String fromPickingVerb(String label, String text, int amountStart, BooleanSupplier nounFollows) {
        Matcher between = PICKED_BATCH.matcher(text).region(Math.max(0, amountStart - LONGEST_PICKED_BATCH), amountStart);
        int verbEnd = between.find() ? between.start() : amountStart;
        if (verbEnd < 1 || text.charAt(verbEnd - 1) != PICKED_OUT
                || !PICKING_VERB_BEFORE.matcher(text).region(Math.max(0, verbEnd - LONGEST_PICKING_VERB), verbEnd).find()) {
            return label;
        }
        MatchResult verb = lastMatch(PICKING_VERB, label);
        if (verb == null || verb.start() == 0) {
            return label;
        }
        int start = verb.start();
        int end = verb.end();
        boolean named = label.length() - end >= MIN_PICKED_NOUN || end == label.length() && nounFollows.getAsBoolean();
        boolean topic = label.charAt(start - 1) == TOPIC_MARKER;
        return named && !topic ? label.substring(start) : label;
    }

    /** The part after the last 共 marker; a marker right before the amount (电影票房共计15.19亿元) separates nothing. */
    static String afterTotalMarker(String phrase) {
        Matcher m = TOTAL_MARKER.matcher(phrase);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return cut == phrase.length() ? phrase : phrase.substring(cut);
    }

    /**
     * The item of an enumeration the phrase names (、林业收入 → 林业收入): all after a separator opening it (、生活用品及服务),
     * else all after its last separator (乘客和 → "", 黄牛养殖基地及西街村 → 西街村).
     */
    static String afterLastSeparator(String phrase) {
        boolean opensWithSeparator = phrase.startsWith(QuantityScope.AS_WELL_AS)
            || !phrase.isEmpty() && QuantityScope.LIST_SEPARATORS.indexOf(phrase.charAt(0)) >= 0;
        int comma = phrase.lastIndexOf(ENUMERATION_COMMA);
        if (opensWithSeparator && comma <= 0) {
            // the item follows the separator: a joining word inside it (、生活用品及服务下降0.8%, 和交通和通信上涨0.9%)
            // separates nothing
            return phrase.substring(phrase.startsWith(QuantityScope.AS_WELL_AS) ? QuantityScope.AS_WELL_AS.length() : 1);
        }
        // the words before the last separator are the previous amount's (500头黄牛养殖基地及西街村14000平米)
        for (int i = phrase.length() - 1; i >= 0; i--) {
            if (QuantityScope.LIST_SEPARATORS.indexOf(phrase.charAt(i)) >= 0) {
                return phrase.substring(i + 1);
            }
        }
        return phrase;
    }


    /** Days and weeks named from the report's day, and 日前 (recently) where it is no 节日前 or 日前往. */
    private static final String DAYS_FROM_REPORT = "本月|本周|今天|今日|昨天|昨日|明天|当天|当日|(?<![节生假念每周平])日前(?![往来])|近日";
    /**
     * A time after the counted noun begins its predicate (20个成员国本月5日开始举行…, 3名宇航员今天返回, 三条运输主通道1至7月份
     * 中欧班列开行量…).
     */
    private static final Pattern TIME_AFTER_NOUN = Pattern.compile(
        "(?:" + DAYS_FROM_REPORT + "|(?<![0-9０-９月])[0-9０-９]{1,2}日(?!游)"
            + "|(?<![0-9０-９.])[0-9０-９]{1,2}[至到~—–-][0-9０-９]{1,2}月)");
    /** A day of the month, or days, and the part of it after a noun (工作人员15日在冲突中丧生, 14日晚遭袭, 27日至28日进入). */
    private static final Pattern DAY_IN_PREDICATE = Pattern.compile(
        "^(?:(?:" + DAYS_FROM_REPORT + ")|(?<![0-9０-９月])[0-9０-９]{1,2}日(?![游内前后以之])(?:[至到~—–-][0-9０-９]{1,2}日)?)+"
            + "(?:[早晚]间?|上午|下午|凌晨|晚上|夜间)?");
    /** Such a day right after the amount, with its date in brackets: it dates the predicate (今天（12月30日）联合发布). */
    private static final Pattern LEADING_DAY = Pattern.compile("^(?:" + DAYS_FROM_REPORT + ")(?:[（(][^）)]{1,12}[）)])?");
    private static final FirstCharacters LEADING_DAY_FIRST = new FirstCharacters("本今昨明当日近");

    /**
     * The noun phrase after an amount (53个“十三五”脱贫村). At a clause start ({@code withPredicate}) the predicate
     * stays with it, as the group is defined by it (82个村获自治区命名星级党组织).
     */
    static String after(String raw, boolean withPredicate) {
        return after(raw, withPredicate, false);
    }

    /**
     * As {@link #after(String, boolean)}; {@code throughDescription}: a noun described by the words before 的 is what is
     * counted (55家今年上市的美股科技公司 → 今年上市的美股科技公司).
     */
    static String after(String raw, boolean withPredicate, boolean throughDescription) {
        String s = withoutLeading(UNIT_ALTERNATIVE, UNIT_ALTERNATIVE_FIRST,
            withoutLeading(LEADING_QUALIFIER, beforeClauseMark(beforeSpace(raw))));
        // the day it happened dates the predicate, it is no part of it (六部门今天（12月30日）联合发布 → 联合发布)
        s = withoutLeading(LEADING_DAY, LEADING_DAY_FIRST, s);
        if (s.startsWith(VARYING)) {
            return ""; // 从1MP、2MP、5MP到8MP不等, 贷款额度在3000到30万元不等
        }
        if (DEGREE_OF_MOVE_FIRST.mayBegin(s) && DEGREE_OF_MOVE.matcher(s).lookingAt() && describedBy(raw)) {
            return ""; // only after 的: 120家高增长企业, 20条稳定增长的措施 count the things the move describes
        }
        if (!s.isEmpty() && (QuantityScope.LIST_SEPARATORS.indexOf(s.charAt(0)) >= 0 || Segmenter.OPENING_BRACKETS.indexOf(s.charAt(0)) >= 0)) {
            // the next item of an enumeration of amounts (居住下降0.4%、生活用品…), or a note on the amount
            // (增长230.7%（主要是…项目带动）)
            return "";
        }
        int end = quotationEnd(s);
        end = Math.min(end, firstStop(s, withPredicate ? PREDICATE_STOPS : NOUN_STOPS));
        if (withPredicate) {
            end = Math.min(end, allOfThemEnd(s));
        }
        if (withPredicate && throughDescription) {
            int stop = firstStop(s, COUNT_PREDICATE_STOPS);
            end = stop > 0 ? Math.min(end, stop) : end; // 从犯: a noun opening with the coverb's character
        }
        Matcher time = TIME_AFTER_NOUN.matcher(s);
        if (time.find() && time.start() > 0) {
            end = Math.min(end, time.start());
        }
        if (throughDescription && !withPredicate && end >= MIN_MODIFIER && end < s.length() && s.startsWith(MODIFIER, end)) {
            // a count before the words that describe the noun (55家今年上市的美股科技公司, 两个独立的调查委员会): the
            // described noun is counted, with its description; a noun of a few words only (not 龙门吊的作业效率直接拉满)
            String described = after(s.substring(end + MODIFIER.length()), false);
            if (described.length() >= MIN_MODIFIER && described.length() <= MAX_DESCRIBED_NOUN
                    && described.indexOf(ENUMERATION_COMMA) < 0) {
                end += MODIFIER.length() + described.length();
                s = s.substring(0, end);
            }
        }
        s = beforeConjoinedAmount(Affixes.stripTrailing(s.substring(0, end)));
        if (PRONOUNS.contains(s) || Affixes.isChangeVerb(s) || PURPOSE_VERBS.stream().anyMatch(s::startsWith)
                || MILESTONE.matcher(s).matches()) {
            return "";
        }
        return s;
    }

    /** Whether the words after an amount open with 的, past a bound (以上的): they describe the amount. */
    private static boolean describedBy(String raw) {
        Matcher lead = LEADING_QUALIFIER.matcher(raw);
        return lead.lookingAt() && lead.group().endsWith(MODIFIER);
    }

    /**
     * The words after an amount without the day that dates the predicate of its noun (16个部门近日联合印发 → 部门联合印发,
     * 三名工作人员15日在冲突中丧生 → 工作人员在冲突中丧生):
     * when examples open the clause, the group they make is its subject and what it did names it, whenever it did it.
     */
    static String withoutDayAfterNoun(String right, String noun) {
        if (noun.isEmpty() || !right.startsWith(noun)) {
            return right;
        }
        String rest = right.substring(noun.length());
        Matcher day = LEADING_DAY.matcher(rest);
        if (!day.find() || day.end() == 0) {
            day = DAY_IN_PREDICATE.matcher(rest);
            if (!day.lookingAt()) {
                return right;
            }
        }
        // the document it issued is named by its verb (联合印发《…》 → 联合印发): its full title is no label
        String predicate = right.substring(noun.length() + day.end());
        int title = predicate.indexOf(TITLE_OPEN);
        return noun + (title > 0 ? predicate.substring(0, title) : predicate);
    }

    /** Where the first of the stop words stands that is a word of its own, or the phrase's length when none does. */
    private static int firstStop(String s, List<String> stops) {
        int end = s.length();
        for (String stop : stops) {
            int at = s.indexOf(stop);
            while (at >= 0 && !endsPhrase(s, at, stop)) {
                at = s.indexOf(stop, at + 1);
            }
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return end;
    }

    /** Whether the stop word found at {@code at} ends the phrase: it is a word of its own and no part of the noun. */
    private static boolean endsPhrase(String s, int at, String stop) {
        return !insideWord(s, at, stop) && !withinNoun(s, at, stop);
    }

    /**
     * Where the quotation an amount is written inside ends when it describes a noun after it (拥有“八个一类铁路客运站和两个
     * 大型国际机场的综合交通枢纽集群”的城市: the closing quote after 集群, then 的): the noun it describes is the
     * sentence's, not what the amount counts. The phrase's length otherwise: a quoted name (“15分钟文化生活圈”) goes on
     * with the words after it.
     */
    private static int quotationEnd(String s) {
        int open = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == OPEN_QUOTE) {
                open++;
            } else if (c == CLOSE_QUOTE && open-- == 0) {
                return s.startsWith(MODIFIER, i + 1) ? i : s.length();
            }
        }
        return s.length();
    }

    /** The noun without another counted thing joined to it (9种维生素和多种复合多肽 → 维生素). */
    private static String beforeConjoinedAmount(String noun) {
        if (!hasAnyOf(noun, CONJOINED_AMOUNT_JOINERS)) {
            return noun; // every label is asked, few hold a joiner: no matcher without one
        }
        Matcher joined = CONJOINED_AMOUNT.matcher(noun);
        return joined.find() && joined.start() > 0 ? noun.substring(0, joined.start()) : noun;
    }

    /** Whether the text holds one of the characters. */
    private static boolean hasAnyOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a word saying all the things did it ends a predicate kept after them: at once after a specific category
     * (832个脱贫县都培育出…) or before a state (死者均为); not after a generic noun (79条河流已全部实现全线贯通).
     */
    private static int allOfThemEnd(String s) {
        int end = s.length();
        for (String all : ALL_OF_THEM) {
            int at = s.indexOf(all);
            while (at >= 0 && insideWord(s, at, all)) {
                at = s.indexOf(all, at + 1);
            }
            if (at < 0) {
                continue;
            }
            int noun = at;
            for (String adverb : ADVERBS_BEFORE_ALL) {
                noun -= s.startsWith(adverb, noun - adverb.length()) ? adverb.length() : 0;
            }
            if (noun <= 0 || noun > GENERIC_NOUN_LENGTH || startsWithAny(s, at + all.length(), STATES)) {
                end = Math.min(end, at);
            }
        }
        return end;
    }

    /**
     * Whether the stop word found at {@code at} belongs to the noun: 为 closing 以…为 (以人参为原料医药生产企业), 的 after
     * a quality alone (重要的长征遗址), 共 of 共建 or a deed for others opening the phrase (共建“一带一路”国家, 吸引年轻人的新场景),
     * a deed for others making a compound noun or closing the words (垃圾运送车, 货轮运载着).
     */
    private static boolean withinNoun(String s, int at, String stop) {
        if (at == 0 && s.startsWith(BUILDING_JOINTLY) && BUILDING_JOINTLY.startsWith(stop)) {
            return true;
        }
        if (SERVING_OTHERS_WORDS.contains(stop)) {
            // a deed opening the words describes the noun after them (10辆搭载自动驾驶系统的汽车)
            return at == 0 || COMPOUND_HEAD_OR_NOTHING.matcher(s).region(at + stop.length(), s.length()).lookingAt();
        }
        if (stop.equals(AS)) {
            if (SERVING_FRAME.matcher(s).region(at, s.length()).lookingAt()) {
                return true;
            }
            int instrumental = s.lastIndexOf(BY_MEANS_OF, at);
            return instrumental >= 0 && !startsWithAny(s, instrumental, WORDS_OPENED_BY_YI)
                && !(instrumental > 0 && startsWithAny(s, instrumental - 1, WORDS_CLOSED_BY_YI));
        }
        return stop.equals(MODIFIER) && QUALITIES.contains(s.substring(0, at));
    }

    /** Whether the stop word found at {@code at} is part of a longer word (直达 holds 达). */
    private static boolean insideWord(String s, int at, String stop) {
        for (String word : WORDS_HOLDING_STOPS) {
            int offset = word.indexOf(stop);
            if (offset >= 0 && at - offset >= 0 && s.startsWith(word, at - offset)
                    && !(s.startsWith(NEW_RECORD, at - offset) && word.equals(NEW_RECORD.substring(0, 2)))) {
                return true;
            }
        }
        return false;
    }

    /** Noun written inside the quantity's own span after its unit (约20万群众 → 群众, 12498口人 → 人). */
    static String nounInside(Quantity quantity) {
        // the qualifier word it opens with (超过200万平民, 接近200万平民) is no part of the head
        String text = quantity.text().substring(QuantityRecognizer.qualifierPrefixLength(quantity.text()));
        Matcher head = AMOUNT_HEAD.matcher(text);
        if (!head.lookingAt() || text.contains(FRACTION_MARK)) {
            return "";
        }
        if (quantity.max() != null && !quantity.unit().isEmpty()
                && text.indexOf(quantity.unit()) < text.lastIndexOf(quantity.unit())) {
            // a range with its unit at both ends (十五年至十年): the noun, if any, follows the last
            String rest = text.substring(text.lastIndexOf(quantity.unit()) + quantity.unit().length());
            return rest.codePoints().allMatch(Character::isIdeographic) ? rest : "";
        }
        // 一个多月 (unit 个月), 4个多小时 (unit 小时): 个多 is written before the unit's word; 三年多: 多 after it
        String rest = MORE_INSIDE_UNIT.matcher(text.substring(head.end())).replaceFirst("");
        if (quantity.unit().length() > 1 && quantity.unit().startsWith("个") && rest.startsWith(quantity.unit().substring(1))) {
            rest = rest.substring(quantity.unit().length() - 1);
        } else if (!quantity.unit().isEmpty() && rest.startsWith("大" + quantity.unit())) {
            rest = rest.substring(1); // 4大板块: the parts counted are the unit and the noun
        } else if (!quantity.unit().isEmpty() && rest.startsWith("个" + quantity.unit())) {
            rest = rest.substring(quantity.unit().length() + 1); // 25个基点, 4个小时: the unit is kept without its 个
        } else if (!quantity.unit().isEmpty() && rest.startsWith(quantity.unit())) {
            rest = rest.substring(quantity.unit().length());
            rest = rest.equals("多") || rest.equals("余") ? "" : rest;
        } else if (!quantity.unit().isEmpty() && text.startsWith(quantity.unit(), head.end() - 1)) {
            rest = text.substring(head.end() - 1 + quantity.unit().length());  // 14.8千米: the head took 千
        }
        if (!rest.isEmpty() && QUALIFIER_TAIL_LAST.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
            rest = QUALIFIER_TAIL.matcher(rest).replaceFirst("");
        }
        return rest.codePoints().allMatch(Character::isIdeographic) ? rest : "";
    }

    /** The distinct last characters of the words of an alternation (a|bc → ac): a cheap test before the pattern. */
    private static String lastCharacters(String alternation) {
        return Arrays.stream(alternation.split("\\|")).map(word -> word.substring(word.length() - 1)).distinct()
                .collect(Collectors.joining());
    }

    /**
     * For a move stated by a verb with nothing named before it: the frame words kept before 涨幅/跌幅
     * (5日累计大跌 → 5日累计跌幅, 续升 → 涨幅); else "".
     */
    static String marketMove(String phrase) {
        if (phrase.isEmpty() || MARKET_MOVE_LAST.indexOf(phrase.charAt(phrase.length() - 1)) < 0) {
            return "";  // every move verb ends in one of them: spare the lazy match its quadratic tries
        }
        Matcher m = MARKET_MOVE.matcher(phrase);
        if (!m.matches() || !Affixes.strip(m.group(1)).isEmpty()) {
            return "";
        }
        String frame = CHANGE_BASIS.matcher(m.group(1)).replaceFirst("");
        return frame + (m.group(2).contains("跌") ? "跌幅" : "涨幅");
    }

    /** Drops punctuation at the ends and quotes or brackets left unbalanced by the cuts. */
    static String tidy(String label) {
        String stripped = label.strip().replace(RESPECTIVELY, "");
        boolean bracketed = stripped.indexOf('（') >= 0 || stripped.indexOf('(') >= 0; // else no empty brackets to drop
        String s = bracketed ? EMPTY_BRACKETS.matcher(stripped).replaceAll("") : stripped;
        if (s.startsWith(COLUMN_TAG_OPEN)) {
            s = COLUMN_TAG.matcher(s).replaceFirst("");
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if (isPunctuation(first) && !(OPENING.indexOf(first) >= 0 && balanced(s, first))) {
                s = s.substring(1);
                changed = true;
            } else if (isPunctuation(last) && !(CLOSING.indexOf(last) >= 0 && balanced(s, last))) {
                s = s.substring(0, s.length() - 1);
                changed = true;
            }
        }
        return s.codePoints().anyMatch(Character::isLetter) ? s : "";
    }

    private static boolean balanced(String s, char bracket) {
        int pair = OPENING.indexOf(bracket) >= 0 ? OPENING.indexOf(bracket) : CLOSING.indexOf(bracket);
        char open = OPENING.charAt(pair);
        char close = CLOSING.charAt(pair);
        return s.chars().filter(c -> c == open).count() == s.chars().filter(c -> c == close).count();
    }

    private static boolean isPunctuation(char c) {
        return !Character.isLetterOrDigit(c);
    }
}
