package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.ListedPlaceCounts;
import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.quantity.WindForce;
import dev.zhibiao.engine.region.RegionResolver;
import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels what a quantity measures with a short phrase in the text's own words: the noun phrase before the amount
 * (村集体经济总收入达2026.55万元), the verb before and the noun after it (共领办783件实事 → 领办实事), or the noun and
 * predicate after it at a clause start (82个村获自治区命名星级党组织). Stateless and thread-safe.
 */
public final class MetricLabeler {
    /** Labels for amounts that name nothing but carry their unit (共有4645户 → 户数). */
    private static final Map<String, String> UNIT_NOUNS = Map.of(
            "户", "户数", "人", "人数", "名", "人数", "位", "人数", "口", "人口", "岁", "年龄", "人次", "人次", "家", "家数");
    static final String SHARE = "占比";
    static final String PERCENT = "%";
    private static final String SHARE_VERB = Enumeration.SHARE_VERB;
    /** Categories (城镇, 乡村, 金牌) are two characters long. */
    private static final int CATEGORY_LENGTH = 2;
    /** Categories that say which part of a whole, not what thing: alone (城镇实现747.1亿元) they name no fact. */
    private static final Set<String> DIMENSIONS = Set.of(
            "城镇", "乡村", "农村", "城市", "城区", "市区", "郊区", "县域", "县城", "镇区", "男性", "女性", "国有", "民营", "集体",
            "个体", "私营", "外资", "内资", "外商", "中直", "地方", "中央", "公办", "民办", "本土", "境外", "境内", "国内", "国外",
            "线上", "线下", "东部", "中部", "西部", "东北", "城乡", "村民", "居民", "全日", "其他", "其余");
    /** Fewer words after a comparison's base (比上年同期多, 较去年提前) say how it compares, not what. */
    private static final int MIN_NOUN_AFTER_BASE = 3;
    /** A share is written in percent or as a fraction without a unit (占总数的约五分之三); 占地30亩 is an area. */
    private static final Set<String> SHARE_UNITS = Set.of("%", "");
    /** The attribute of a share of a group (比例超过38.5%). */
    private static final String SHARE_RATIO = "比例";
    /** Attributes that name nothing without their topic (标准为1000元/生•年 under 扶贫专项助学金). */
    private static final Set<String> ATTRIBUTES = Set.of("标准", "规模", "金额", SHARE_RATIO, "数量", "总数", "总额", "总量", "现价总量");
    /** An index alone is of what moved in the clause before (城市居民消费价格小幅下降，总指数为99.5), not of any clause. */
    private static final Set<String> INDEXES = Set.of("总指数", "指数");
    /** Real or nominal terms of a change: of the level stated before it (人均可支配收入达15705元，实际增长7.3%). */
    private static final Set<String> TERMS = Set.of("实际", "名义");
    /** Rises and falls: alone they name nothing without what moved. */
    private static final Set<String> MOVES = Set.of("涨幅", "跌幅", "增幅", "降幅");
    /**
     * Attributes of a thing the sentence opens with (一是晟源休闲山庄，投资约500万元，…建筑面积730平方米): they name
     * nothing without it.
     */
    private static final Set<String> TOPIC_ATTRIBUTES = Set.of(
            "投资", "总投资", "建筑面积", "占地面积", "占地", "面积", "总面积", "产值", "年产值", "总产值", "全长", "总长", "长度");
    /** Words measuring something about the fact before them (冬小麦播种面积超过3000万亩，进度超过98%; 工程355处，惠及15.6万人). */
    private static final Set<String> RELATIVE_WORDS = Set.of("进度", "惠及");
    /**
     * A demonstrative ending the label points at the amount itself (“十四五”这五年, 让这两颗…恒星): it names nothing; a
     * bare verb of causing left before it (让这两颗并不相干的恒星) leaves the thing after the amount to name it.
     */
    private static final String POINTING_END = "这";
    private static final Pattern CAUSING_ONLY = Pattern.compile("[让使把将令叫]?");
    /** A short description between the amount and its 的 (并不相干的); past this the 的 is another phrase's. */
    private static final int MAX_POINTED_DESCRIPTION = 8;
    /** A farm named by a proper name and its kind (凉水林场, 兰山农场): a part the facts of a whole are listed by. */
    private static final Pattern NAMED_SITE = Pattern.compile("[\\p{IsHan}&&[^型级化]]{2,5}(?:林场|农场|茶场|渔场)");
    /** Kinds of farm, not a farm's name (国有林场, 家庭农场, 生态茶场). */
    private static final Pattern FARM_KINDS = Pattern.compile("国有|国营|集体|家庭|生态|休闲|高山|规模|新增|现代|观光|示范|龙头|专业");
    private static final String LIST_OPENER = "其中";
    private static final char FULL_STOP = '。';
    /**
     * A structure or site named alone in a clause (姜家店水库, 巨型花果篮, 柳河大桥): its head word says it is a built or
     * natural thing whose measures follow, not a frame, a doer or a deed (从主要税种收入看, 经实打验收).
     */
    private static final Pattern NAMED_STRUCTURE = Pattern.compile(
            "\\p{IsHan}{1,11}(?:水库|桥|花坛|雕塑|馆|公园|广场|工厂|电站|港口|码头|楼|塔|隧道|公路|铁路|运河|渠|坝|景区|山庄)");
    /** Having (全市拥有公共图书馆6个): the things counted are the topic the clauses after it hold attributes of. */
    private static final Pattern HAVING = Pattern.compile("(?:拥有|共有|有)");
    /** 有 written right before the things counted in their clause (全县有医院20所), not inside a word (没有, 所有, 具有). */
    private static final Pattern HAVING_BEFORE = Pattern.compile("(?<![没所具享占持含只])有$");
    /** Units counting facilities or bodies (6个, 20所, 3座): what a clause of having counts. */
    private static final Set<String> FACILITY_UNITS = Set.of("个", "所", "座", "家", "处");
    /** Measures of a region itself (人口, 耕地面积): no facility counted in it owns them. */
    private static final Pattern REGION_MEASURE = Pattern.compile("人口|面积");
    /** Divisions and their committees (行政村, 村委会, 社区, 乡镇) are parts of the region, no facilities owning its measures. */
    private static final Pattern DIVISION_UNITS = Pattern.compile("[村乡镇区县]$|社区|村委会|居委会|街道");
    /** 有 saying a part of the things just counted is there (33座隧道已有29座, 96个省中已有45个). */
    private static final String EXISTENTIAL = "有";
    private static final String AMONG = "中";
    /** 有 introducing what exists (另有, 仍有), not a verb of having or a total (拥有, 具有, 享有, 没有, 共有, 所有). */
    private static final Pattern EXISTENTIAL_OPENER = Pattern.compile("(?<![拥具享占持没所含共只])有$");
    /** Words opening a part of a whole counted before (其中1人为俄公民, 另2人为外国公民, 其中还有1200户是…). */
    private static final Pattern PART_OPENER = Pattern.compile("(?:其中|另外|另)(?:还有|有)?");
    /** The copulas saying what a part is (其中82.5%是非洲裔). */
    private static final String PART_COPULAS = "为是";
    /** Governing its parts (下辖, 辖, 管辖), not a district (辖区) nor a municipality (直辖市). */
    private static final Pattern GOVERNS = Pattern.compile("(?<!直)辖(?![区市])");
    private static final int MAX_OWNER_LENGTH = 12;
    /** Kind words ending the name of a division of a foreign country (魁北克省, 熊本县, 罗斯托夫州). */
    private static final String FOREIGN_DIVISION_KINDS = "省州县市镇邦";
    /** After a division's name these make it part of a body's (州立大学, 省属企业, 市辖区). */
    private static final String NAME_RUNS_ON = "立属辖";
    private static final int MIN_OWNER_LENGTH = 2;
    /** A possessor before a count opening its clause (周边, 本土, 该机构) is this long at most. */
    private static final int MAX_POSSESSOR = 3;
    /** A description before a count shorter than this after its places is a place's name (袭击了叙利亚德拉的两个军事地点). */
    private static final int MIN_DESCRIPTION = 3;
    /** A thing named by the topic before is at least a word of two characters (灌渠), not a measure word left over. */
    private static final int MIN_TOPIC_NOUN = 2;
    /** Counts joined by 和, 及 or 、 followed to the last one's predicate, at most. */
    static final int MAX_CONJOINED = 3;
    /** Words after the last of joined counts longer than this hold a predicate, not only its noun (非洲国家建立对口合作机制). */
    static final int MAX_JOINED_NOUN = 6;
    /** Prepositions that open no possessor (对俄军的1个集结区). */
    private static final String PREPOSITIONS = "对向在从把将被给为与和跟同";
    /** Coverbs opening a description of counted things (16部以现实题材为主的电视剧作品): the things are named after 的. */
    private static final String DESCRIPTION_COVERBS = "以由被在从对向经";
    /** 与 joining a partner to a subject count (14个市州与28个非洲国家建立…): what they do together names both. */
    static final String COMITATIVE = "与";
    /** Coverbs taking the things done to as object (对…实施改造, 与…签订, 把…串联); not inside words (对于, 绝对, 面对). */
    private static final Pattern COVERB = Pattern.compile("(?<![绝相面应针反核比查校配派成])对(?!于|比|接|外|象|话)|针对|(?<![参给赋])与(?!会)|(?<![一])把(?!握|关)");
    /** Coverbs before listed places, and the locative 在 saying the deed was done in them (在河南、安徽…5省启动…). */
    private static final Pattern PLACES_OPENER = Pattern.compile(COVERB.pattern() + "|在");
    /** A coverb of means (通过125家…以及2万多家…): the verb taking its object comes after it. */
    private static final String BY_WAY_OF = "通过";
    /** A verb of passing places (流经, 串联起) is a few characters long. */
    private static final int MAX_PLACE_VERB = 3;
    private static final String DONE = "已";
    /** A clause opening with a coverb or an adverb (把…用在了…, 在…实现了…, 均已…) goes on with the subject before it. */
    private static final Pattern PREDICATE_GOES_ON = Pattern.compile("(?:把|将|在|已经|已|均|都)(?=\\p{IsHan})");
    /** A clause of 在 ending in a time or a circumstance (在购买新能源汽车时): a frame of the predicate after it, none itself. */
    private static final Pattern FRAME_CLAUSE = Pattern.compile("^在.*(?:时|下|中|期间|之际|前|后|里)$");
    private static final Set<String> MEDAL_UNITS = Set.of("金", "银", "铜");
    /** Units that name the members of a group (九部门, 3省份): no noun stands between the amount and what they did. */
    private static final Set<String> NAMING_UNITS = Set.of("部门", "部委", "省份", "省市", "省区", "成员国");
    /**
     * Bodies counted as a group that acts: the deed describes them (联合印发指导意见的部门); not provinces, which a topic
     * names as often as a deed (3省份2021年GDP数据).
     */
    private static final Set<String> AGENCY_UNITS = Set.of("部门", "部委");
    /**
     * What bodies do together as a group (联合印发, 明确, 部署开展); not their officials' deeds (负责人出席), a document's
     * topic (关于做好…的通知) or a frame (以来), which name no such group.
     */
    private static final Pattern AGENCY_DEED = Pattern.compile(
        "(?:已经|已)?(?:联合|印发|发布|出台|部署|开展|启动|组织|推出|明确|下发|召开|制定|下达|预拨|拨付|安排)"
            + "(?!.*(?:负责人|以来|(?<!《)关于))");
    /** A note of the short name a document goes by (（以下简称《目录》）): no part of the deed. */
    private static final Pattern SHORT_NAME_NOTE = Pattern.compile("[（(](?:以下)?简称[^）)]*[）)]");
    /** A figure referred back to (这一数字, 这个数字, 该数字): the thing the fact before measured. */
    private static final String FIGURE = "数字";
    private static final Pattern FIGURE_REFERRED_BACK =
        Pattern.compile("(?:这一|这个|该|(?<![因如从彼])此)数字(?!经济|化|技术|产业|资产|货币|人民币|中国|政府|乡村)");
    private static final String HOUSEHOLD_UNIT = "户";
    private static final String POPULATION = "人口";
    /** Units that count people: a population heading (深度贫困人口) already names their count. */
    private static final Set<String> PEOPLE_UNITS = Set.of("人", "名", "口");
    private static final String AGE_UNIT = "岁";
    /**
     * A clause opening with the person it then says is one of a kind of a given age (嫌疑人是一名25岁的男子, 枪手是一名69岁
     * 男子): the age is the subject's, named by the subject (嫌疑人年龄), not by the kind after the age; not a pointing or
     * partitive subject (这名司机, 其中一人, 第一名).
     */
    private static final Pattern AGED_SUBJECT =
        Pattern.compile("^\\s*(?!其中|第|这|那|该|本|此)(\\p{IsHan}{2,5}?)(?<!一人)(?:是|为)一[名位个]$");
    /** Classifiers counting people only (名, 位): a one-character noun before 的 after them is the people's possessor. */
    private static final Set<String> PERSON_CLASSIFIERS = Set.of("名", "位");
    /**
     * A person named by a title or as an old person (患者陈先生, 张女士, 老人): it ends the person, the words
     * after it are what the person did or is like (经过半个月的治疗, 身体硬朗), never part of who it is.
     */
    private static final Pattern THROUGH_PERSON_TITLE = Pattern.compile(
        "^\\p{IsHan}*?(?:先生|女士|小姐|老人|老汉|大爷|大妈|阿姨|奶奶|爷爷|师傅)(?=\\p{IsHan})"
        // a title opening another noun is no title (女士兵, 小姐妹, 老人院, 老人护理员, 师傅级技工, 大爷爷)
        + "(?![兵官妹弟院护员级协爷妈])");
    private static final String VOTE_UNIT = "票";
    private static final String MAGNITUDE_UNIT = "级";
    private static final String MAGNITUDE = "震级";
    /** An earthquake; a magnitude's quake may be named otherwise (强震, 余震), always ending in 震. */
    private static final String QUAKE = "地震";
    private static final String MODIFIER_END = Phrases.MODIFIER;
    private static final String STOREY_UNIT = "层";
    private static final String STOREY_COUNT = "层数";
    /** Things that have storeys or layers: a building or a structure (居民楼, 写字楼, 厂房, 层压机), its head word ending it. */
    private static final Pattern STOREYED = Pattern.compile("\\p{IsHan}{0,4}[楼房屋厦塔馆舍机]");
    /** 4层楼高: a height told in storeys, of the thing after it. */
    private static final String BUILDING_HEIGHT = "楼高";
    /** Marks joining dimensions of one thing written side by side (东西宽30公里、南北长61公里). */
    private static final String COORDINATING_MARKS = "、和";
    private static final String COMING_FROM = "来自";
    /** Where a thing lies (景区所在的2个村): it places the wholes, no deed done to what they hold. */
    private static final String LYING_IN = "所在";
    /** 有 after a description (产量同比增长的有45种): the things counted are those that fit it. */
    private static final String LISTED_AS_FITTING = LongLabels.LISTED_AS_FITTING;
    /**
     * A verb making the things counted after it do something (带动一万多家企业实施数字化融合升级, 帮助近2000名女孩走出大山):
     * what they were brought to do says which things are counted.
     */
    static final Pattern PIVOT_VERB = Pattern.compile("(?:带动|帮助|推动|吸引|引导|鼓励|支持|组织)了?");
    /**
     * Units that are the things counted themselves (吸引上万人涌入滨海村落): the words after such an amount are what the
     * things did, no noun of them.
     */
    private static final Set<String> SELF_NAMING_UNITS = Set.of("人", "人次");
    /**
     * Things drawn somewhere (吸引5万名游客，创历史新高; 吸引8万名观众，现场气氛热烈): the clause after them tells what the
     * draw came to, not what they did.
     */
    private static final String DRAW = "吸引";
    /** What the things were brought to do is a few words; a longer run (在疫情期间稳定生产经营并…) tells more than which. */
    static final int MAX_PIVOT_PREDICATE = 10;
    /** Words up to 的 describing what is counted after them, a demonstrative or pronoun not opening them. */
    private static final String DESCRIBING_CLAUSE = "(?![这那该此其本他她它于在])([^的对把将了、]{3,12})(?<!在内)的$";
    /**
     * A clause describing the counted things, opening right after the coverb, 包括 or the finished verb that takes them as
     * object (对涉嫌参与恐袭的10人, 包括直接实施恐袭的4名嫌疑人, 将省内规模最大的10家国企, 打击了胡塞武装控制区的四架无人机,
     * 遭到从黎巴嫩发射的约40枚火箭弹): it says which things are counted. Not one opening with a demonstrative or a pronoun
     * (对这家农场饲养的), nor 包括…在内 of a part.
     */
    private static final Pattern RELATIVE_AFTER_COVERB = Pattern.compile(
        "(?:(?<![绝相面应针反核比查校配派成])对(?![于比接外象话手])|(?<![一])把|将|包括|(?<![为除])了(?!解)|遭到|受到)"
            + DESCRIBING_CLAUSE);
    /**
     * Verbs putting forth proposals or measures (提出和平解决冲突的十点建议, 出台促进科技创新的50条措施): of things counted in
     * {@link #ITEM_UNITS} they take a describing clause as a finished verb does; before other things they may open the
     * clause describing them (提出改进意见的5家企业).
     */
    private static final Pattern RELATIVE_AFTER_PUTTING_FORTH = Pattern.compile("(?:提出|出台|推出|制定)" + DESCRIBING_CLAUSE);
    /**
     * A clause describing the counted things by the event or time they did something in (在特大洪涝灾害中牺牲的三位英烈,
     * 在地震中受损的300多间农房, 在疫情期间亏损的20家门店): it says which things are counted. 在 opens it, so it is found
     * after whatever verb governs the count (深切缅怀在…); the event and the deed stay, 在 and a leading time go. Not
     * 在逃, 在校, 在职… (verbs of their own) nor a time only pointed at (在此期间收治的), and 期间 is one word
     * (在春节期间的7天假期).
     */
    private static final Pattern RELATIVE_IN_EVENT = Pattern.compile(
        "在(?![逃校职岗任建押读世]|[此这那其该](?:期间|时|中))([^的，、在]{1,14}?(?:中|时|期间|期(?!间)))([^的，、在]{1,8})的$");
    /** Measure words of the items a statement or a policy is made of. */
    private static final Set<String> ITEM_UNITS = Set.of("点", "条", "项");
    /** What a whole is made up of (…3个板块组成): 由 before its parts is no "by" there. */
    private static final Pattern MADE_UP = Pattern.compile(PartsOfWholes.MAKING_UP_VERBS);
    /** Words joining two opposites: their second half (出口 after 进出口) is a sibling of the whole, not a part of it. */
    private static final List<String> PAIRED_WORDS = List.of("进出口", "进出境", "出入境", "收支", "产销", "购销");
    /** The halves a paired whole is broken down into (进出口 → 出口, 进口): each is of the whole's scope (对中亚五国出口). */
    private static final Map<String, Set<String>> PAIR_HALVES = Map.of(
            "进出口", Set.of("进口", "出口"), "进出境", Set.of("进境", "出境"), "出入境", Set.of("出境", "入境"));
    private static final List<String> VOTE_STANCES = List.of("赞成", "反对", "支持", "弃权");
    private static final Set<String> TIME_SPAN_UNITS = QuantityScope.TIME_SPAN_UNITS;
    /** Facts that state a thing's amount, which may own an attribute after them: no change, no span of time. */
    private static final Predicate<Quantity> THING_FACT = q -> q.change() == null && !TIME_SPAN_UNITS.contains(q.unit());
    /** A streak (已连续31个月超过30%) is named by the condition that held. */
    private static final String STREAK = "连续";
    /** A share named by its part and its whole (实际使用外资占全国实际使用外资), no word of share after the whole (比重, 比例). */
    private static final Pattern SHARE_OF_WHOLE = Pattern.compile("(\\p{IsHan}{2,}?)占(?![比有用据领地])\\p{IsHan}{2,}(?<!比重|比例|份额|比率)");
    /** A change verb is one or two characters (增, 提高). */
    private static final int MAX_CHANGE_VERB = 2;
    /** Point and basis-point changes are changes of a rate given in percent. */
    private static final Set<String> RATE_CHANGE_UNITS = Set.of("个百分点", "基点");

    /** The words naming a counted group of places before its count (粤港澳大湾区内地) are this long at most. */
    private static final int MAX_GROUP_NAME = 12;
    /**
     * A group of places counted in figures (粤港澳大湾区内地9市, 西部陆海新通道沿线13+2省) opening a label is who did it, the
     * region, not what is measured: the words after it (进出口, 经通道进出口) are.
     */
    private static final Pattern PLACE_GROUP = Pattern.compile(
        "^[\\p{IsHan}“”]{0," + MAX_GROUP_NAME + "}?[0-9０-９]+(?:\\+[0-9０-９]+)?个?(?:省区市|省市|省份|省|市|县|地市|城市|国)"
            // not the start of a word (市场份额, 国产品牌)
            + "(?![场民值产品内外际家])(?=\\p{IsHan}{2})");

    /**
     * Places listed and closed by 多地 or 等地 (东北中南部、华北、江南多地最高气温升幅, 多地恶劣天气死亡) open a label with where, not
     * what: the words after them are the measure. The list is a few places long at most, and a list (居民更多地选择 is no
     * place); 地 opening a word (等地区, 许多地方, 多地震) is no such close.
     */
    private static final List<String> LISTED_PLACES_CLOSES = List.of("多地", "等地");
    private static final Pattern LISTED_PLACES = Pattern.compile(
        "^(?:(?:[\\p{IsHan}]{2,6}、){1,5}[\\p{IsHan}]{0,6}?)?(?:多地|等地)(?![区方域点带震块])(?=\\p{IsHan}{2})");
    /** A bare measure (利润, 利润总额) is this long at most; a longer label names its thing. */
    private static final int MAX_BARE_MEASURE = 5;
    /** A measure or dimension that a topic clause before it owns (全长, 顶高) is this long at most. */
    private static final int MAX_TOPIC_ATTRIBUTE = 4;
    private static final String VISITS_UNIT = "人次";
    private static final String TOTAL_PREFIX = "总";
    private static final char LIST_COMMA = Phrases.ENUMERATION_COMMA;
    /** Verbs of change a magnitude (下降幅度, 提高幅度) is of. */
    private static final Pattern MOVE_MAGNITUDE = Pattern.compile("(上升|下降|提高|降低|增长|减少|上涨|下跌|增加|回落|扩大|缩小|收窄)幅度");
    /** A dimension named by one adjective (高, 顶高, 坝高, 宽): an attribute of a thing, like 全长. */
    private static final Pattern DIMENSION_WORD = Pattern.compile("(?:(?![提最升增加抬])\\p{IsHan})?[高宽深]");
    /** Verbs of thinking and saying: a clause with one before its copula reports a view (该村认为发展产业是关键). */
    private static final Pattern REPORTED = Pattern.compile("认为|表示|指出|觉得|希望|强调|说|称");
    /** A copula saying what the topic is (该大桥为双塔双索面斜拉桥). */
    private static final Pattern COPULA = Pattern.compile("(?<=[\\p{IsHan}]{2})(?<![作成认因行称视以而更都只])(?:为|是)");

    private final PlaceWords placeWords;

    /** A labeler that recognizes place names with the shared region resolver. */
    public MetricLabeler() {
        this(RegionResolver.shared());
    }

    public MetricLabeler(RegionResolver places) {
        this.placeWords = new PlaceWords(places);
    }

    /**
     * The verb taking the list of examples before the amount (覆盖肿瘤、代谢等); a list too long for the phrase bound
     * (举办徒步、骑行、…、露营等十余项活动) is read from its clause start, the verb coming before its first item.
     */
    private static String verbBeforeExamples(QuantityScope scope, String items) {
        String verb = Phrases.verbBeforeExamples(items);
        String clause = verb.isEmpty() ? scope.leftCutByBound() : "";
        return clause.isEmpty() ? verb : Phrases.verbBeforeExamples(clause);
    }

    /** For a labeling told no words the post writes its places with (a quantity labelled alone, a text without places). */
    private static final Predicate<String> NO_WRITTEN_PLACES = words -> false;

    /** Label of what {@code quantity} measures, from the text around it; "" when nothing sensible is found. */
    public String label(String text, Quantity quantity) {
        return label(text, quantity, AmountSpotter.inParagraphOf(text, quantity.start()));
    }

    /**
     * As {@link #label(String, Quantity)}, knowing the other quantities of the text (any superset of the
     * paragraph's): they bound the phrases exactly and pair enumerated amounts with their items.
     */
    public String label(String text, Quantity quantity, List<Quantity> textQuantities) {
        return labelAlone(placeWords, text, quantity, textQuantities);
    }

    /** The label of one quantity by a labeling of its own, which borrows from no other labeling's findings. */
    private static String labelAlone(PlaceWords placeWords, String text, Quantity quantity, List<Quantity> textQuantities) {
        return new Labeling(placeWords).of(QuantityScope.of(text, quantity, textQuantities));
    }

    /**
     * The labels of all the quantities of a text, in their order: one labeling shares what it found, so a long run of
     * parallel facts (柳河镇10069.58公顷，五道沟镇4203.95公顷，… each borrowing the whole's measure) is labelled to its end.
     */
    public List<String> labels(String text, List<Quantity> textQuantities) {
        return labels(text, textQuantities, NO_WRITTEN_PLACES);
    }

    /**
     * As {@link #labels(String, List)}, knowing which words the post writes its places with (the place context's
     * short forms and list heads, which no lexicon test finds): a label of only those names no thing.
     */
    public List<String> labels(String text, List<Quantity> textQuantities, Predicate<String> writtenPlaceName) {
        Labeling labeling = new Labeling(placeWords, writtenPlaceName);
        List<String> out = new ArrayList<>(textQuantities.size());
        for (Quantity q : textQuantities) {
            out.add(labeling.of(QuantityScope.of(text, q, textQuantities)));
        }
        return out;
    }

    /** Whether a word is an attribute that names nothing without its topic (数量, 规模). */
    static boolean isAttribute(String word) {
        return ATTRIBUTES.contains(word);
    }

    /**
     * Whether words hold a coverb or open with a preposition (公司把, 通过, 由, 将): a count after them is the coverb's
     * object, and the verb doing something to it comes after the count, not before it.
     */
    static boolean holdsCoverb(String words) {
        return !words.isEmpty() && (COVERB.matcher(words).find() || words.startsWith(BY_WAY_OF)
            || PREPOSITIONS.indexOf(words.charAt(0)) >= 0 || DESCRIPTION_COVERBS.indexOf(words.charAt(0)) >= 0);
    }

    /**
     * One labeling call. A label may borrow a neighbour's (inherited, widened), which may borrow again; the depth
     * bound keeps a call's cost constant however many amounts the paragraph has.
     */
    private static final class Labeling {
        private static final int MAX_BORROWS = 4;
        private final Map<Quantity, String> labelled = new HashMap<>();
        /** Quantities labelled as a category of an earlier whole. */
        private final Set<Quantity> categories = new HashSet<>();
        private final PlaceWords placeWords;
        /** Whether words are a place's name as the post writes it. */
        private final Predicate<String> writtenPlaceName;
        /** The thing a list heading counts in a unit, by unit and the heading line's start: every item asks for it. */
        private final Map<HeadingUnit, String> headingThings = new HashMap<>();
        private int depth;

        Labeling(PlaceWords placeWords) {
            this(placeWords, NO_WRITTEN_PLACES);
        }

        Labeling(PlaceWords placeWords, Predicate<String> writtenPlaceName) {
            this.placeWords = placeWords;
            this.writtenPlaceName = writtenPlaceName;
        }

        String of(QuantityScope scope) {
            String computed = labelled.get(scope.quantity);
            if (computed == null) {
                computed = compute(scope); // not computeIfAbsent: computing borrows labels, which adds to the map
                labelled.put(scope.quantity, computed);
            }
            String befell = Casualties.withoutCause(Casualties.named(scope, computed));
            String widened = SubjectBeforeList.widen(scope, LongLabels.concise(befell, scope.quantity.unit()), placeWords);
            // each rule takes the label the one before made, in this order
            // counts joined after one verb (串联起18个乡镇街道、200多个村 → 串联起村)
            String named = JoinedObjects.named(scope, widened, other -> neighbour(scope, other));
            // counts joined as owners of one object (提升3061个村、156.3万人口的饮水安全条件 → 提升饮水安全条件的村)
            named = PossessedObjects.named(scope, named);
            // kinds counted before their shared noun (3项国家级、6项省级非物质文化遗产 → 国家级非物质文化遗产), or after the
            // first kind's (省级规范化合作社2家，市级4家 → 市级规范化合作社)
            named = SharedKinds.named(scope, named, other -> neighbour(scope, other));
            named = PricedDeals.named(scope, named);
            // a time span measuring how long something went on (工作三年 → 工作时长, 履职七年来 → 履职时间)
            named = Durations.named(scope, named);
            // a term after the office filled in the clause before (选举…为古巴国家主席，任期5年 → 古巴国家主席任期)
            named = OfficeTerms.named(scope, named);
            // years of history (有着200多年历史的老屋 → 老屋历史)
            named = Histories.named(scope, named);
            // parts making up a whole (10多个部门组成的协调小组 → 组成协调小组的部门)
            named = PartsOfWholes.named(scope, named);
            named = Deadlines.named(scope, named);
            // money named by its allotting verb alone takes what it was for (投入3亿元实施…项目 → 投入实施…项目)
            named = FundedPurposes.named(scope, named);
            // aspects framing a deed (从九个方面提出明确要求 → 提出明确要求的方面)
            named = Aspects.named(scope, named);
            named = SchemeRates.named(scope, named);
            // an amount ranked by (对欧盟进出口以4905.2亿元继续排第一 → 对欧盟进出口)
            named = Rankings.named(scope, named, writtenPlaceName, () -> rankedParallel(scope));
            named = ParallelDeeds.named(scope, named);
            // a part of the things counted before reached by a later deed (收集问题诉求770多个，已解决330多个 → 解决问题诉求)
            named = FollowUpDeeds.named(scope, named, other -> neighbour(scope, other));
            // listed counts taking part in one act (25000名军人、167艘舰艇…参加了战备检查 → 参加战备检查的军人)
            named = SharedPredicates.named(scope, named);
            // parts of a whole divided (将食品添加剂的生产许可分为…等6个细类 → 食品添加剂的生产许可细类)
            named = Partitions.named(scope, named);
            named = TitledTopics.named(scope, named);
            named = TemperatureSwings.named(scope, named);
            named = Widenings.named(scope, named);
            named = Batches.named(scope, named, other -> neighbour(scope, other));
            // a move after its mover (比亚迪电子涨逾5% → 比亚迪电子涨幅)
            named = MoveRates.named(scope, named);
            // doers counted before what they did together (18个部门单位共同举办的…活动 → 共同举办…活动的部门单位)
            named = JointDeeds.named(scope, named);
            // a share of a whole before 的 doing something (中央财政资金的七成投向了民生领域 → 中央财政资金投向民生领域占比)
            named = WholeShares.named(scope, named);
            named = GroupShares.named(scope, named);
            return thingOfPlaceNamed(scope, named);
        }

        /**
         * For a label that is only a place's name as the post writes it (其中代化1905户, 长寨：596套 under 计划新建安置房2122套),
         * which says where, not what: the thing of the parallel fact before ({@link #parallelFact}, as for a place the
         * lexicon knows alone, 江西省也达到597.5亿元), else the one its list's heading counts; else the label as it is.
         */
        private String thingOfPlaceNamed(QuantityScope scope, String named) {
            if (!writtenPlaceName.test(named)) {
                return named;
            }
            String parallel = parallelFact(scope);
            String thing = parallel.isEmpty() ? headingThing(scope) : parallel;
            return thing.isEmpty() ? named : thing;
        }

        /**
         * The measure of the fact a place ranked by an amount alone goes on from (深圳以14324.47亿元位居第一): the last fact
         * of its unit in the sentence, or in the paragraph when the sentence opens as a part of what came before (其中，…);
         * a fact ranked likewise (南京以3800亿元排名第二，苏州以5300亿元…) passes on the measure it ranks by. "" when none.
         */
        private String rankedParallel(QuantityScope scope) {
            boolean partOfBefore = scope.text.startsWith(LIST_OPENER, scope.sentence.start());
            Predicate<Quantity> sameUnit = sameUnit(scope.quantity);
            QuantityScope at = scope;
            for (int i = 0; i < MAX_BORROWS; i++) {
                Quantity previous = at.previous(sameUnit, !partOfBefore);
                if (previous == null) {
                    return "";
                }
                at = scope.of(previous);
                String label = neighbour(scope, previous);
                if (!Rankings.ranks(at)) {
                    return label;
                }
                String measure = Rankings.measure(at, label, writtenPlaceName);
                if (!measure.isEmpty()) {
                    return measure;
                }
            }
            return "";
        }

        /** The label of the last fact before in the same unit: parallel facts (柳河镇10069.58公顷，五道沟镇4203.95公顷). */
        private String parallelFact(QuantityScope scope) {
            return previousLabel(scope, sameUnit(scope.quantity), false);
        }

        /**
         * For an item line of a list (长寨：596套…), the label of the last amount of its unit in the heading line the items
         * follow ({@link SectionHeading#itemListHeadingStart}); "" when there is none or it counts nothing of the unit.
         */
        private String headingThing(QuantityScope scope) {
            int headingStart = SectionHeading.itemListHeadingStart(scope.text, scope.paragraph.start(), scope.paragraph.end());
            return headingStart < 0 ? "" : thingCountedIn(scope.text, headingStart, scope.quantity);
        }

        /** A list heading line, by where it starts, and a unit its items count in. */
        private record HeadingUnit(int headingStart, String unit) {
        }

        /** The label of the heading line's last amount of the unit, once per heading; "" when it has none. */
        private String thingCountedIn(String text, int headingStart, Quantity item) {
            HeadingUnit key = new HeadingUnit(headingStart, item.unit());
            String known = headingThings.get(key);
            if (known == null) {
                Predicate<Quantity> sameUnit = sameUnit(item);
                // the heading line's own amounts, as label(text, quantity) spots them for a quantity alone: the heading is
                // labelled as if read by itself, untouched by this post's labeling
                List<Quantity> heading = AmountSpotter.inParagraphOf(text, headingStart);
                known = "";
                for (int i = heading.size() - 1; i >= 0; i--) {
                    if (sameUnit.test(heading.get(i))) {
                        known = labelAlone(placeWords, text, heading.get(i), heading);
                        break;
                    }
                }
                headingThings.put(key, known);
            }
            return known;
        }

        private String neighbour(QuantityScope scope, Quantity other) {
            String known = labelled.get(other);
            if (known == null && depth < MAX_BORROWS) {
                depth++;
                known = compute(scope.of(other));
                depth--;
                labelled.put(other, known);
            }
            return known == null ? "" : known;
        }

        private String compute(QuantityScope scope) {
            String raw = computeRaw(scope);
            if (Reversals.turns(scope)) {
                // a rate written in a turn (由下降5.0%转为增长21.5%) is of the thing that turned, maybe the fact before's
                String thing = Reversals.thing(scope, raw);
                raw = thing.isEmpty() ? inherited(scope) : Reversals.isBareRate(thing) ? inherited(scope) + thing : thing;
            }
            String label = Frames.without(raw);
            if (!label.equals(raw) && Phrases.nameNothing(label)) {
                // only the frame named anything (在上一年的基础上增长10%): the amount goes on with the fact before it
                String inherited = inherited(scope);
                return inherited.isEmpty() ? raw : inherited;
            }
            String assorted = Phrases.withoutAssortment(label);
            if (assorted.isEmpty()) {
                // how varied the things are (在当地有大大小小3万多条) says nothing of what they are: the thing the clause before
                // names does, past what describes it (像这样流淌着一泓清水的灌渠 → 灌渠)
                String inherited = inherited(scope);
                String thing = Phrases.afterLastModifier(inherited);
                return thing.length() < MIN_TOPIC_NOUN ? label : thing;
            }
            return Reporters.without(withoutPointing(scope, withoutPlaceGroup(Affixes.withoutGroupOrLinkEnd(assorted))),
                scope.left());
        }

        /** The label without a demonstrative pointing at the amount (你担任行政长官这5年 → 你担任行政长官). */
        private String withoutPointing(QuantityScope scope, String label) {
            if (!label.endsWith(POINTING_END)) {
                return label;
            }
            String before = label.substring(0, label.length() - POINTING_END.length());
            if (!CAUSING_ONLY.matcher(before).matches()) {
                return before;
            }
            // the things pointed at, past what describes them (让这两颗并不相干的恒星 → 恒星)
            String after = scope.right(false);
            int described = after.indexOf(MODIFIER_END);
            String thing = Phrases.after(after, false, true);
            boolean shortDescription = described >= 0 && described <= MAX_POINTED_DESCRIPTION;
            thing = thing.isEmpty() && shortDescription ? Phrases.after(after.substring(described + 1), false) : thing;
            return thing.isEmpty() ? before : thing;
        }

        private String computeRaw(QuantityScope scope) {
            String restated = Phrases.restatedInNextSentence(scope.text, scope.quantity, scope.sentence);
            if (!restated.isEmpty()) {
                return restated;
            }
            String item = Enumeration.itemOf(scope);
            if (!item.isEmpty()) {
                return item;
            }
            Quantity paired = Enumeration.pairedAmount(scope);
            if (paired != null) {
                String pairedLabel = Enumeration.withPairedAveraging(scope, neighbour(scope, paired));
                return pairedLabel + (Enumeration.pairsShares(scope) ? SHARE : "");
            }
            Quantity from = scope.leftStartsAfterAmount() ? scope.previous(q -> !scope.isTimeSpanFrame(q), true) : null;
            if (from != null && Phrases.fromTo(scope.of(from).left(), scope.left())) {
                // 合作社由十年前的不足百个发展到目前的1735个: what went from one amount to the other
                return neighbour(scope, from);
            }
            boolean afterCountNoun = false;
            boolean partOfCounted = false;
            // only a count of places and its noun before this one, maybe with 的 (欧洲25个国家227个城市, 26个国家的235个城市)
            boolean withinCountedPlaces = false;
            // an amount naming its own thing that opens a title's clause after a space (暴风雪肆虐美东北部 近45万用户停电): the
            // clause before the space is another fact's
            boolean opensSpacedClause = Phrases.endsInClauseSpace(scope.left()) && !scope.nounAfter().isEmpty();
            String raw = opensSpacedClause ? "" : placeWords.afterLocative(
                    Phrases.afterExamples(Phrases.afterFrame(Phrases.afterSpace(scope.left()))),
                    () -> !scope.predicateAfter().isEmpty());
            String counted = Phrases.afterTotalMarker(raw);
            if (counted.length() < raw.length()) {
                raw = counted;
            } else if (scope.leftStartsAfterAmount()) {
                // after another amount only the last item of the enumeration names this one (、林业收入1033万元)
                raw = Phrases.afterLastSeparator(raw);
                String own = withoutNounOfCountBefore(scope, raw);
                afterCountNoun = own.length() < raw.length();
                String noun = raw.substring(0, raw.length() - own.length());
                withinCountedPlaces = afterCountNoun && (own.isEmpty() || own.equals(MODIFIER_END))
                    && PlaceWords.namesKindOfPlace(noun);
                if (afterCountNoun && Affixes.strip(own).isEmpty() && own.endsWith(EXISTENTIAL)) {
                    // a part of the things just counted (33座隧道已有29座, 96个省中已有45个): they name it, what the
                    // part did says which
                    own = noun.endsWith(AMONG) ? noun.substring(0, noun.length() - AMONG.length()) : noun;
                    partOfCounted = true;
                }
                raw = own;
            }
            raw = Anaphors.resolved(scope, raw);
            String notes = Phrases.withoutNotes(raw);
            String stripped = Affixes.strip(notes);
            if (scope.quantity.counted() && scope.quantity.change() == null && notes.endsWith(LISTED_AS_FITTING)) {
                // the things that fit a description (产量同比增长的有45种): a change in it is what they share, not a change
                // of the count, so it stays
                String fitting = Affixes.stripLeading(notes.substring(0, notes.length() - LISTED_AS_FITTING.length()));
                boolean changeEnds = fitting.startsWith(stripped) && fitting.length() > stripped.length()
                    && Affixes.strip(fitting.substring(stripped.length())).isEmpty();
                stripped = changeEnds ? fitting : stripped;
            }
            String withoutDoer = Phrases.fromPickingVerb(Phrases.afterOrganization(withoutLeadingPlacesBut(stripped)),
                scope.text, scope.quantity.start(), () -> !scope.predicateAfter().isEmpty());
            String left = scope.quantity.change() != null ? Phrases.afterDisposal(withoutDoer) : withoutDoer;
            String afterBase = scope.quantity.change() == null ? Phrases.afterLeadingBase(left) : null;
            if (afterBase != null && (afterBase.isEmpty() || afterBase.length() >= MIN_NOUN_AFTER_BASE)
                    && !Phrases.isRelativeRate(afterBase)) {
                // the base of a comparison (比2020年的73129亿元) is an amount of the thing compared, named after it
                // (相比2020年102719亿元的GDP) or before it (相比2020年广东GDP总量110760.94亿元); a rate against the
                // base (相比2019年增长率) keeps it
                boolean namedAfter = !thingAfter(scope).isEmpty();
                String thing = afterBase.isEmpty() && !namedAfter ? Phrases.beforeBaseOfChange(comparedThing(scope)) : "";
                if (!thing.isEmpty()) {
                    return thing;
                }
                left = placeWords.withoutLeadingPlaces(afterBase);
            }
            String partOfWhole = partOfWhole(scope);
            if (!partOfWhole.isEmpty()) {
                return partOfWhole;
            }
            ListHeading heading = ListHeading.of(scope);
            if (heading != null && heading.names(scope, left)) {
                return heading.total() != null ? neighbour(scope, heading.total()) : heading.thing();
            }
            String price = Phrases.quotedPrice(left);
            if (!price.isEmpty()) {
                // an index or a rate is named with its price (恒指报价, 在岸人民币兑美元现价); a security quoted by its code
                // (海伦司(09869.HK)…现报17.96港元) is the price of the post's stock
                return Phrases.quotesSecurity(scope.text.substring(scope.sentence.start(), scope.quantity.start()))
                    ? price : mover(scope) + price;
            }
            String rateAgainstBase = scope.quantity.change() != null ? Phrases.rateAgainstBase(left, raw) : "";
            if (!rateAgainstBase.isEmpty()) {
                // a rate alone says nothing without the base it changed against (增速比上年提高1.5个百分点 → 增速比上年)
                return rateAgainstBase;
            }
            if (scope.quantity.change() != null && Phrases.onlyBaseOfChange(left)) {
                String thing = Phrases.beforeBaseOfChange(comparedThing(scope));
                Matcher share = SHARE_OF_WHOLE.matcher(thing);
                if (RATE_CHANGE_UNITS.contains(scope.quantity.unit()) && share.matches()
                        && !thing.endsWith(SHARE)) {
                    // points gained or lost by a share (占全国实际使用外资的12.8%，较去年同期提高2.4个百分点) change the share,
                    // named by its part (实际使用外资占比较去年同期提高), not the whole it is a share of
                    return share.group(1) + SHARE + left + changeVerbAfter(scope);
                }
                if (!thing.isEmpty()) {
                    return thing + left;
                }
            }
            boolean nounAfter = !scope.predicateAfter().isEmpty();
            if ((left.isEmpty() && !stripped.isEmpty() || isListedFarm(scope, left)) && !nounAfter) {
                // a place alone (江西省也达到597.5亿元) or a site by its name (其中：凉水林场18351.99公顷) goes on with the
                // thing of the fact before: parallel facts
                String parallel = parallelFact(scope);
                if (!parallel.isEmpty()) {
                    return parallel;
                }
            }
            if (left.equals(SHARE_VERB) || left.equals(SHARE)) {
                return inherited(scope) + SHARE;
            }
            String move = Phrases.marketMove(raw);
            if (!move.isEmpty()) {
                String previous = move.length() == 2 ? inherited(scope) : "";
                return previous.isEmpty() ? move : previous;
            }
            if (scope.quantity.unit().equals(VOTE_UNIT)) {
                // votes are counted by their stance (以363票赞成、70票反对 → 赞成票, 反对票)
                String after = scope.restOfClause();
                String stance = VOTE_STANCES.stream().filter(after::startsWith).findFirst().orElse("");
                if (!stance.isEmpty()) {
                    return stance + VOTE_UNIT;
                }
            }
            if (scope.quantity.unit().equals(MAGNITUDE_UNIT)
                    && !WindForce.at(scope.text, scope.quantity.start(), scope.quantity.end())) {
                // a wind force is named by its own words (沿海风力, 预计阵风); a magnitude is of the quake named right after it (7.1级强震 → 强震震级), else of an earthquake (里氏7.1级)
                String after = scope.restOfClause();
                after = after.startsWith(MODIFIER_END) ? after.substring(MODIFIER_END.length()) : after;
                boolean named = after.length() >= QUAKE.length() && after.charAt(QUAKE.length() - 1) == QUAKE.charAt(1);
                return (named ? after.substring(0, QUAKE.length()) : QUAKE) + MAGNITUDE;
            }
            if (scope.quantity.unit().equals(AGE_UNIT)) {
                Matcher aged = AGED_SUBJECT.matcher(scope.left());
                if (aged.find()) {
                    return aged.group(1) + UNIT_NOUNS.get(AGE_UNIT);
                }
                // an age before 的 is the age of the person named after it (一名5岁左右的儿童 → 儿童年龄, also in a range:
                // 从3岁的幼儿到80岁的老人); an age a rule changes from (参赛年龄由18至25周岁调整为…) is followed by the
                // change's verb, no person
                String person = throughPersonTitle(scope.nounAfter());
                if (!person.isEmpty() && (scope.right(false).startsWith(MODIFIER_END)
                        || !Phrases.fromTo(scope.left(), scope.right(false)))) {
                    return person + UNIT_NOUNS.get(AGE_UNIT);
                }
            }
            String storeyed = storeyedThing(scope);
            if (!storeyed.isEmpty()) {
                return storeyed;
            }
            String described = describedThing(scope, left);
            if (!described.isEmpty()) {
                return described;
            }
            // the words leading to the to-amount of a change (由不足百个发展到1735个) name no noun of the from-amount
            // at a clause start, or after the noun of a count it is a part of, the count is the subject and its predicate
            // names it; a count describing another count after it (2个乡镇10个村的4567人) is no subject
            boolean subject = (left.isEmpty() || partOfCounted)
                && !(afterCountNoun && !scope.right(true).equals(scope.right(false)));
            // a count opening its clause after only a short possessor and 的 (周边的15个村从此有了…, 法国本土的13个大区均有…,
            // 该机构的三名工作人员…丧生) is still the clause's subject: what they did names them
            boolean possessed = !subject && scope.quantity.counted() && possessedSubject(scope, raw);
            // a count introduced by 有 after only a place or an adverb (另有6名袭击者在交火中受伤, 该省仍有124处林火在燃烧)
            // is the subject of the clause after it: what the things do names them
            possessed = possessed || !subject && scope.quantity.counted() && existentialSubject(scope, raw, left);
            subject = subject || possessed;
            // a count of things may be of a noun described after them (两个独立的调查委员会); money, a measure, a span of
            // time or an age before 的 measures the thing after it (300万贷款的延期, 五年过渡期的最后一年)
            boolean throughDescription = scope.quantity.counted();
            String wordsBefore = scope.left();
            String right = Phrases.fromTo(wordsBefore, scope.right(false)) ? ""
                : scope.after(subject, throughDescription);
            String afterAmount = scope.right(false);
            if (throughDescription && !subject && PERSON_CLASSIFIERS.contains(scope.quantity.unit()) && right.length() == 1
                    && afterAmount.startsWith(right + MODIFIER_END)) {
                // people are counted, not the one thing before 的 (2296名党的二十大代表 → 党的二十大代表)
                String people = Phrases.after(afterAmount.substring(right.length() + MODIFIER_END.length()), false);
                right = people.isEmpty() ? right : right + MODIFIER_END + people;
            }
            right = Varieties.named(scope, right);
            if (possessed) {
                // what the possessed things did names them, whenever they did it (该机构的三名工作人员15日在冲突中丧生)
                String undated = deedOfGroup(scope);
                right = undated.equals(scope.right(true)) ? right : Phrases.after(undated, true, true);
            }
            if (subject && !partOfCounted && scope.quantity.counted()) {
                right = withConjoinedPredicate(scope, right);
            }
            if (subject && !partOfCounted && PERCENT.equals(scope.quantity.unit())) {
                // a share of things (超六成企业，把…): what that part of them did says which part; a count of all the things
                // (3000亩杏花，在春光中次第盛开) is named well enough without what they do
                right = withPredicateInNextClause(scope, right);
            }
            if (throughDescription && !subject && right.indexOf(MODIFIER_END) >= 0) {
                String noun = scope.nounAfter();
                // a place the things are of (作为全国108个严重缺水城市之一的四川内江) is not what is counted, nor a whole they
                // make up (10多个部门组成的协调小组)
                if (right.startsWith(noun + MODIFIER_END) && (MADE_UP.matcher(noun).find()
                        || placeWords.withoutLeadingPlaces(right.substring(noun.length() + 1)).isEmpty())) {
                    right = noun;
                }
            }
            // a count that is the object of the words before it in its clause: a pivot verb, a cause or a coverb
            boolean objectCount = !subject && scope.quantity.counted() && !scope.leftStartsAfterAmount();
            String pivot = objectCount ? pivotVerbEnding(left) : "";
            if (!pivot.isEmpty()) {
                String predicate = scope.predicateAfter();
                String noun = scope.nounAfter();
                if (predicate.equals(noun) && scope.text.startsWith(noun, scope.chainEnd)
                        && !SELF_NAMING_UNITS.contains(scope.quantity.unit()) && !pivot.startsWith(DRAW)) {
                    // the things close their clause (组织全省1700多名农技骨干，下沉一线服务种粮大户): what they were brought to
                    // do is the next clause, which has no subject of its own; one opening with a time or a place (，今年以来
                    // 全部开工; ，全县经济稳步回升) tells of something else
                    String deed = scope.nextClauseAfter(scope.chainEnd + noun.length());
                    predicate = Phrases.isChinese(deed) && !FRAME_CLAUSE.matcher(deed).matches()
                        && !Affixes.startsWithTime(deed) && !Affixes.startsWithDeicticPlace(deed)
                        && placeWords.withoutLeadingPlaces(deed).equals(deed)
                        ? noun + deed : predicate;
                }
                // not when the deed describes someone after it (帮助近2000名女孩走出大山的“燃灯校长”)
                right = !noun.isEmpty() && predicate.length() > noun.length() && predicate.startsWith(noun)
                    && predicate.length() - noun.length() <= MAX_PIVOT_PREDICATE && predicate.indexOf(MODIFIER_END) < 0
                    ? predicate : right;
            }
            Optional<String> befell = objectCount ? Causes.befell(scope, left) : Optional.empty();
            if (befell.isPresent()) {
                right = befell.get();
                left = "";
            }
            boolean coverbObject = objectCount && coverbObject(wordsBefore, COVERB);
            // places listed and counted by their counter alone, the object of a coverb or where a deed was done
            // (针对福建、江西、广东3省启动…, 在河南…5省启动了…): the deed names them (启动…的省), not the doer before
            String placesDeed = objectCount ? ListedPlaceDeeds.named(scope) : "";
            if (!placesDeed.isEmpty() && coverbObject(wordsBefore, PLACES_OPENER)) {
                right = placesDeed;
                left = "";
                coverbObject = true;
            } else if (coverbObject) {
                // a count the object of a coverb (对124处大型灌区实施现代化改造, 与90多个国家和地区
                // 签订了…): the predicate after it says what was done to the things, the doer before it does not name them
                String predicate = scope.predicateAfter();
                String noun = scope.nounAfter();
                if (predicate.equals(noun)) {
                    predicate = noun + conjoinedPredicate(scope, scope.chainEnd + noun.length());
                }
                if (predicate.length() > noun.length() && predicate.startsWith(noun)) {
                    right = predicate;
                    left = "";
                } else {
                    coverbObject = false;
                }
            }
            String inside = Phrases.nounInside(scope.quantity);
            if (!inside.isEmpty() && PEOPLE_UNITS.contains(scope.quantity.unit())
                    && scope.right(false).startsWith(MODIFIER_END)) {
                right = ""; // 14亿多中国人的饭碗…: what follows is the counted people's, not what they are
            }
            if (right.isEmpty() && inside.isEmpty() && ListedPlaceCounts.isPlaceCounter(scope.quantity.unit())) {
                right = scope.quantity.unit(); // 武夷山国家公园跨江西、福建两省: the provinces listed are what is counted
            }
            if (right.length() > 1 && raw.endsWith(MODIFIER_END)
                    && !Affixes.endsWithTime(raw.substring(0, raw.length() - MODIFIER_END.length()))) {
                // a clause ending in 的 before the amount describes the noun after it (帮扶运营的18栋香菇大棚 → 香菇大棚);
                // a one-character noun (农户的4000多亩地) needs the words before it; a time (由十年前的) only dates it
                left = left.isEmpty() || possessed ? "" : deedOfDescribingAmount(scope, raw);
                Matcher relative = RELATIVE_AFTER_COVERB.matcher(raw);
                boolean relativeFound = relative.find();
                if (!relativeFound && ITEM_UNITS.contains(scope.quantity.unit())) {
                    relative = RELATIVE_AFTER_PUTTING_FORTH.matcher(raw);
                    relativeFound = relative.find();
                }
                String description = left.isEmpty() && !possessed && relativeFound
                    ? placeWords.withoutLeadingPlaces(relative.group(1)) : "";
                // a time (对上半年的12起案件) dates the things, it does not say which
                description = Affixes.startsWithTime(description) ? "" : description;
                if (description.isEmpty() && left.isEmpty() && !possessed) {
                    // a clause opened by 在 says which things wherever it follows the verb (缅怀在…洪涝灾害中牺牲的三位英烈)
                    Matcher inEvent = RELATIVE_IN_EVENT.matcher(raw);
                    description = inEvent.find() ? Affixes.stripLeading(inEvent.group(1)) + inEvent.group(2) : "";
                }
                if (description.length() >= MIN_DESCRIPTION) {
                    left = description + MODIFIER_END; // not a place alone (对黑龙江的两次讲话精神)
                }
            } else if (possessed || coverbObject) {
                left = "";
            } else {
                // a list of where the deed was done (在…、…等多个方向击退俄军数十次进攻): the deed names the things counted
                String listDeed = deedAfterList(scope, right, inside);
                if (!listDeed.isEmpty()) {
                    left = listDeed;
                } else if ((!right.isEmpty() || !inside.isEmpty()) && Phrases.enumerates(Phrases.withoutNotes(wordsBefore))) {
                    // the examples listed before the amount leave the label; the words before them stay (可通达…等13个国家)
                    // when the examples are places of the table and the clause is all before the amount; so with a noun
                    // written inside the amount (…建材及家具三大板块), as with one after it
                    String items = wordsBefore;
                    int place = placeWords.firstItemLength(items);
                    left = place < 0 || scope.leftStart() > scope.clause.start() ? ""
                            : placeWords.withoutLeadingPlaces(Affixes.strip(Phrases.beforeEnumeration(items, place)));
                    // examples after a verb taking a list (覆盖肿瘤、代谢等10个治疗领域) are what it was done to, and examples a
                    // whole holds (论坛设有主旨演讲…等20余项活动) are its parts: the verb or the whole names the things counted
                    // with their noun, the examples are no subject
                    String whole = left.isEmpty() && scope.leftStart() == scope.clause.start()
                        ? Phrases.wholeBeforeExamples(items, MADE_UP.matcher(scope.right(true)).find()) : "";
                    String namer = left.isEmpty() ? (whole.isEmpty() ? verbBeforeExamples(scope, items) : whole) : "";
                    String predicate = left.isEmpty() && namer.isEmpty() && scope.leftStart() == scope.clause.start()
                            ? Phrases.after(deedOfGroup(scope), true) : "";
                    int modifierEnd = predicate.indexOf(MODIFIER_END);
                    if (modifierEnd > 0 && (NAMING_UNITS.contains(scope.quantity.unit()) || !inside.isEmpty())) {
                        // the group only does what describes a thing (五部门组织的新能源汽车下乡活动在江苏启动): what it did
                        // to that thing names it (组织新能源汽车下乡活动)
                        String thing = Phrases.after(predicate.substring(modifierEnd + MODIFIER_END.length()), false);
                        right = thing.isEmpty() ? right : predicate.substring(0, modifierEnd) + thing;
                    } else if (modifierEnd > 0 && right.equals(predicate.substring(0, modifierEnd))
                            && openedByCoverb(right)) {
                        // the group's things are described before they are named (等16部以现实题材为主的电视剧作品荣获…): the
                        // description only says which; the things and what they did name them, as at a clause start
                        String deed = Phrases.after(predicate.substring(modifierEnd + MODIFIER_END.length()), true);
                        right = deed.isEmpty() ? right : deed;
                    } else if (!predicate.isEmpty() && modifierEnd < 0) {
                        // examples opening the clause are its subject (生态环境部等16个部门联合印发…): what the group did names
                        // it, as at a clause start; a noun after the amount and before 的 (144处区域的乌克兰军队目标) owns
                        // what follows, it does nothing
                        right = predicate;
                    }
                    left = left.isEmpty() ? namer : left;
                    if (inside.isEmpty() && right.equals(scope.quantity.unit())
                            && ListedPlaceCounts.isPlaceCounter(right) && left.length() <= MAX_PLACE_VERB
                            && Phrases.isChinese(left)) {
                        // the places a route or river runs through (京杭大运河苏南段全长212.2公里，流经镇江、常州、无锡、苏州四市):
                        // counted by what runs through them, named first in the sentence
                        left = runner(scope) + left;
                    }
                }
            }
            if (withinCountedPlaces && left.isEmpty() && inside.isEmpty() && !right.isEmpty() && scope.quantity.counted()) {
                // things counted right after the wholes they lie in (通达欧洲25个国家227个城市, 10个乡镇99个行政村): what
                // was done to the wholes is done to them, and names them with their own noun (通达欧洲城市)
                left = deedOfDescribingAmount(scope, raw);
            }
            return labelOf(scope, left, inside, right, afterCountNoun);
        }

        /**
         * The label of the words before, inside and after the amount as {@link #computeRaw} read them, completed where
         * they name too little. A method of its own: with it, computeRaw was too large for the JIT's first tier, and
         * ran interpreted for much of a run.
         */
        private String labelOf(QuantityScope scope, String left, String inside, String right, boolean afterCountNoun) {
            String label = Phrases.tidy(left + inside + right);
            if (MEDAL_UNITS.contains(scope.quantity.unit())) {
                label = Medals.named(scope, label, scope.quantity.unit()); // 共获3金2银 counts gold and silver medals
            }
            if (AGENCY_UNITS.contains(scope.quantity.unit()) && inside.isEmpty() && AGENCY_DEED.matcher(label).lookingAt()
                    && !label.endsWith(scope.quantity.unit())) {
                // a group of bodies named by what it did (11部门联合印发…, 五部门明确…) is counted as those bodies: the deed
                // describes them (联合印发指导意见的部门)
                label = SHORT_NAME_NOTE.matcher(label).replaceAll("");
                label = label + (label.endsWith(MODIFIER_END) ? "" : MODIFIER_END) + scope.quantity.unit();
            }
            if (label.equals(STREAK) || left.equals(STREAK) && label.equals(STREAK + right)) {
                // the condition is the next amount (连续31个月超过30%, 连续三年稳定在8000亿斤以上: the noun after the amount
                // ends before 在) or the predicate (连续21个月处于扩张区间)
                String through = scope.throughNextAmount();
                label = Phrases.tidy(STREAK + (through.isEmpty() ? scope.predicateAfter() : through));
            }
            if (Phrases.onlyFunctionWords(label)) {
                label = "";
            }
            if (label.startsWith(SHARE_VERB) && label.length() > SHARE_VERB.length() && SHARE_UNITS.contains(scope.quantity.unit())) {
                // a share names its base, not its part (…种植面积达37万公顷，占总播种面积的49.3%): the part is the thing of
                // the level stated before it in the sentence
                String part = previousLabel(scope, q -> q.change() == null && !scope.isTimeSpanFrame(q)
                        && !TIME_SPAN_UNITS.contains(q.unit()), true);
                if (!part.isEmpty() && !part.startsWith(SHARE_VERB)) {
                    return part + label;
                }
            }
            if (MOVES.contains(label)) {
                // a rise or fall alone (跌幅为8.01%) is of what moved in the clause before (纯碱期货主力合约跌停 → 纯碱期货主力合约)
                return Phrases.tidy(Phrases.mover(Phrases.afterFrame(scope.previousClauseTopic()))) + label;
            }
            if (INDEXES.contains(label)) {
                String moved = Phrases.afterFrame(scope.previousClauseTopic());
                String mover = Affixes.strip(moved);
                return Affixes.endsWithMove(moved) && !mover.isEmpty() ? Phrases.tidy(mover) + label : label;
            }
            if (MOVE_MAGNITUDE.matcher(label).matches()) {
                // a magnitude of a change (下降幅度达6.2%) is of what changed in the fact before it
                String moved = previousLabel(scope, q -> q.change() != null, true);
                if (!moved.isEmpty() && !MOVE_MAGNITUDE.matcher(moved).find()) {
                    return moved + label;
                }
            }
            if (ATTRIBUTES.contains(label)) {
                // an attribute alone (标准为1000元) is of the topic the clause before names (扶贫专项助学金，标准为…)
                String topic = describedTopicBefore(scope);
                if (topic.isEmpty()) {
                    topic = ownerOfAttribute(scope, label, false);
                }
                if (topic.isEmpty()) {
                    topic = groupOfShare(scope, label);
                }
                return topic + label;
            }
            if (isCompoundAttribute(label)) {
                // a compound attribute (总投资规模, 现价总量) is of the thing of the fact before, like its last word
                String owner = ownerOfAttribute(scope, label, false);
                if (!owner.isEmpty()) {
                    return owner + label;
                }
            }
            if (TOPIC_ATTRIBUTES.contains(label)) {
                String topic = Phrases.tidy(placeWords.withoutLeadingPlaces(Affixes.strip(Phrases.topic(scope.openingClause()))));
                if (topic.isEmpty()) {
                    topic = namedTopic(scope, label);
                }
                if (topic.isEmpty()) {
                    topic = spacedTopic(scope, label);
                }
                return (topic.isEmpty() ? ownerBefore(scope, label) : topic) + label;
            }
            if (TERMS.contains(label) && scope.quantity.change() != null) {
                String level = previousLabel(scope, q -> q.change() == null, true);
                return level.isEmpty() ? label : level + label;
            }
            if (RELATIVE_WORDS.contains(label)) {
                String previous = previousLabel(scope, q -> true, true);
                return (previous.isEmpty() ? BenefitingDeeds.before(scope, label) : previous) + label;
            }
            if (label.startsWith(FIGURE) && refersBack(scope.left())) {
                // 这一数字已增至近400头: the figure is the one the fact before gave (野生东北虎…这一数字)
                String previous = previousLabel(scope, q -> true, true);
                if (!previous.isEmpty()) {
                    return previous + label.substring(FIGURE.length());
                }
            }
            if (label.length() >= 2 && label.length() <= MAX_BARE_MEASURE && scope.quantity.change() == null && Phrases.isChinese(label)
                    && Phrases.withoutTrailingMeasure(label).isEmpty()) {
                // a bare measure opening its clause (利润达10万元) after a measure of a named thing in the same unit
                // (每栋草莓大棚收入13万元以上) is a sibling measure of that thing
                String owner = ownerOfAttribute(scope, label, true);
                if (!owner.isEmpty()) {
                    return owner + label;
                }
            }
            if (label.length() >= 2 && label.length() <= MAX_TOPIC_ATTRIBUTE && Phrases.isChinese(label)
                    && (Phrases.namesMeasure(label) && Phrases.withoutTrailingMeasure(label).isEmpty()
                        || DIMENSION_WORD.matcher(label).matches())) {
                // a bare measure or dimension opening the clause after one saying what the topic is (…为三统河源头，全长…)
                String topic = namedTopic(scope, label);
                if (!topic.isEmpty()) {
                    return topic + label;
                }
            }
            if (label.length() >= 2 && label.length() <= MAX_TOPIC_ATTRIBUTE && Phrases.isChinese(label)
                    && scope.quantity.change() == null) {
                // any attribute opening the clause after one naming a structure alone is the structure's (设计库容 of 水库)
                String structure = structureTopic(scope, label);
                if (!structure.isEmpty()) {
                    return structure + label;
                }
            }
            String had = ownerHad(scope, label);
            if (!had.isEmpty()) {
                return had + label;
            }
            String unitNoun = UNIT_NOUNS.getOrDefault(scope.quantity.unit(), "");
            if (scope.quantity.unit().equals(HOUSEHOLD_UNIT) && label.endsWith(POPULATION)) {
                // the households of a population (总人口15944户38943人 → 总户数, then 总人口)
                label = label.substring(0, label.length() - POPULATION.length()) + unitNoun;
            }
            String category = subCategory(scope, label);
            if (!category.isEmpty()) {
                return category;
            }
            if (label.length() > 1 || !label.isEmpty() && unitNoun.isEmpty()) {
                // a count after another count's noun (8个小二型水库10个塘坝) names its own thing, no part of the one before
                return afterCountNoun ? label : widened(scope, label);
            }
            // a change is of the thing named before it; a level naming nothing is named by its unit (4645户 → 户数),
            // unless it restates the group whose share was just given (人数占比52%，超过850万人次)
            if (scope.quantity.change() != null || unitNoun.isEmpty()) {
                String inherited = inherited(scope);
                if (!inherited.isEmpty() || scope.quantity.change() != null) {
                    return inherited;
                }
                return SectionHeading.countedAbove(scope.text, scope.paragraph.start(), scope.quantity.unit());
            }
            String shared = previousLabel(scope, q -> true, true);
            if (shared.endsWith(SHARE) && shared.length() > SHARE.length()) {
                return shared.substring(0, shared.length() - SHARE.length());
            }
            Quantity households = PEOPLE_UNITS.contains(scope.quantity.unit())
                ? scope.previous(q -> q.unit().equals(HOUSEHOLD_UNIT) && q.start() >= scope.clause.start(), true) : null;
            String householdLabel = households == null ? "" : neighbour(scope, households);
            String householdsNoun = UNIT_NOUNS.get(HOUSEHOLD_UNIT);
            if (householdLabel.length() > householdsNoun.length() && householdLabel.endsWith(householdsNoun)) {
                // the people of a population counted in households first (总人口7079户、26629人): 总户数, then 总人口
                return householdLabel.substring(0, householdLabel.length() - householdsNoun.length()) + POPULATION;
            }
            // a paragraph of bare counts under a heading line ((三）深度贫困人口 / 6303户，25039人) counts what it names
            String section = SectionHeading.before(scope.text, scope.text.lastIndexOf('\n', scope.quantity.start() - 1) + 1);
            if (section.isEmpty()) {
                return unitNoun;
            }
            boolean named = section.endsWith(POPULATION) && PEOPLE_UNITS.contains(scope.quantity.unit())
                    || section.endsWith(scope.quantity.unit()); // 贫困户 already counts households
            return named ? section : section + unitNoun;
        }

        /**
         * The pivot verb ending the words before a count, maybe with the place the things are of after it (带动, 组织全省):
         * the things counted are made to do something; "" when none.
         */
        private String pivotVerbEnding(String left) {
            MatchResult verb = Phrases.lastMatch(PIVOT_VERB, left);
            return verb != null && placeWords.withoutLeadingPlaces(Affixes.strip(left.substring(verb.end()))).isEmpty()
                ? verb.group() : "";
        }

        /**
         * The deed ending the words before a count after a list of examples and their kind (在…、…等多个方向击退俄军数十次
         * 进攻 → 击退俄军): it names the things counted with their noun, the list is no example of them; "" when none.
         */
        private static String deedAfterList(QuantityScope scope, String right, String inside) {
            return right.isEmpty() || !inside.isEmpty() || !scope.quantity.counted() ? ""
                : DeedsAfterLists.deed(Phrases.withoutNotes(scope.left()));
        }

        /**
         * The predicate after counts conjoined with this one (对124处大型灌区和1000多处中型灌区实施现代化改造 → 实施现代化改造):
         * that of the last count joined on from {@code from} by 和, 及, 、; "" when none is.
         */
        private String conjoinedPredicate(QuantityScope scope, int from) {
            for (int hops = 0; hops < MAX_CONJOINED; hops++) {
                Quantity next = scope.joinedAfter(from);
                if (next == null) {
                    return "";
                }
                QuantityScope other = scope.of(next);
                String predicate = other.predicateAfter();
                String noun = other.nounAfter();
                if (noun.isEmpty() || !predicate.startsWith(noun)) {
                    return "";
                }
                if (predicate.length() > noun.length()) {
                    return predicate.substring(noun.length());
                }
                from = other.chainEnd + noun.length();
            }
            return "";
        }

        /**
         * The things after an amount that make up their whole clause (超六成企业，, 超60%的参评企业，) with the predicate
         * of the next clause when it has no subject of its own, opening with a coverb or an adverb (，把留抵退税资金用在了…,
         * ，在…实现了…): what they did names them, as at a clause start.
         */
        private String withPredicateInNextClause(QuantityScope scope, String right) {
            int clauseEnd = scope.clause.end() - 1;
            if (right.isEmpty() || clauseEnd < scope.chainEnd) {
                return right;
            }
            String rest = scope.text.substring(scope.chainEnd, clauseEnd);
            boolean onlyThings = (rest.equals(right) || rest.equals(MODIFIER_END + right))
                && right.equals(scope.nounAfter());
            char mark = scope.text.charAt(clauseEnd);
            if (!onlyThings || !Segmenter.endsClause(mark) || Segmenter.endsSentence(mark)) {
                return right;
            }
            for (Span next : scope.sentenceClauses()) {
                if (next.start() < scope.clause.end()) {
                    continue;
                }
                String predicate = scope.text.substring(next.start(), next.end() - 1);
                return PREDICATE_GOES_ON.matcher(predicate).lookingAt() && Phrases.isChinese(predicate)
                    && !FRAME_CLAUSE.matcher(predicate).matches() ? right + predicate : right;
            }
            return right;
        }

        /**
         * A subject count's noun followed only by counts joined to it (湖南14个市州与28个非洲国家建立…, 32项专利和8项技术成功
         * 转化): the conjoined subjects share the predicate after the last of them, so the label is the joined nouns
         * without their amounts and that predicate (市州与非洲国家建立…); a description ending the last one (…7个非脱贫村的
         * 乡村振兴重点村) makes them modifiers, no subjects.
         */
        private String withConjoinedPredicate(QuantityScope scope, String right) {
            String noun = scope.nounAfter();
            if (noun.isEmpty() || !right.equals(noun)) {
                return right;
            }
            StringBuilder joined = new StringBuilder(noun);
            int from = scope.chainEnd + noun.length();
            for (int hops = 0; hops < MAX_CONJOINED; hops++) {
                Quantity next = scope.nextInClause(from);
                String conjunction = next == null ? "" : scope.text.substring(from, next.start());
                if (!COMITATIVE.equals(conjunction)) {
                    return right;
                }
                QuantityScope other = scope.of(next);
                String predicate = other.predicateAfter();
                String nextNoun = other.nounAfter();
                if (nextNoun.isEmpty() || !predicate.startsWith(nextNoun) || predicate.indexOf(MODIFIER_END) >= 0) {
                    return right;
                }
                joined.append(conjunction).append(predicate);
                from = other.chainEnd + predicate.length();
                if (scope.joinedAfter(from) == null) {
                    // the last of the joined counts: its words run on to the predicate the subjects share
                    return predicate.length() > nextNoun.length() || predicate.length() > MAX_JOINED_NOUN
                        ? joined.toString() : right;
                }
            }
            return right;
        }

        /**
         * Whether the words before a count end in an {@code opener} taking it as object (the coverbs 对, 针对, 与, 把; 在 before
         * listed places), maybe with examples or a place between them (针对福建、江西、广东3省, 把全省113个县).
         */
        private boolean coverbObject(String left, Pattern opener) {
            String s = Phrases.tidy(left);
            Matcher m = opener.matcher(s);
            int at = -1;
            while (m.find()) {
                at = m.end();
            }
            if (at < 0) {
                return false;
            }
            String rest = s.substring(at);
            return rest.isEmpty() || rest.indexOf(LIST_COMMA) >= 0 && Phrases.isChinese(rest.replace(String.valueOf(LIST_COMMA), ""))
                || placeWords.withoutLeadingPlaces(rest).isEmpty();
        }

        /**
         * Whether the count is introduced by existential 有 (另有, 仍有, 还有) opening its clause after at most a short
         * frame or place, and a predicate follows the things counted; 拥有, 具有, 没有 and the like are verbs taking
         * them as object, 共有 a total.
         */
        private boolean existentialSubject(QuantityScope scope, String raw, String left) {
            if (!EXISTENTIAL_OPENER.matcher(raw).find() || scope.leftStartsAfterAmount()
                    || placeWords.withoutLeadingPlaces(left).length() > MAX_POSSESSOR) {
                return false;
            }
            String noun = scope.nounAfter();
            String predicate = scope.predicateAfter();
            return !noun.isEmpty() && predicate.length() > noun.length() && predicate.startsWith(noun);
        }

        /** Whether the words before the count in its clause are only a short possessor and 的 (周边的, 法国本土的, 该机构的). */
        private boolean possessedSubject(QuantityScope scope, String raw) {
            if (!raw.endsWith(MODIFIER_END) || scope.leftStartsAfterAmount()
                    || !Phrases.isChinese(raw) || Affixes.endsWithTime(raw.substring(0, raw.length() - MODIFIER_END.length()))) {
                return false;
            }
            String owner = placeWords.withoutLeadingPlaces(raw.substring(0, raw.length() - MODIFIER_END.length()));
            return owner.length() <= MAX_POSSESSOR && !owner.isEmpty() && !COVERB.matcher(owner).lookingAt()
                && PREPOSITIONS.indexOf(owner.charAt(0)) < 0 && owner.equals(Affixes.strip(owner));
        }

        /**
         * The words after another count that run straight on to this one (8个小二型水库10个塘坝, 24个省份实施1700多个项目)
         * without the noun counted by the count before (小二型水库, 省份), when this count has a noun of its own after it;
         * the words themselves otherwise, or when they open with a verb (496起造成至少4人死伤).
         */
        private String withoutNounOfCountBefore(QuantityScope scope, String raw) {
            Quantity previous = scope.previous(q -> true, true);
            if (previous == null || previous.end() != scope.leftStart() || previous.unit().isEmpty()
                    || TIME_SPAN_UNITS.contains(previous.unit())
                    || !raw.equals(scope.text.substring(previous.end(), scope.chainStart))
                    || !raw.codePoints().allMatch(Character::isIdeographic)
                    || scope.nounAfter().isEmpty()) {
                return raw;
            }
            String noun = Phrases.after(raw, false);
            return noun.isEmpty() || Phrases.namesNothing(noun) || !raw.startsWith(noun) ? raw : raw.substring(noun.length());
        }

        /**
         * A part of a whole counted before it in the sentence, named by what it is (又抓获3名涉案人员，其中1人为俄公民，另2人
         * 为外国公民 → 抓获涉案人员中的俄公民, …中的外国公民): the whole, 中的, and the words after the copula; "" when the
         * amount opens no such part.
         */
        private String partOfWhole(QuantityScope scope) {
            if (!PART_OPENER.matcher(Phrases.tidy(scope.left())).matches()) {
                return "";
            }
            String right = Phrases.tidy(Phrases.withoutNotes(scope.right(false)));
            Matcher befell = Casualties.CASUALTY_WORD.matcher(right);
            if (befell.lookingAt()) {
                // 死亡人数上升至39人，另有10人失踪: the others befallen are counted as the count before them is
                return Casualties.likeBefore(previousLabel(scope, THING_FACT, true), befell.group());
            }
            if (right.length() < 2 || PART_COPULAS.indexOf(right.charAt(0)) < 0) {
                return "";
            }
            String kind = Phrases.tidy(right.substring(1));
            String whole = previousLabel(scope, THING_FACT.and(q -> !PART_OPENER.matcher(Phrases.tidy(scope.of(q).left())).matches()),
                true);
            return whole.isEmpty() ? kind : whole + AMONG + MODIFIER_END + kind;
        }

        /**
         * What the sentence is about when it lists the places something passes: the thing of the fact before in the
         * sentence without its measure (京杭大运河苏南段全长 → 京杭大运河苏南段), else the noun opening the sentence
         * (太原西北二环高速公路全部建成 → 太原西北二环高速公路); "" when neither names a thing.
         */
        private String runner(QuantityScope scope) {
            String previous = previousLabel(scope, THING_FACT, true);
            String owner = Phrases.withoutTrailingMeasure(previous);
            if (owner.isEmpty() || owner.equals(previous)) {
                Span first = scope.sentenceClauses().get(0);
                if (first.end() > scope.quantity.start()) {
                    return "";
                }
                owner = Phrases.after(Affixes.strip(Phrases.afterFrame(scope.text.substring(first.start(), first.end()))), false);
            }
            return namesOwner(owner) ? owner : "";
        }

        /**
         * The thing an attribute opening its clause is of, when the sentence opens with no topic: the thing of the fact
         * stated right before it in the sentence, without that fact's own measure (我国规划了49个国家公园候选区，总面积…
         * → 国家公园候选区; 福军玉米烘干加工厂年生产量约2万吨，年产值… → 福军玉米烘干加工厂); "" when the attribute
         * has words before it in its clause or no fact precedes it.
         */
        private String ownerBefore(QuantityScope scope, String attribute) {
            if (!openingWords(scope).equals(attribute)) {
                return "";
            }
            if (listsPartsGoverned(scope)) {
                return ""; // the parts a place governs (街道下辖3个社区，3个村，总面积…) are not what its attribute is of
            }
            String previous = previousLabel(scope, THING_FACT, true);
            String owner = Phrases.withoutTrailingMeasure(previous);
            // a long label, or one saying what has been done (传化已经上新项目), states what happened (智能制造重大产业项目同时
            // 布局…), naming no one thing to own the attribute
            return owner.length() > MAX_OWNER_LENGTH || owner.contains(DONE) ? "" : owner;
        }

        /**
         * The facilities a sentence opens by counting (全市拥有公共图书馆6个，藏书289万册，全年读者累计64.3万人次 → 公共图书馆)
         * when the attribute opens its clause after them with another unit, right after them or after one fact of theirs; ""
         * otherwise (公共图书馆6个，文化馆7个 counts another facility in the same unit). A region's own measures (人口, 面积)
         * are not its villages' or its clinics' (全县有行政村120个，总人口35万人).
         */
        private String ownerHad(QuantityScope scope, String label) {
            if (label.length() < MIN_OWNER_LENGTH || label.length() > MAX_TOPIC_ATTRIBUTE || !Phrases.isChinese(label)
                    || scope.quantity.change() != null || FACILITY_UNITS.contains(scope.quantity.unit())
                    || REGION_MEASURE.matcher(label).find() || !openingWords(scope).equals(label)
                    || scope.text.lastIndexOf(EXISTENTIAL, scope.quantity.start()) < scope.sentence.start()) {
                return "";
            }
            QuantityScope at = scope;
            for (Quantity previous = scope.previous(THING_FACT, true); previous != null;
                    previous = at.previous(THING_FACT, true)) {
                String previousLabel = neighbour(scope, previous);
                Matcher having = HAVING.matcher(previousLabel);
                String facilities = having.lookingAt() ? previousLabel.substring(having.end()) : previousLabel;
                String before = scope.text.substring(scope.of(previous).clause.start(), previous.start());
                if (FACILITY_UNITS.contains(previous.unit()) && before.endsWith(facilities)
                        && HAVING_BEFORE.matcher(before.substring(0, before.length() - facilities.length())).find()) {
                    // the facts between are the facilities' own (藏书 → 公共图书馆藏书); a breakdown after them (其中打井34眼)
                    // counts their parts, and things described (有进出口实绩的民营企业数量) or a measure are no facilities
                    boolean theirs = at == scope || neighbour(scope, at.quantity).startsWith(facilities);
                    boolean parts = Phrases.lastBreakdown(scope.text, previous.end(), scope.quantity.start()) >= 0;
                    return namesOwner(facilities) && theirs && !parts && !facilities.contains(MODIFIER_END)
                        && !Phrases.namesMeasure(facilities) && !DIVISION_UNITS.matcher(facilities).find() ? facilities : "";
                }
                if (at != scope) {
                    return "";
                }
                at = scope.of(previous);
            }
            return "";
        }

        /** The words before the amount in its clause, without affixes and total markers (总投资规模比去年同期增加 → 总投资规模…). */
        private static String openingWords(QuantityScope scope) {
            return Affixes.strip(Phrases.afterTotalMarker(Phrases.tidy(scope.left())));
        }

        /**
         * The people counted right before a share of them opening its clause (经常参加体育锻炼的人数达到5.4亿人，比例超过38.5%
         * → 经常参加体育锻炼的人数): the share is that group's part of the population; "" when the attribute is no share in
         * percent or the fact before it in the sentence counts no people.
         */
        private String groupOfShare(QuantityScope scope, String attribute) {
            if (!attribute.equals(SHARE_RATIO) || !scope.quantity.unit().equals(PERCENT) || !openingWords(scope).equals(attribute)) {
                return "";
            }
            Quantity group = scope.previous(THING_FACT, true);
            return group == null || !PEOPLE_UNITS.contains(group.unit()) && !group.unit().equals(VISITS_UNIT)
                ? "" : neighbour(scope, group);
        }

        /** Whether the sentence lists the parts a place governs (街道下辖3个社区，3个村，总面积…) before the amount. */
        private static boolean listsPartsGoverned(QuantityScope scope) {
            return GOVERNS.matcher(scope.text).region(scope.sentence.start(), scope.quantity.start()).find();
        }

        /** Whether the words may name the thing an attribute is of: a few Chinese words (镇域红石河, 京杭大运河苏南段). */
        private static boolean namesOwner(String words) {
            return words.length() >= MIN_OWNER_LENGTH && words.length() <= MAX_OWNER_LENGTH && Phrases.isChinese(words);
        }

        /** A measure word, then an attribute, five characters at most (总投资规模, 投资金额, 利润总额). */
        private static boolean isCompoundAttribute(String label) {
            if (label.length() <= 2 || label.length() > MAX_BARE_MEASURE) {
                return false;
            }
            for (String attribute : ATTRIBUTES) {
                if (attribute.length() >= 2 && label.length() > attribute.length() && label.endsWith(attribute)
                        && Phrases.namesMeasure(label.substring(0, label.length() - attribute.length()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The thing an attribute opening its clause (利润达10万元, 总投资规模比去年同期增加252亿元) is of: the thing of the
         * fact stated right before it in the sentence without that fact's measure; "" when the attribute has words before
         * it in its clause, the fact before is an item of a list (…、民航941.2万人次，总量为…) or counts people (惠及约6700万人,
         * 接待游客514.55万人次), or, when {@code siblingMeasure}, that fact names no measure of its own or has another unit.
         */
        private String ownerOfAttribute(QuantityScope scope, String attribute, boolean siblingMeasure) {
            String opening = openingWords(scope);
            if (!opening.equals(attribute) && !Affixes.strip(Phrases.beforeBaseOfChange(opening)).equals(attribute)) {
                return "";
            }
            if (listsPartsGoverned(scope)) {
                return "";
            }
            Quantity previous = scope.previous(THING_FACT, true);
            if (previous == null || PEOPLE_UNITS.contains(previous.unit()) || previous.unit().equals(VISITS_UNIT)
                    || siblingMeasure && !previous.unit().equals(scope.quantity.unit())) {
                return "";
            }
            int itemStart = scope.of(previous).leftStart();
            if (itemStart > 0 && scope.text.charAt(itemStart - 1) == LIST_COMMA) {
                return "";
            }
            String label = neighbour(scope, previous);
            String owner = Phrases.withoutTrailingMeasure(label);
            if (siblingMeasure && owner.equals(label)) {
                return "";
            }
            if (!siblingMeasure && owner.isEmpty() && ATTRIBUTES.contains(attribute) && Phrases.isChinese(label)) {
                owner = label; // the size of a measure itself (地区生产总值626.9亿元，现价总量比同期增加73.5亿元)
            }
            // 园区烟叶总产值 owns its attributes as 园区烟叶
            owner = owner.endsWith(TOTAL_PREFIX) ? owner.substring(0, owner.length() - TOTAL_PREFIX.length()) : owner;
            return owner.length() < MIN_OWNER_LENGTH || owner.length() > MAX_OWNER_LENGTH || owner.contains(DONE) ? "" : owner;
        }

        /**
         * The thing a sentence opens with when its first clause says what it is (镇域红石河为三统河源头，全长19.9公里 →
         * 镇域红石河; 该大桥为双塔双索面斜拉桥 → the bridge 该 refers back to) and the attribute opens the second clause; ""
         * otherwise.
         */
        private String namedTopic(QuantityScope scope, String attribute) {
            if (!openingWords(scope).equals(attribute)) {
                return "";
            }
            String opening = scope.openingClause();
            if (opening.isEmpty() || !opening.equals(scope.previousClauseTopic())) {
                return "";
            }
            String clause = Phrases.tidy(Affixes.strip(Phrases.afterFrame(opening)));
            Matcher copula = COPULA.matcher(clause);
            if (!copula.find()) {
                return structureNamed(clause);
            }
            String topic = clause.substring(0, copula.start());
            if (REPORTED.matcher(topic).find()) {
                return ""; // 该村认为发展产业是关键: what someone thinks or says, no topic named
            }
            if (topic.startsWith(Anaphors.REFERRING)) {
                // 该大桥为…: the bridge named last before (下河沿黄河公路特大桥)
                String named = Anaphors.resolved(scope, topic + attribute);
                return named.equals(topic + attribute) ? "" : named.substring(0, named.length() - attribute.length());
            }
            topic = Phrases.tidy(Affixes.strip(topic));
            return namesOwner(topic) ? topic : "";
        }

        /**
         * The structure a clause names alone (姜家店水库，设计库容89万立方米; 天安门广场中心巨型花果篮，顶高18米): a noun phrase
         * through its end, no verb in it, headed by a structure's word; "" for any other clause.
         */
        private String structureNamed(String clause) {
            String named = Phrases.tidy(placeWords.withoutLeadingPlaces(clause));
            return namesOwner(named) && !named.startsWith(Anaphors.REFERRING) && NAMED_STRUCTURE.matcher(named).matches()
                && Phrases.after(clause, false).equals(clause) ? named : "";
        }

        /**
         * The structure the sentence's opening clause names alone when the attribute opens the clause right after it
         * (姜家店水库，设计库容89万立方米 → 姜家店水库); "" otherwise.
         */
        private String structureTopic(QuantityScope scope, String attribute) {
            String opening = scope.openingClause();
            if (!openingWords(scope).equals(attribute) || opening.isEmpty() || !opening.equals(scope.previousClauseTopic())) {
                return "";
            }
            return structureNamed(Phrases.tidy(Affixes.strip(Phrases.afterFrame(opening))));
        }

        /**
         * The thing set off by a space before its attribute in the same clause (二是柳河县隆盛坤矿业有限公司 投资1000万元): the
         * words before the space are the topic the attribute is of, without list marker and place; "" when no space sets
         * off the attribute or no owner's name stands before it.
         */
        private String spacedTopic(QuantityScope scope, String attribute) {
            String left = scope.left().strip();
            int space = left.lastIndexOf(' ');
            if (space < 0 || !Affixes.strip(left.substring(space + 1)).equals(attribute)) {
                return "";
            }
            String topic = Phrases.tidy(placeWords.withoutLeadingPlaces(Affixes.strip(left.substring(0, space).strip())));
            return namesOwner(topic) ? topic : "";
        }

        /**
         * What was done to the things an amount before describes (已通达127个国家和地区的579个港口 → 已通达, as for the
         * 国家和地区), or holds (10个乡镇99个行政村): the label of that amount without its noun; "" when the words before
         * this amount are no such description.
         */
        private String deedOfDescribingAmount(QuantityScope scope, String described) {
            Quantity previous = scope.previous(q -> true, true);
            String between = previous == null ? "" : scope.text.substring(previous.end(), scope.quantity.start());
            String noun = between.endsWith(MODIFIER_END)
                ? between.substring(0, between.length() - MODIFIER_END.length()) : between;
            if (!between.endsWith(described) || !Phrases.isChinese(between) || noun.isEmpty()) {
                return "";
            }
            String previousLabel = neighbour(scope, previous);
            String deed = previousLabel.endsWith(noun) ? previousLabel.substring(0, previousLabel.length() - noun.length()) : "";
            // where the things come from (来自全球30个国家和地区的187家机构), or where the wholes lie (景区所在的2个村400户
            // 村民), is no deed done to them
            return deed.startsWith(COMING_FROM) || deed.endsWith(LYING_IN) ? "" : deed;
        }

        /**
         * What a quoted level is of (恒指午间收跌0.12%报23954点 → 恒指): the thing named at the start of the clause of
         * the move before it in the sentence, else at the start of the sentence.
         */
        private String mover(QuantityScope scope) {
            Quantity move = scope.previous(q -> true, true);
            List<Span> clauses = scope.sentenceClauses();
            if (move != null) {
                Span clause = Segmenter.around(clauses, move.start());
                String mover = Phrases.mover(scope.text.substring(clause.start(), move.start()));
                if (!mover.isEmpty()) {
                    return mover;
                }
            }
            Span first = clauses.get(0);
            return Phrases.mover(scope.text.substring(first.start(), Math.min(first.end(), scope.quantity.start())));
        }

        /**
         * The label a quantity naming nothing takes over: its predecessor's in the sentence (not a framing time
         * span's), or the clause topic.
         */
        private String inherited(QuantityScope scope) {
            // a change is of a thing, not of the time span that frames it (12年间增长了20多倍)
            Quantity previous = scope.previous(q -> !scope.isTimeSpanFrame(q), true);
            if (previous != null) {
                return neighbour(scope, previous);
            }
            String measure = Phrases.viewpointMeasure(scope.openingClause());
            if (!measure.isEmpty()) {
                // 从GDP总量来看，广东依旧稳居全国第一，为124369.67亿元
                return measure;
            }
            // 果树类主要种植苹果梨、苹果等作物，共6807亩: the thing, not what it is described as; a clause naming only
            // where (在新疆的阿拉山口，1个小时左右…) names no thing
            String topic = describedTopicBefore(scope);
            return placeWords.withoutLeadingPlaces(topic.replace(MODIFIER_END, "")).isEmpty() ? "" : topic;
        }

        /** The verb of change written between a change's base and its amount (较去年同期提高2.4个百分点); "" when none is. */
        private static String changeVerbAfter(QuantityScope scope) {
            String before = scope.text.substring(scope.clause.start(), scope.chainStart);
            before = Phrases.withoutPerfective(before);
            for (int length = Math.min(MAX_CHANGE_VERB, before.length()); length > 0; length--) {
                String verb = before.substring(before.length() - length);
                if (Affixes.isChangeVerb(verb)) {
                    return verb;
                }
            }
            return "";
        }

        /**
         * What a change stated only against its base (比1-6月加快, 较年初增加) or as an average (两年平均增长) is a
         * change of: the thing of the nearest fact before it in the sentence — of the same unit, else any that is
         * not a time span — else of the nearest fact of the same unit in the paragraph.
         */
        private String comparedThing(QuantityScope scope) {
            Predicate<Quantity> sameUnit = sameUnit(scope.quantity);
            String thing = previousLabel(scope, sameUnit, true);
            if (thing.isEmpty()) {
                thing = previousLabel(scope, q -> !TIME_SPAN_UNITS.contains(q.unit()), true);
            }
            return thing.isEmpty() ? previousLabel(scope, sameUnit, false) : thing;
        }

        private String previousLabel(QuantityScope scope, Predicate<Quantity> which, boolean inSentence) {
            Quantity previous = scope.previous(which, inSentence);
            return previous == null ? "" : neighbour(scope, previous);
        }

        /** Amounts of the same unit; for a point change, also the rates in percent it changes. */
        private static Predicate<Quantity> sameUnit(Quantity quantity) {
            String unit = quantity.unit();
            return q -> q.unit().equals(unit) || RATE_CHANGE_UNITS.contains(unit) && q.unit().equals("%");
        }

        /**
         * A physical amount written before the thing it describes (手里350吨龙门吊, 由一台500吨冷压机, 全长522公里的沙漠
         * 公路) measures that thing: the thing, with the dimension written before the amount (沙漠公路全长); the words before
         * them — a place (手里), an article (一台), a preposition (在) — are not the fact's. "" when the amount is no such
         * description: a verb before it makes it the amount of an action (种植300亩蔬菜).
         */
        private String describedThing(QuantityScope scope, String left) {
            if (!scope.quantity.physical() || scope.quantity.change() != null || Phrases.isBound(scope.text, scope.quantity)) {
                return "";
            }
            String attribute = Phrases.attributeBefore(left);
            String thing = thingAfter(scope);
            if (thing.isEmpty() && !attribute.isEmpty()) {
                thing = thingAfterCoordinatedDimension(scope);
            }
            if (thing.length() < 2) {
                return "";
            }
            if (attribute.isEmpty() && !Phrases.endsWithArticleOrPlace(left)) {
                return "";
            }
            return Phrases.tidy(thing + attribute);
        }

        /**
         * The phrase without the places it starts with, but the one that starts a trip measured to another place
         * (将阿勒泰市与“童话雪乡”禾木村的车程, 四川省眉山市青神县的新光村与县城距离): the ends of a trip are part of what is
         * measured, not only its region.
         */
        private String withoutLeadingPlacesBut(String phrase) {
            String placeless = placeWords.withoutLeadingPlaces(phrase);
            int joiner = placeless.length() == phrase.length() ? -1 : Phrases.tripJoinerAt(phrase);
            if (joiner < 0 || Phrases.tripJoinerAt(placeless) >= 0) {
                return placeless;
            }
            int start = placeWords.lastPlaceStart(phrase, joiner);
            return start < 0 ? placeless : phrase.substring(start);
        }

        /**
         * A count of storeys or layers written before the thing that has them (倒塌的5层居民楼, 24层层压机) is that thing's
         * number of storeys (居民楼层数), not what happened to it; "" otherwise, and for a height told in storeys
         * (4层楼高的民居).
         */
        private static String storeyedThing(QuantityScope scope) {
            if (!scope.quantity.unit().equals(STOREY_UNIT) || scope.quantity.change() != null) {
                return "";
            }
            if (scope.text.startsWith(BUILDING_HEIGHT, scope.quantity.end())) {
                return "";
            }
            Matcher m = STOREYED.matcher(thingAfter(scope));
            return m.lookingAt() ? m.group() + STOREY_COUNT : "";
        }

        /**
         * Dimensions of one thing written side by side (东西宽30公里、南北长61公里的绿色屏障): the thing after the last one is
         * each one's; "" when the amount is not followed by such a dimension and amount.
         */
        private static String thingAfterCoordinatedDimension(QuantityScope scope) {
            int end = scope.quantity.end();
            if (end >= scope.text.length() || COORDINATING_MARKS.indexOf(scope.text.charAt(end)) < 0) {
                return "";
            }
            return scope.quantitiesIn(end + 1, scope.clause.end()).stream().findFirst().map(next -> {
                String gap = scope.text.substring(end + 1, Math.max(end + 1, next.start()));
                return gap.isEmpty() || !Phrases.attributeBefore(gap).equals(gap) || !next.unit().equals(scope.quantity.unit())
                        ? "" : thingAfter(scope.of(next));
            }).orElse("");
        }

        /** The noun written right after the amount, or after 的 (350吨龙门吊, 102719亿元的GDP); "" when none follows. */
        private static String thingAfter(QuantityScope scope) {
            if (!Phrases.describesNext(scope.text, scope.quantity.end())) {
                return "";
            }
            String right = scope.right(false);
            return Phrases.after(right.startsWith(MODIFIER_END) ? right.substring(MODIFIER_END.length()) : right, false);
        }

        /**
         * A category naming no measure after a breakdown word (按地域分，城镇实现747.1亿元; 奖牌252枚（金牌88枚）; 耕地面积
         * 31774亩，其中水田8110亩): the same measure of the whole stated before that word in the paragraph, in the same unit — 城镇社会消费品零售总额, 省级体育比赛金牌 — whose own label is
         * no such category (乡村 after 城镇 is of the total too); "" when it is none.
         */
        private String subCategory(QuantityScope scope, String label) {
            if (label.length() != CATEGORY_LENGTH || scope.quantity.change() != null || !Phrases.isChinese(label)
                    || Phrases.namesMeasure(label) || TIME_SPAN_UNITS.contains(scope.quantity.unit())
                    || !scope.left().contains(label)) {
                return "";
            }
            // the categories follow a breakdown word (其中, 按地域分, 分规模看, a bracket) that follows the whole
            int breakdown = Phrases.lastBreakdown(scope.text, Phrases.semicolonListStart(scope.text, scope.sentence.start()),
                    scope.chainStart);
            if (breakdown < 0) {
                return "";
            }
            List<Quantity> before = scope.quantitiesIn(0, breakdown);
            for (int i = before.size() - 1; i >= 0; i--) {
                Quantity whole = before.get(i);
                if (!whole.unit().equals(scope.quantity.unit()) || whole.change() != null || whole.end() > breakdown
                        || Phrases.isOpeningBracket(scope.text.charAt(breakdown)) && whole.end() != breakdown) {
                    continue;
                }
                String measure = neighbour(scope, whole);
                if (categories.contains(whole)) {
                    continue;
                }
                if (measure.length() <= label.length() || measure.contains(label)) {
                    return "";
                }
                boolean sameKind = measure.charAt(measure.length() - 1) == label.charAt(label.length() - 1);
                if (!sameKind && !DIMENSIONS.contains(label)) {
                    return "";
                }
                categories.add(scope.quantity);
                // 奖牌 → 金牌: the category replaces the word of the same kind; a dimension (城镇) narrows the measure. A
                // thing (烟叶 under 经济作物面积) names its fact well enough alone.
                return sameKind ? measure.substring(0, measure.length() - label.length()) + label : label + measure;
            }
            return "";
        }

        /**
         * A half of a paired whole (其中，出口1881.8亿元 after 我国对中亚五国进出口2864.2亿元) with the scope the whole was
         * stated with (对中亚五国出口), also when the other half came between (…；进口982.4亿元 → 对中亚五国进口); "" when the
         * label is no half, the level before it is no such whole, or the scope is no few Chinese words.
         */
        private String scopedHalf(QuantityScope scope, String label) {
            for (Map.Entry<String, Set<String>> pair : PAIR_HALVES.entrySet()) {
                if (!pair.getValue().contains(label)) {
                    continue;
                }
                Quantity previous = scope.previous(THING_FACT, false);
                // a breakdown opened by 其中 in the sentence, whose halves may stand apart by ；
                int sentenceStart = scope.text.lastIndexOf(FULL_STOP, scope.quantity.start()) + 1;
                boolean breakdown = scope.text.substring(sentenceStart, scope.quantity.start()).contains(LIST_OPENER);
                if (previous == null || !breakdown && previous.start() < scope.sentence.start()) {
                    return ""; // a total in a sentence of its own (全市出口300亿元) has a scope of its own
                }
                String previousLabel = neighbour(scope, previous);
                String words = pairedScope(previousLabel, pair.getKey());
                if (words.isEmpty()) {
                    // the other half came first: it carries the scope when the whole stands before it
                    String sibling = pair.getValue().stream().filter(h -> !h.equals(label) && previousLabel.endsWith(h))
                            .findFirst().orElse("");
                    Quantity whole = sibling.isEmpty() ? null : scope.of(previous).previous(THING_FACT, false);
                    String siblingScope = previousLabel.substring(0, previousLabel.length() - sibling.length());
                    words = whole != null && pairedScope(neighbour(scope, whole), pair.getKey()).equals(siblingScope)
                            ? siblingScope : "";
                }
                return words.isEmpty() ? "" : words + label;
            }
            return "";
        }

        /**
         * A part named by its last words only (其中，三季度贡献率) takes the full name of the previous fact, but not its
         * modality: 2020年末总负债 after 预计总负债 is the actual 总负债, not a forecast.
         */
        private String widened(QuantityScope scope, String label) {
            Quantity previous = scope.previousInParagraph();
            if (previous == null || label.length() < 2) {
                return label;
            }
            String previousLabel = neighbour(scope, previous);
            String medal = Medals.sibling(previousLabel, label);
            if (!medal.isEmpty()) {
                return medal;
            }
            String half = scopedHalf(scope, label);
            if (!half.isEmpty()) {
                return half;
            }
            // a label holding this very amount (参评企业在半数以上关键业务中实现了…) is of a fact it is a part of, not its name;
            // a count written right after its noun (其中特大桥3座，大桥43座) names its own kind: a longer noun ending in it
            // (特大桥) is another kind, no fuller name of the same things
            if (previousLabel.length() <= label.length() || !previousLabel.endsWith(label)
                    || scope.quantity.counted() && writtenRightBefore(scope, label)
                    || previousLabel.contains(scope.quantity.text()) || PAIRED_WORDS.stream()
                    .anyMatch(w -> w.length() > label.length() && w.endsWith(label) && previousLabel.endsWith(w))) {
                return label;
            }
            String added = previousLabel.substring(0, previousLabel.length() - label.length());
            return Phrases.MODALITIES.stream().anyMatch(added::startsWith) ? label : previousLabel;
        }
    }

    /** The person a noun after an age names, through the title ending the name (患者陈先生经过 → 患者陈先生). */
    private static String throughPersonTitle(String noun) {
        Matcher titled = THROUGH_PERSON_TITLE.matcher(noun);
        return titled.lookingAt() ? titled.group() : noun;
    }

    /** Whether {@code words} are the text right before the amount (大桥 of 大桥43座). */
    private static boolean writtenRightBefore(QuantityScope scope, String words) {
        int start = scope.quantity.start() - words.length();
        return start >= 0 && scope.text.startsWith(words, start);
    }

    /** The words before a paired whole ending a label (对中亚五国 of 对中亚五国进出口) when a few Chinese words, else "". */
    private static String pairedScope(String label, String whole) {
        if (!label.endsWith(whole)) {
            return "";
        }
        String words = label.substring(0, label.length() - whole.length());
        return words.length() >= MIN_OWNER_LENGTH && words.length() <= MAX_OWNER_LENGTH && Phrases.isChinese(words) ? words : "";
    }

    /** Whether a description opens with a coverb (以现实题材为主, 由…组成, 被…列入): it holds no noun of the things. */
    private static boolean openedByCoverb(String description) {
        String first = DictionaryWords.firstWord(description);
        return first.length() == 1 && DESCRIPTION_COVERBS.indexOf(first.charAt(0)) >= 0;
    }

    /** What a group named after its examples did, past a day that only dates it (16个部门近日联合印发 → 部门联合印发). */
    private static String deedOfGroup(QuantityScope scope) {
        return Phrases.withoutDayAfterNoun(scope.right(true), scope.nounAfter());
    }

    /**
     * The label without the foreign division it opens with (格林达维克镇居民 → 居民, 熊本县已发生余震 → 发生余震): the
     * fact's region, as a division at home is (青海都兰县的枸杞 → 枸杞), which the place table cannot strip here since it
     * holds no foreign divisions. Only a division by its kind word (省, 州, 县, 市, 镇, 邦), not a country (美国宇航员) nor
     * a named site (奥克兰机场航班, where the site is what is measured); the label as it is when too little is left.
     */
    public static String withoutForeignDivision(String label, String division) {
        if (division.length() < 2 || FOREIGN_DIVISION_KINDS.indexOf(division.charAt(division.length() - 1)) < 0
                || !label.startsWith(division)) {
            return label;
        }
        String rest = Phrases.tidy(Affixes.strip(label.substring(division.length())));
        // 俄亥俄州立大学: the division's name runs on into a body's
        return rest.length() >= MIN_OWNER_LENGTH && Phrases.isChinese(rest) && NAME_RUNS_ON.indexOf(rest.charAt(0)) < 0
            ? rest : label;
    }

    /** The label without a counted group of places opening it (see {@link #PLACE_GROUP}). */
    private static String withoutPlaceGroup(String label) {
        Matcher m = ArabicDigits.anyIn(label) ? PLACE_GROUP.matcher(label) : null; // a group is counted with digits
        if (m != null && m.lookingAt()) {
            return label.substring(m.end());
        }
        if (LISTED_PLACES_CLOSES.stream().noneMatch(label::contains)) {
            return label;
        }
        Matcher places = LISTED_PLACES.matcher(label);
        return places.lookingAt() ? label.substring(places.end()) : label;
    }

    /** Whether the label is a farm by its name, listed after 其中 in its sentence (其中：凉水林场18351.99公顷). */
    private static boolean isListedFarm(QuantityScope scope, String label) {
        return NAMED_SITE.matcher(label).matches() && !FARM_KINDS.matcher(label).find()
            && scope.text.substring(scope.sentence.start(), scope.quantity.start()).contains(LIST_OPENER);
    }

    /** Whether the words before an amount refer back to the figure of the fact before (这一数字, 这个数字, not 因此数字经济). */
    private static boolean refersBack(String left) {
        return FIGURE_REFERRED_BACK.matcher(left).find();
    }

    /** The thing the clause before names, past its frame and what describes it (简牍经持续揭剥粘连 → 简牍). */
    private static String describedTopicBefore(QuantityScope scope) {
        return Phrases.tidy(Affixes.strip(Phrases.beforeDescription(Phrases.afterFrame(scope.previousClauseTopic()))));
    }
}
