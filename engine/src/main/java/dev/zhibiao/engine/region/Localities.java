package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.Segmenter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.zhibiao.engine.text.Span;

/**
 * Places the division table does not hold — reservoirs, lakes, ports, airports, bases, reserves, development zones, new
 * areas and pilot zones, river basins and water hubs (海河流域, 三峡枢纽), space stations,
 * forest farms, polar stations — written as a proper name before a kind word: 柞木村水库, 内蒙古达里湖, 宁波舟山港,
 * 郑州航空港, 宁夏灵武白芨滩国家级自然保护区, 宁东基地, 中山站.
 * <p>
 * The name is the place name written right before the kind word when nothing else is, or when the rest is a place
 * name too (柞木村水库, 郑州航空港, 宁波舟山港); else the proper name between them (达里湖 after 内蒙古, 泉州港 in
 * 泉州 after 福建); a city or county written right before either is part of the name (广州白云国际机场, 锦屏羽毛球产业园),
 * except a settlement's (蔡家屯). It lies in the division of that place name; a name standing alone lies in the place its clause names before it, else in the
 * place its context names, widened to the post's dominant place when that contains it (a base listed among the
 * cities of a province is the province's). A station of a post on the Antarctic lies in Antarctica. Later, the same
 * name — and for a base, reserve or zone its proper name alone (宁东 after 宁东基地) — is the same place. A common
 * noun before the kind word (生产基地, 小二型水库, 港口建设) names none, nor does a city's official name before 国家公园
 * (南平市国家公园; 武夷山国家公园 is one).
 */
final class Localities {
    /** Kind words, longest first; 港 and 湖 not where they begin another word (港口, 港澳, 港元, 港交所, 港铁 but not 港铁矿石, 湖南, 湖泊). */
    private static final String KIND_WORDS =
        "航空港|港区|港(?![口澳股元币资台人商务湾产交府珠]|铁(?![矿路]))|水库|湖(?![南北泊区畔四])|机场|科考站|考察站|空间站"
        // a city's or county's railway station (太原火车站, 杭州高铁站), before the polar stations' 站
        + "|火车站|高铁站|站|基地|保护区|景区"
        + "|开发区|高新区|经开区|试验区|示范区|新区|工业园区|工业园|产业园|口岸|林场|农场|牧场|油田|气田|矿区|采矿点|矿点|湿地|国家公园|公园"
        // energy and water works (温吉桑储气库群, 蜀山船闸, 岭澳核电站, 白鹤滩水电站)
        + "|储气库群|储气库|船闸|核电站|水电站"
        // a nuclear plant named without 站 (岭澳核电4台机组), not 核电站 nor 核电力, nor a country's or province's nuclear
        // power (法国核电发电量, 山东核电装机容量)
        + "|核电(?![站厂力发装])"
        // spaceflight sites (酒泉卫星发射中心, 海南商业航天发射场, 东风着陆场, 海阳东方航天港)
        + "|发射中心|发射场|着陆场|航天港"
        // river basins and water works (海河流域, 三峡枢纽); not a hub point (转换的关键枢纽点), a figure of speech
        + "|流域(?!面积)|枢纽(?!点)"
        // sites news name as where a fact happens (常熟博物馆, 湘江战役纪念馆, 周原遗址, 上海自贸区, 泥河洼蓄滞洪区)
        + "|博物馆|纪念馆|遗址|自贸试验区|自贸区|蓄滞洪区"
        // landmarks and volcanoes (天安门广场, 埃特纳火山); not 文化广场 or 举办广场
        + "|广场|火山"
        // a head of state's or government's residence, a target of strikes (俄罗斯总统官邸)
        + "|官邸"
        // a hamlet (蔡家屯), not 村屯 or 自然屯, nor 屯田
        + "|(?<![村然])屯(?![田兵垦])"
        // a village the table does not list (renamed or merged since): 村民, 村委 and 村集体 are no village
        + "|村(?![民委级集干组部])"
        // landforms and a reservoir's waters (准噶尔盆地, 伊犁河谷, 闽江水口库区, 戈兰高地)
        + "|盆地|河谷|高地|库区"
        // a plain named by its city (成都平原), not 河谷平原 or 冲积平原
        + "|平原"
        // memorial and burial sites (兰州烈士陵园, 海昏侯墓), not 墓碑, 墓地, 公墓, 坟墓, 扫墓; botanical and zoological
        // gardens (西安植物园, 北京动物园)
        + "|陵园|(?<![公坟扫盗守])墓(?![碑地园葬室穴群志道])|植物园|动物园"
        // a university after its place (云南大学, 上海交通大学), not 大学生 or 大学毕业; a university's hospital
        + "|大学(?![生毕城])|医院"
        // an island abroad (意大利西西里岛, 格陵兰岛), not 半岛, 群岛, 海岛, 岛内 or 岛屿
        + "|(?<![半群列海孤全本离])岛(?![屿内国链礁群])"
        // a named quarter or theme park (陶溪川文创区, 烟台山街区, 哈尔滨冰雪大世界), not a kind of quarter (商业街区, 步行街区)
        + "|文创区|(?<![业行])街区|大世界"
        // a mountain whose foot a story stands at, named right after its county or city (江苏常熟铜官山脚下)
        + "|山(?=脚下)|山(?=麓)"
        // a housing estate (大埔宏福苑, 望京花园小区), named only right after its district or town; not a garden's festival
        // or a hotel, mall or project named after one (中山公园花园节, 碧桂园花园酒店, 花园洋房)
        + "|苑|小区|花园(?!节|酒店|饭店|宾馆|洋房|城|广场)"
        // a villagers' group (上洲村上屋组): a hamlet, named right after its village or as named there before
        + "|(?<![小党民村级部通队班])组(?![织成建团合件长员委])";
    /** A head of state's or government's residence (俄罗斯总统官邸): named with its country, and its own name after it. */
    private static final String RESIDENCE = "官邸";
    /**
     * A palace's name in apposition right after a residence (官邸克里姆林宫, 官邸爱丽舍宫), not words of a deed done there
     * (官邸会见白宫特使).
     */
    private static final Pattern PALACE_AFTER_RESIDENCE =
        Pattern.compile("[\\p{IsHan}&&[^会见接举在的了和与及是为到向对从把被将已也都]]{2,5}?宫(?![殿廷中内外里])");
    /** A residence speaking for its government (日本首相官邸当天宣布，…): the government, no site. */
    private static final Pattern RESIDENCE_SPEAKING =
        Pattern.compile("\\p{IsHan}{0,3}?(?:宣布|表示|声明|发表|发布|称|说|消息|发言人)");
    private static final Pattern KIND = Pattern.compile(KIND_WORDS);
    private static final Pattern KIND_AT_END = Pattern.compile("(?:" + KIND_WORDS + ")$");
    /** First characters of the kind words: the scan tries the pattern only where one stands. */
    private static final String KIND_FIRST = Arrays.stream(KIND_WORDS.split("\\|"))
        .map(word -> word.replaceFirst("^\\(\\?<!\\[[^]]*]\\)", "").substring(0, 1)).distinct().collect(Collectors.joining());
    /**
     * The kind words of one character, and the first two characters of the others: the scan tries the pattern only
     * where one of these stands, as 大, 河 and 广 begin many words that are no kind.
     */
    private static final String ONE_CHARACTER_KIND_WORDS = Arrays.stream(KIND_WORDS.split("\\|"))
        .map(word -> word.replaceFirst("^\\(\\?<!\\[[^]]*]\\)", ""))
        .filter(word -> word.length() == 1 || !Character.isLetter(word.charAt(1))).map(word -> word.substring(0, 1))
        .distinct().collect(Collectors.joining());
    private static final Set<String> KIND_WORD_STARTS = Arrays.stream(KIND_WORDS.split("\\|"))
        .map(word -> word.replaceFirst("^\\(\\?<!\\[[^]]*]\\)", ""))
        .filter(word -> word.length() > 1 && Character.isLetter(word.charAt(1))).map(word -> word.substring(0, 2))
        .collect(Collectors.toUnmodifiableSet());
    /**
     * Kinds a city, county or township name alone names one of (郑州航空港, 柞木村水库, 常德高新区, 二连浩特口岸, 常熟博物馆,
     * 上海自贸区, 安口镇林场), unlike 新疆口岸 or 红石镇基地.
     */
    private static final Set<String> BARE_KINDS =
        Set.of("航空港", "港区", "港", "水库", "机场", "口岸", "开发区", "高新区", "经开区", "试验区", "新区", "工业园区", "油田",
            "国家公园", "博物馆", "自贸区", "自贸试验区", "船闸", "林场", "核电站", "水电站", "枢纽", "陵园", "植物园", "动物园",
            "火车站", "高铁站");
    /** Kinds whose name may be one character after a place name (江苏太湖, 武汉东湖, 上海临港). */
    private static final Set<String> ONE_CHARACTER_KINDS = Set.of("湖", "港");
    /** Level words of a place abroad below its division (坦帕地区, 印第安纳波利斯市, 格林达维克镇). */
    private static final List<String> FOREIGN_LEVEL_WORDS = List.of("地区", "市", "镇", "县", "城", "村");
    /** Words that begin no place's name after a country or division (美国各地区, 美国东北部地区, 美国本土城市). */
    private static final String NOT_FOREIGN_NAME_STARTS = "各全多部东西南北中该本其这那首大小高低";
    private static final int MAX_FOREIGN_NAME = 7;
    private static final String LOCATED_AT = "位于";
    private static final int MAX_LOCATION_NAME = 4;
    private static final String LOCATION_ENDS = "，。；,;";
    /** Directions and parts, not names (东南部, 境内, 以北, 附近, 中心, 城区). */
    private static final String NOT_LOCATION_STARTS = "东西南北中以境距偏县镇乡村城";
    private static final String NOT_LOCATION_ENDS = "部内近心侧边麓处界缘";
    /** Parts, streets and offices, not places of their own (政府, 大街, 一带, 郊区, 核心区, 地段, 路口, 客运站). */
    private static final Pattern NOT_A_LOCATION =
        Pattern.compile("政府|街|路|段|带|隅|郊|城区|核心区|中心区|商业区|园区|站|口|要道|地段|委员会|机关|办公");
    /** Words ending in a level word that name no place (美国股市新上市, 城市, 超市, 古镇, 乡村). */
    private static final Set<String> WORDS_ENDING_IN_A_LEVEL = Set.of("上市", "城市", "都市", "超市", "股市", "夜市", "集市", "门市",
        "乡镇", "城镇", "小镇", "古镇", "县城", "古城", "新城", "全城", "京城", "农村", "乡村", "山村", "渔村");
    /**
     * Words beginning with 市 that name a market, not a city's part (美联储公开市场委员会, 纳斯达克市场): unlike 市政府, 市长,
     * 市民 of a city (汉堡市政府), they end no city's name.
     */
    private static final Set<String> MARKET_WORDS = Set.of("市场", "市值");
    /** Kinds whose proper name alone later means the place (宁东 after 宁东基地, 白芨滩 after its reserve). */
    private static final Set<String> ALIAS_KINDS = Set.of("基地", "保护区", "开发区", "高新区", "经开区", "试验区", "新区");
    /** Kinds of housing estates, named only after their district or town ({@link #isEstateName}). */
    private static final Set<String> ESTATE_KINDS = Set.of("苑", "小区", "花园");
    /**
     * Words of the policies estates are sorted by, not of their names (无疫小区, 封控小区, 涉疫小区, 公租房小区, 保障房小区,
     * 安置小区): epidemic control, rented and assigned housing. ICU knows few of them as words.
     */
    private static final Pattern ESTATE_POLICY_WORDS = Pattern.compile("[疫控租房]|安置|保障|回迁|棚改|经适");
    /** A station is a place only in a post on the Antarctic (中山站, 长城站), where its name has two characters. */
    private static final String STATION = "站";
    /**
     * China's space station, named with two characters whatever the words before (会师中国空间站, 天宫空间站); not 入驻空间站,
     * and the International Space Station ({@link #INTERNATIONAL}) placed by its context.
     */
    private static final String SPACE_STATION = "空间站";
    private static final Set<String> SPACE_STATION_NAMES = Set.of("中国", "天宫");
    /**
     * The International Space Station (国际空间站), a site where a story abroad happens (滞留国际空间站的两名美国宇航员):
     * placed by its context as any site, never at home when the context names no place.
     */
    private static final String INTERNATIONAL = "国际";
    private static final String VILLAGE = "村";
    /** Kinds of settlements: a village or hamlet is named without the county before it. */
    private static final String GROUP = "组";
    private static final Set<String> SETTLEMENT_KINDS = Set.of(VILLAGE, "屯", GROUP);
    private static final String CITY = "市";
    private static final String NATIONAL_PARK = "国家公园";
    private static final String SPECIAL_REGION = "特别行政区";
    /**
     * Words before 村 that make a kind of village, not a village's name (贫困村, 行政村, 新农村, 示范村, 出列村), a people
     * among them (朝鲜族村, 少数民族村: a village of that people, though some villages bear the name).
     */
    private static final Pattern COMMON_VILLAGE_WORDS = Pattern.compile(
        "贫困|行政|自然|农$|示范|重点|中心|美丽|特色|专业|文明|边境|出列|脱贫|试点|空心|城中|易地|搬迁|安置|各|全|本|该|每|新$|旅游|生态|传统"
        + "|族$");
    /** What a village named as its clause's subject is followed by (后苏家山村，仅有41户; 龙吉村共有, 龙吉村位于, 龙吉村是). */
    private static final Pattern VILLAGE_SUBJECT_AFTER = Pattern.compile("[，,]|[共仅只现]?有|位于|地处|是");
    private static final String ANTARCTIC = "南极";
    private static final Optional<Region> ANTARCTICA =
        ForeignCountries.byName().values().stream().filter(r -> r.code().equals("AQ")).findFirst();
    /**
     * The kinds of localities whose names are known nationwide without their province (东北虎豹国家公园, 塔里木油田,
     * 常熟博物馆): named where no place is, in a paragraph and under a title naming no foreign place, they lie in China.
     * Not the kinds a common noun also names (羽毛球产业园, 生产基地, 国际陆港), nor 港 and 湖, whose foreign namesakes
     * news often writes alone (鹿特丹港, 贝加尔湖). The spaceflight sites too (东风着陆场, 海阳东方航天港): a site abroad is
     * written in a story abroad (拜科努尔航天发射场), which a foreign place names.
     */
    private static final Set<String> KNOWN_NATIONWIDE = Set.of("国家公园", "油田", "机场", "航空港", "口岸", "保护区",
        "水库", "遗址", "博物馆", "纪念馆", "自贸区", "自贸试验区", "蓄滞洪区", "流域", "枢纽", "空间站", "气田", "储气库群", "储气库",
        "船闸", "核电站", "水电站", "广场", "医院", "大学", "发射中心", "发射场", "着陆场", "航天港");
    private static final int STATION_NAME = 2;
    private static final String UNIVERSITY = "大学";
    /** Regions of China that open universities' names (华中科技大学, 西南大学, 东北师范大学). */
    private static final Pattern UNIVERSITY_REGIONS = Pattern.compile("华中|华南|华东|华北|西南|西北|东北|东南|中南");
    /**
     * A mountain, a kind only before 脚下 or 麓 and right after the county or city at home it lies in (常熟铜官山脚下):
     * alone, 山 ends too many words and names (泰山脚下 is named by the table's 泰山 or by none).
     */
    private static final String MOUNTAIN = "山";
    private static final String ISLAND = "岛";
    /**
     * A hospital is a place named after a university (吉林大学中日联谊医院) or right after the division at home it
     * serves (无锡市人民医院, 十堰市太和医院): not a kind of hospitals ({@link #HOSPITAL_CATEGORIES}).
     */
    private static final String HOSPITAL = "医院";
    /**
     * Words of kinds of hospitals, not of one's name (无锡市定点医院, 北京三甲医院, 鄱阳县11家二级医院, 全市各级医院):
     * grades, ownership, policy roles, counts and back references.
     */
    private static final Pattern HOSPITAL_CATEGORIES = Pattern.compile("定点|发热|方舱|公立|民营|私立|[一二三]级|[二三]甲|甲等"
        + "|基层|社区|乡镇|县级|市级|省级|区级|综合|医联体|托管|对口|帮扶|龙头|牵头|[这那该某各每其本所全多数几家座]"
        // sizes, fields, standing, where and how many, not a name (宁波市专科医院, 广州市大型医院, 杭州周边医院)
        + "|专科|大型|中小|重点|知名|优质|主要|部分|新建|新增|周边|城区|市区|郊区|城乡|农村|内外|境内|境外|外资|合资|外地|本地|当地");
    /** The levels of the divisions a hospital is named after (江苏省人民医院, 无锡市人民医院, 鄱阳县人民医院). */
    private static final Set<RegionLevel> HOSPITAL_DIVISIONS = EnumSet.range(RegionLevel.PROVINCE, RegionLevel.COUNTY);
    /** Railway stations, named only right after their city or county (太原火车站): alone, a kind (各地火车站). */
    private static final Set<String> RAIL_STATIONS = Set.of("火车站", "高铁站");
    /**
     * A demonstration zone, a place only when named after its city or county (鹤壁市城乡一体化示范区): a province's or a
     * policy's (浙江共同富裕示范区, 乡三级现代农业示范区) is a title, no place.
     */
    private static final String DEMONSTRATION_ZONE = "示范区";
    private static final int MIN_HOSPITAL_NAME = 2;
    private static final int MAX_HOSPITAL_NAME = 6;
    /**
     * Spaceflight sites, whose names hold their province (海南商业航天发射场); one named by a transliteration (拜科努尔发射场)
     * lies abroad even where no country is named.
     */
    private static final Set<String> SPACEFLIGHT_KINDS = Set.of("发射中心", "发射场", "着陆场", "航天港");
    /**
     * A plain, named only by the city right before it (成都平原, 银川平原): the other words before 平原 are kinds of plain
     * (河谷平原, 冲积平原) or regions the division table names no place of (华北平原); a county's name before it is a
     * region's that the county shares (江汉平原, not 江汉区's; 三江平原, not 三江县's).
     */
    private static final String PLAIN = "平原";
    /**
     * Plains across provinces named like a city ({@link #PLAIN}): 淮北平原 lies north of the Huai, far beyond 淮北市.
     */
    private static final Set<String> REGIONAL_PLAINS = Set.of("淮北");
    /** Divisions at or below a city's level: an estate's district or town, or its city (香港大埔宏福苑, 上海市浦东新区). */
    private static final Set<RegionLevel> CITY_AND_BELOW = EnumSet.range(RegionLevel.PREFECTURE, RegionLevel.LOCALITY);
    /** A city or a county: what a mountain, a railway station or a demonstration zone is named after (太原火车站). */
    private static final Set<RegionLevel> CITY_OR_COUNTY = EnumSet.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY);
    /**
     * Kinds named only right after the division at home they lie in, with the levels of division that name them (a
     * province-level city counts as a city): alone, 山, 平原 and the estates' kind words end too many common words and
     * names of other things (泰山脚下, 冲积平原, 樱花园, 文苑, 老旧小区), 示范区 too many titles.
     */
    private static final Map<String, Set<RegionLevel>> NAMED_AFTER_DIVISION = kindsNamedAfterDivision();
    /** Landforms a city or county name alone names (伊犁河谷, 吐鲁番盆地, 成都平原). */
    private static final Set<String> BARE_LANDFORMS = Set.of("盆地", "河谷", PLAIN);
    /**
     * Landforms and basins a site named after them lies in (在新疆准噶尔盆地… 陆梁油田, 海河流域… 某水库): the story
     * moves into the landform, and the next site it names with no place between is inside it.
     */
    private static final Pattern LANDFORM_AT_END = Pattern.compile("(?:盆地|河谷|流域)$");
    /** A landform holds the sites named in its paragraph or the next one, not farther on. */
    private static final int LANDFORM_REACH_PARAGRAPHS = 1;
    /**
     * A highland (戈兰高地); after a common word 高地 is a figure of speech, a field a place leads in (冰雪经济高地,
     * 科技创新高地, 人才高地), which no proper name is.
     */
    private static final String HIGHLAND = "高地";
    private static final int WORD_BEFORE_HIGHLAND = 2;
    /** Named alone, 河谷 is a kind (山间河谷). */
    private static final String VALLEY = "河谷";
    /** Kinds of zones, which a city or county names with the words of their title (崇州国家现代农业产业园). */
    private static final Set<String> ZONE_KINDS =
        Set.of("产业园", "工业园区", "工业园", "开发区", "高新区", "经开区", "试验区", "示范区");
    /** Words between the proper name and the kind word (白芨滩国家级自然保护区, 霍尔果斯铁路口岸, 柯特兰空军基地). */
    private static final String MODIFIER_WORDS = "国家级|省级|自然|国际|经济技术|经济|能源化工|铁路|公路|国家|森林|重点开发开放";
    /** Military words, and 烈士 of a memorial site (兰州烈士陵园: a city's; 烈士陵园 alone is a kind). */
    private static final Pattern MODIFIERS = Pattern.compile("(?:" + MODIFIER_WORDS + "|军事|空军|海军|陆军|烈士)+$");
    /** A zone's title words too (国家现代农业产业园, 现代产业园, 高新技术开发区, 城乡一体化示范区). */
    private static final Pattern ZONE_MODIFIERS =
        Pattern.compile("(?:" + MODIFIER_WORDS + "|现代农业|现代|农业|高新技术|科技|城乡一体化)+$");
    private static final int MAX_MODIFIERS = 12;
    /** Characters no name holds: punctuation, 的 and 了, measure words. */
    private static final String HARD_BREAKS = "的了、，,。；;：:！!？?（）()“”\"《》 \n等个些种类项之";
    /** Hard breaks that are measure words (3个水库), which a proper name may begin with (项家屯). */
    private static final String MEASURE_BREAKS = "个些种类项";
    /** Words a name does not begin with, which end the words before it (在梅海岭公园, 到宝丰湿地). */
    private static final String PREPOSITIONS = "在于从到至经由将把被对向往赴是为有让使以";
    /** 自由 holds 由, which is no preposition there (自由贸易试验区). */
    private static final String FREE = "自由";
    /** Verbs of going somewhere, of two characters none of which a preposition is (返回, 抵达, 进入). */
    private static final int MOTION_VERB_LENGTH = 2;
    private static final List<String> MOTION_VERBS = List.of("返回", "抵达", "飞抵", "进入", "来到", "前往", "驶入", "降落", "运抵");
    /**
     * Verbs of working a site, of two characters none of which a preposition is (加大小浪底水库下泄流量, 调度三峡水库,
     * 扩建大兴机场): the name begins after the verb, as after a verb of going.
     */
    private static final List<String> OPERATING_VERBS = List.of("加大", "调度", "扩建", "改建", "修建", "新建", "建设", "加固", "运营");
    private static final List<String> VERBS_BEFORE_NAME = Stream.concat(MOTION_VERBS.stream(), OPERATING_VERBS.stream()).toList();
    /** Conjunctions end the words before a name but may begin one (和平水库). */
    private static final String CONJUNCTIONS = "和与及同";
    /** Common nouns, modifiers and verbs: a stretch holding one is no proper name (生产基地, 小二型水库, 加强口岸). */
    private static final String GENERIC_WORD_LIST =
        "型|亩|座|处|批|号|辖区|生产|种植|养殖|繁育|育秧|示范|产业|发展|现代|农业|工业|旅游|国家|国有|国营|家庭|生态|主题|文化"
        + "|军事|军用|民用|空军|美军|传统|热门|重点|特色|优势|骨干|大型|中型|小型|支线|运输|原料|加工|物流|科研|科技|创新"
        + "|创业|实训|实验|试验|培训|实践|体验|保供|蔬菜|粮食|商品|光伏|风电|城市|乡村|周边|当地|各地|部分|首都|海洋|标准"
        + "|规模|优质|集体|扶贫|智能|配套|边境|沿海|附近|大小|境内|区域|地区|加强|推进|推动|发挥|启动|建设|实施|开展|促进"
        + "|提升|加快|打造|优化|深化|扩大|依托|建立|建成|新建|改造|规划|管理|保护|修复|治理|持续|充分|全面|不断|工作|补给|服务"
        + "|观测|气象|监测|中转|加油|充电|收费|检查|公交|地铁|高铁|进出|出入|紧邻|毗邻|临近|邻近|相邻|主要|关闭|开放|开通"
        + "|立足|强化|前往|进入|通过|经过|抵达|到达|出口|进口|供应|储备|合作|夺控|河湖|复制|推广|融入|重大|历史|文物|考古|革命"
        + "|红色|长征|抗联|举办|举行|休闲|市民|人民|山间|山区|关键|核心|重要|交通|今年|去年|完成|全[国省市县区镇乡村部]";
    /** The common words of {@link #GENERIC}, without its single characters and counts (a name may hold 几: 京几屯). */
    private static final Pattern GENERIC_WORDS = Pattern.compile(GENERIC_WORD_LIST);
    private static final Pattern GENERIC = Pattern.compile(GENERIC_WORD_LIST
        + "|[一二两三四五六七八九十几数多][大个座处家条类]|[这那该某各每其本所多数几不车我]");
    private static final String NUMERALS = "一二两三四五六七八九十百千万亿";
    /** Numerals and vague counts a measure word follows (11个, 多个, 几个, 数个). */
    private static final String COUNTS = NUMERALS + "多几数余";
    private static final int MIN_NAME = 2;
    /** Longest proper name after a place name (内蒙古达里湖), and standing alone, where fewer words are names. */
    private static final int MAX_NAME_AFTER_PLACE = 5;
    private static final int MAX_NAME_ALONE = 4;
    /**
     * Longest transliterated name after a place abroad (罗斯托夫州莫罗佐夫斯克机场): a transliteration spells each syllable
     * with a character, so names abroad run longer than Chinese ones.
     */
    private static final int MAX_TRANSLITERATED_NAME = 7;
    /** What a state university's name holds after its city's (伍斯特州立大学 in 马萨诸塞州): no division of its own. */
    private static final String STATE_RUN = "州立";
    /** Marks between the parts of a person's name abroad (卡迈勒·阿德万), which sites are named after. */
    private static final String NAME_DOTS = "·•";
    /**
     * Sites named after a person abroad (约翰·肯尼迪国际机场; a hospital, 卡迈勒·阿德万医院, in the hospitals' own branch); not
     * a university, which reports (约翰·霍普金斯大学统计).
     */
    private static final Set<String> PERSON_NAMED_KINDS = Set.of("机场", "广场", "公园", "基地", "博物馆", "纪念馆");
    /** Words after a university saying it is the source of figures (韦恩州立大学研究显示), not where they happen. */
    private static final Pattern REPORTING = Pattern.compile("研究|调查|统计|发布|报告|专家|教授|学者|数据");
    private static final int REPORTING_REACH = 4;
    /** A university as a source, its experts or a partner (研究团队, 专家, 与…签约): no place of the facts. */
    private static final Pattern UNIVERSITY_AS_SOURCE = Pattern.compile(REPORTING.pattern() + "|团队|[与和同]");
    private static final String DATE_WORDS = "年月日号";
    /**
     * A village's name without 村 this long (西岗子 of 西岗子村, 大郑家 of 大郑家村) is a name, not a word; two characters
     * (向阳, 太平) are words and other places' names too.
     */
    private static final int MIN_VILLAGE_STEM = 3;
    /** Last characters of a facility's word (养殖场, 加工厂, 服务站): a village named so is read as the facility. */
    private static final String FACILITY_ENDS = "场厂站所园区队组点";
    /** Words of a kind of village after a village's name without 村 (生态, 示范, 旅游特色). */
    private static final int MAX_VILLAGE_KIND = 4;
    /** A stretch of a route (连云港至淮安段, 京杭大运河苏南段): 段 after its ends or after the route and a name. */
    private static final String SECTION = "段";
    private static final String SECTION_TO = "至到";
    /**
     * A route a stretch is named after by a place or region (京杭大运河苏南段, 京杭大运河无锡段), the route's name before
     * it; not 河段 or 路段 alone, which are common nouns.
     */
    private static final Pattern ROUTE_SECTION = Pattern.compile("(?:运河|铁路|高速公路|管道)(\\p{IsHan}{2,3}?)" + SECTION);
    /** Characters making a common noun with 段 (路段, 阶段, 时段, 河段, 标段): no stretch's name ends in them. */
    private static final String NOT_BEFORE_SECTION = "路阶时手区河江地工标片";
    /** Characters of a route's name before its kind (京杭大 of 京杭大运河), written after a mark or a preposition. */
    private static final int MAX_ROUTE_NAME = 4;
    /**
     * Characters of the word a route's name follows inside a run of words (工程 of 标志性工程黄百铁路), and the fewest of
     * the name (黄百).
     */
    private static final int ROUTE_WORD = 2;
    /**
     * Classes of route written between its name and its kind (京沪高速铁路, 京津城际铁路): alone they name none (城际铁路江苏段,
     * 普速铁路, 市域铁路, 重载铁路).
     */
    private static final Pattern ROUTE_CLASS_AT_END = Pattern.compile("(?:城际|普速|市域|重载|高速|快速)+$");
    /**
     * The provinces' one-character names, which routes join into their names (京沪, 京津, 港澳): a dictionary word made of
     * two of them is a route's name, not a common word.
     */
    private static final String PROVINCE_CHARACTERS = "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台";

    private Localities() {
    }

    /**
     * Whether a kind word of a locality (机场, 水库, 港) starts at this offset; not 山 of 山脚下, which labels drop with the
     * mountain's name as where the thing stands (铜官山脚下马鞭草 measures 马鞭草).
     */
    static boolean kindAt(String text, int at) {
        return at < text.length() && !text.startsWith(MOUNTAIN, at) && KIND_FIRST.indexOf(text.charAt(at)) >= 0
            && KIND.matcher(text).useTransparentBounds(true).region(at, text.length()).lookingAt();
    }

    /** A proper name found before a kind word: [start, end) with its kind; anchor = the place name right before. */
    private record Candidate(int start, int end, String proper, String kind, PlaceMention anchor) {
    }

    /**
     * @param mentions the context's mentions with the localities added, in text order; a locality's mention takes in
     *                 the place names right before it (柞木村 of 柞木村水库, 贵州锦屏 of 贵州锦屏羽毛球产业园, so that
     *                 距通化三源浦机场 stays a distance reference and the locality is the paragraph's first place)
     * @param unplaced the localities named that lie in no place known
     */
    record Found(List<PlaceMention> mentions, List<Span> unplaced) {
    }

    /** The localities named in the text, placed by the places of the context. */
    static Found find(String text, PlaceContext context, PlaceLexicon lexicon) {
        List<PlaceMention> mentions = context.mentions();
        Map<Integer, PlaceMention> endingAt = new HashMap<>();
        for (PlaceMention p : mentions) {
            if (!BackReferences.isReference(p)) { // 全县水库 are the county's reservoirs, not one named
                endingAt.merge(p.end(), p, (a, b) -> a.start() <= b.start() ? a : b);
            }
        }
        Map<Integer, PlaceMention> startingAt = new HashMap<>();
        for (PlaceMention p : mentions) {
            if (!BackReferences.isReference(p)) {
                startingAt.merge(p.start(), p, (a, b) -> a.end() >= b.end() ? a : b);
            }
        }
        boolean antarctic = text.contains(ANTARCTIC);
        List<PlaceMention> foreign = mentions.stream().filter(p -> p.region().foreign()).toList();
        Map<String, Region> known = new HashMap<>();
        Map<String, PlaceMention> aliases = new LinkedHashMap<>();
        Map<String, PlaceMention> settlements = new LinkedHashMap<>();
        List<PlaceMention> found = new ArrayList<>();
        List<Span> unplaced = new ArrayList<>();
        // transparent bounds: the kind words' lookbehinds (村屯 is no hamlet) see the text before the scan position
        Matcher m = KIND.matcher(text).useTransparentBounds(true);
        for (int at = nextKind(text, m, 0); at >= 0; at = nextKind(text, m, m.end())) {
            Candidate c = m.group().equals(STATION) ? (antarctic ? station(text, m.start(), STATION) : null)
                : m.group().equals(SPACE_STATION) ? chinasSpaceStation(text, m.start())
                : m.group().equals(HOSPITAL) ? Optional.ofNullable(universityHospital(text, m.start(), endingAt))
                    .or(() -> Optional.ofNullable(personNamedSite(text, m.start(), HOSPITAL)))
                    .orElseGet(() -> divisionHospital(text, m.start(), endingAt))
                : m.group().equals(UNIVERSITY) && hospitalAhead(text, m.end()) ? null
                : candidate(text, m.start(), m.group(), endingAt);
            if (c == null || overlaps(mentions, c.start(), m.end(), c.anchor())
                    || c.kind().equals(VILLAGE) && !unlistedVillage(text, c, m.end())
                    || c.kind().equals(HIGHLAND) && figurativeHighland(c.proper())) {
                continue;
            }
            Optional<Region> within = c.anchor() == null ? Optional.empty()
                : placeWithin(lexicon, c.proper(), c.anchor().region());
            boolean withAnchor = c.anchor() != null && within.isEmpty()
                && (c.start() == c.end() || names(lexicon, c.proper()));
            // a university's or its hospital's place is part of its name (上海交通大学, 吉林大学中日联谊医院); a
            // state abroad is only where its university lies (马萨诸塞州伍斯特州立大学)
            boolean namedByPlace = c.anchor() != null && !c.anchor().region().foreign()
                && (c.kind().equals(HOSPITAL) || c.kind().equals(UNIVERSITY) && within.isEmpty());
            int ownStart = withAnchor || namedByPlace ? c.anchor().start() : c.start();
            // a settlement's name holds no county (田东县蔡家屯 is 蔡家屯); a park's, a port's or a zone's does
            // a spaceflight site's name holds its province too (海南商业航天发射场), and a national park's when the
            // province is written short (海南热带雨林国家公园)
            boolean provinceNamed = (SPACEFLIGHT_KINDS.contains(c.kind()) || c.kind().equals(NATIONAL_PARK)
                    && c.anchor() != null && !c.anchor().surface().equals(c.anchor().region().name()))
                && !withAnchor && c.anchor() != null
                && c.anchor().region().level() == RegionLevel.PROVINCE
                && !c.anchor().region().foreign();
            boolean residence = c.kind().equals(RESIDENCE);
            // 俄罗斯总统官邸: whose head of state lives there is part of a residence's name
            boolean countryNamed = residence && c.anchor() != null
                && c.anchor().region().level() == RegionLevel.COUNTRY;
            int start = provinceNamed || countryNamed ? c.anchor().start()
                : c.kind().equals(MOUNTAIN) ? c.start() // 铜官山 of 常熟铜官山: a mountain's name holds no county
                : SETTLEMENT_KINDS.contains(c.kind()) ? ownStart : cityBefore(ownStart, endingAt);
            if (residence && RESIDENCE_SPEAKING.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue;
            }
            // the residence's own name written after it in apposition is part of it (总统官邸克里姆林宫)
            int end = residence ? residenceEnd(text, m.end()) : m.end();
            // a residence's country written short (俄总统官邸) is named in full, as a title and body may write it both ways
            String name = countryNamed ? c.anchor().region().name() + text.substring(c.anchor().end(), end)
                : text.substring(start, end);
            String ownName = text.substring(ownStart, end);
            if (c.kind().equals(GROUP) && !(c.anchor() != null && c.anchor().region().level() == RegionLevel.VILLAGE
                    && c.proper().length() >= MIN_NAME || c.anchor() == null && known.containsKey(ownName))) {
                continue; // 组 names a hamlet only after its village (上洲村上屋组), or as named so before
            }
            Optional<Region> locality = Optional.ofNullable(known.get(name)).or(() -> Optional.ofNullable(known.get(ownName)))
                .or(() -> knownBySuffix(known, ownName, c))
                .or(() -> container(c, within, context, start, locatedAfter(text, m.end(), startingAt))
                    .map(r -> c.anchor() == null ? landformBefore(text, found, mentions, start, r).orElse(r) : r)
                    .map(r -> c.anchor() == null && c.kind().equals(VILLAGE) ? countyBefore(mentions, start, r).orElse(r) : r)
                    .or(() -> namedDivision(lexicon, c))
                    .or(() -> c.anchor() == null && !foreignNamedAround(text, foreign, start)
                        && KNOWN_NATIONWIDE.contains(c.kind()) && !c.proper().equals(INTERNATIONAL)
                        && !(SPACEFLIGHT_KINDS.contains(c.kind()) && ForeignBareNames.isTransliteration(c.proper()))
                        ? Optional.of(ForeignCountries.china()) : Optional.empty())
                    .map(r -> locality(r, name)));
            if (locality.isEmpty()) {
                unplaced.add(new Span(start, end));
                continue;
            }
            int mentionStart = c.anchor() != null ? chainStart(c.anchor(), endingAt) : start;
            PlaceMention mention = new PlaceMention(mentionStart, end, text.substring(mentionStart, end), locality.get());
            found.add(mention);
            known.putIfAbsent(name, locality.get());
            known.putIfAbsent(ownName, locality.get()); // 锦屏羽毛球产业园, then 羽毛球产业园: one place
            boolean remembered = ownName.length() > MIN_NAME && (SETTLEMENT_KINDS.contains(c.kind())
                || ESTATE_KINDS.contains(c.kind()) && isDistinctiveEstateName(c.proper(), lexicon));
            if (remembered) {
                // 京几屯, then 新建京几屯水泥路: the same hamlet; 香港大埔宏福苑, then “大埔宏福苑援助基金”: the same estate
                settlements.putIfAbsent(ownName, mention);
            }
            if (ALIAS_KINDS.contains(c.kind()) && c.proper().length() >= MIN_NAME && !names(lexicon, c.proper())) {
                aliases.putIfAbsent(c.proper(), mention);
            }
        }
        found.addAll(foreignSubPlaces(text, mentions, found));
        found.addAll(ForeignBareNames.find(text, mentions, found));
        found.addAll(namedLocations(text, mentions, found, endingAt));
        aliases.forEach((alias, intro) -> found.addAll(aliasMentions(text, alias, intro, mentions, found, endingAt)));
        settlements.forEach((name, intro) -> found.addAll(namedAgain(text, name, intro, mentions, found)));
        found.addAll(villagesWithoutSuffix(text, context, lexicon, mentions, found));
        found.addAll(routeSections(text, context, lexicon, mentions, found));
        List<PlaceMention> out = new ArrayList<>(mentions.stream()
            .filter(p -> found.stream().noneMatch(l -> l.start() <= p.start() && p.end() <= l.end())).toList());
        out.addAll(found);
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return new Found(out, unplaced);
    }

    /** Where a residence's name ends: after a palace's name written right after it (总统官邸克里姆林宫), else at its kind. */
    private static int residenceEnd(String text, int kindEnd) {
        Matcher palace = PALACE_AFTER_RESIDENCE.matcher(text).region(kindEnd, text.length());
        return palace.lookingAt() ? palace.end() : kindEnd;
    }

    /**
     * Whether a foreign place is named in the title (the first line) or in the paragraph at {@code at}: a story abroad;
     * another item of a bulletin (尼泊尔 two paragraphs before 温吉桑储气库群) says nothing of it.
     */
    private static boolean foreignNamedAround(String text, List<PlaceMention> foreign, int at) {
        int titleEnd = text.indexOf('\n');
        int paragraphStart = text.lastIndexOf('\n', at) + 1;
        int paragraphEnd = text.indexOf('\n', at);
        int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
        return foreign.stream()
            .anyMatch(p -> titleEnd < 0 || p.start() < titleEnd || p.start() >= paragraphStart && p.start() < end);
    }

    /**
     * The start of the next kind word from {@code from}, with {@code m} on it, or -1: as {@code m.find()} would, but
     * a regex attempt at every position of a post cost a sixth of the region pass.
     */
    private static int nextKind(String text, Matcher m, int from) {
        for (int i = from; i < text.length(); i++) {
            if (KIND_FIRST.indexOf(text.charAt(i)) >= 0 && mayStartKind(text, i) && m.region(i, text.length()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mayStartKind(String text, int i) {
        return ONE_CHARACTER_KIND_WORDS.indexOf(text.charAt(i)) >= 0
            || i + 2 <= text.length() && KIND_WORD_STARTS.contains(text.substring(i, i + 2));
    }

    /**
     * Where a locality's name starts: with the city or county written right before it, which its full name holds
     * (广州白云国际机场, 宁波舟山港, 锦屏羽毛球产业园); a province before it is only where it lies (福建泉州港 is 泉州港).
     */
    private static int cityBefore(int start, Map<Integer, PlaceMention> endingAt) {
        PlaceMention before = endingAt.get(start);
        boolean city = before != null && (before.region().level() == RegionLevel.PREFECTURE
            || before.region().level() == RegionLevel.COUNTY);
        return city ? before.start() : start;
    }

    /** Where the run of place names ending with this one starts (贵州 of 贵州锦屏). */
    private static int chainStart(PlaceMention last, Map<Integer, PlaceMention> endingAt) {
        int start = last.start();
        while (endingAt.containsKey(start)) {
            start = endingAt.get(start).start();
        }
        return start;
    }

    /** The proper name before a kind word at {@code kindStart}, or null when the words there name no place. */
    private static Candidate candidate(String text, int kindStart, String kind, Map<Integer, PlaceMention> endingAt) {
        int end = kindStart - (ZONE_KINDS.contains(kind) ? modifiersLength(text, kindStart, ZONE_MODIFIERS)
            : modifiersLength(text, kindStart, MODIFIERS));
        Candidate personNamed = PERSON_NAMED_KINDS.contains(kind) ? personNamedSite(text, end, kind) : null;
        if (personNamed != null) {
            return personNamed;
        }
        int start = end;
        while (start > 0 && end - start <= MAX_NAME_AFTER_PLACE && isNameCharacter(text.charAt(start - 1))
                && !endingAt.containsKey(start)) {
            start--;
        }
        // checked before the names abroad and measure words below, which no such kind's anchor needs: 苑, 小区 and 花园
        // are common, and most stand after no place
        Set<RegionLevel> namingLevels = NAMED_AFTER_DIVISION.get(kind);
        if (namingLevels != null
                && !namedAfterDivision(kind, text.substring(start, end), endingAt.get(start), namingLevels)) {
            return null;
        }
        int transliterated = start;
        if (ForeignBareNames.isTransliteration(text, start, end)) {
            while (transliterated > 0 && end - transliterated < MAX_TRANSLITERATED_NAME
                    && !endingAt.containsKey(transliterated)
                    && ForeignBareNames.isTransliteration(text, transliterated - 1, transliterated)) {
                transliterated--;
            }
        }
        if (endingAt.containsKey(transliterated) && endingAt.get(transliterated).region().foreign()) {
            start = transliterated; // a long name abroad right after its place (罗斯托夫州莫罗佐夫斯克机场)
        }
        if (start > 0 && !endingAt.containsKey(start) && endingAt.containsKey(start - 1)
                && MEASURE_BREAKS.indexOf(text.charAt(start - 1)) >= 0) {
            start--; // right after a place name, a measure word is a name's first character (长兴村项家屯)
        }
        PlaceMention anchor = endingAt.get(start);
        if (anchor != null) {
            // a university after a place at home, not after a country's (加拿大西安大略大学)
            PlaceMention before = endingAt.get(anchor.start());
            if (kind.equals(UNIVERSITY) && (anchor.region().foreign() || before != null && before.region().foreign())
                    && !stateUniversityAbroad(text.substring(start, end), anchor, text, kindStart + kind.length())) {
                return null;
            }
            if (kind.equals(ISLAND) && !anchor.region().foreign()) {
                return null; // an island at home is named in the table or is a common noun (长兴岛, 海南岛)
            }
            return anchoredCandidate(text, start, end, kind, anchor, end < kindStart);
        }
        if (kind.equals(UNIVERSITY)) {
            return regionNamedUniversity(text, start, end, kindStart + kind.length());
        }
        if (kind.equals(VALLEY) || kind.equals(ISLAND)) {
            return null; // named alone, these are kinds (山间河谷, 该岛)
        }
        boolean bounded = start == 0 || !isNameCharacter(text.charAt(start - 1)) || afterVerbBeforeName(text, start);
        while (!bounded && start < end) {
            start++;
            char before = text.charAt(start - 1);
            // a verb of going or working ends the words before however long they run (乘坐…飞船返回东风着陆场)
            bounded = PREPOSITIONS.indexOf(before) >= 0 || CONJUNCTIONS.indexOf(before) >= 0
                || afterVerbBeforeName(text, start);
        }
        if (end - start > MIN_NAME && PREPOSITIONS.indexOf(text.charAt(start)) >= 0) {
            start++; // 在梅海岭公园
        }
        if (start > 0 && end - start > MIN_NAME && Character.isDigit(text.charAt(start - 1))
                && DATE_WORDS.indexOf(text.charAt(start)) >= 0) {
            start++; // 去年12月冰雪大世界开园: the date's word is no name's
        }
        for (int k = end - MIN_NAME - 1; k > start; k--) {
            if (PREPOSITIONS.indexOf(text.charAt(k)) >= 0 && !text.startsWith(FREE, k - 1)) {
                start = k + 1; // 镇内有蔡家屯: the name begins after the verb, however far back the words before reach
                break;
            }
        }
        for (int k = end - MIN_NAME - MOTION_VERB_LENGTH; k >= start; k--) {
            if (startsWithMotionVerb(text, k)) {
                start = k + MOTION_VERB_LENGTH; // 10月31日返回东风着陆场: the name begins after the verb
                break;
            }
        }
        String proper = text.substring(start, end);
        // after a preposition the name's start is sure, and it may be longer (经港珠澳大桥口岸)
        int longest = start > 0 && PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0
            ? MAX_NAME_AFTER_PLACE : MAX_NAME_ALONE;
        // a settlement said to lie somewhere (京几屯位于…五星村) is named, whatever single characters its name holds
        boolean located = SETTLEMENT_KINDS.contains(kind)
            && text.startsWith(LOCATED_AT, kindStart + kind.length()) && !GENERIC_WORDS.matcher(proper).find();
        return bounded && proper.length() >= MIN_NAME && proper.length() <= longest && (located || isProper(proper))
            && !counted(text, start) ? new Candidate(start, end, proper, kind, null) : null;
    }

    /**
     * A university named alone is a kind (综合性大学, 研究型大学), unless its name opens with one of China's regions, which
     * no common word does (华中科技大学, 西南大学, 华东师范大学): a name, written at a clause's start or after a preposition;
     * not a source of figures or experts (华东师范大学研究团队发现…) nor a partner (西北工业大学与阎良区签约).
     */
    private static Candidate regionNamedUniversity(String text, int start, int end, int kindEnd) {
        if (UNIVERSITY_AS_SOURCE.matcher(text).region(kindEnd, Math.min(text.length(), kindEnd + REPORTING_REACH))
                .lookingAt()) {
            return null;
        }
        for (int s = start; s + MIN_NAME <= end; s++) {
            boolean bounded = s == 0 || !isNameCharacter(text.charAt(s - 1))
                || PREPOSITIONS.indexOf(text.charAt(s - 1)) >= 0 || CONJUNCTIONS.indexOf(text.charAt(s - 1)) >= 0;
            if (bounded && UNIVERSITY_REGIONS.matcher(text).region(s, end).lookingAt()) {
                return new Candidate(s, end, text.substring(s, end), UNIVERSITY, null);
            }
        }
        return null;
    }

    /**
     * A site named before with a longer form of the same name (港珠澳大桥口岸, then 大桥口岸): the same place, where the
     * earlier name ends with the later and both keep two characters of their own before the kind.
     */
    private static Optional<Region> knownBySuffix(Map<String, Region> known, String ownName, Candidate c) {
        if (c.anchor() != null) {
            return Optional.empty();
        }
        int minimum = c.kind().length() + MIN_NAME;
        if (ownName.length() < minimum) {
            return Optional.empty();
        }
        Region best = null;
        int bestLength = 0;
        for (Map.Entry<String, Region> e : known.entrySet()) {
            String k = e.getKey();
            if (k.length() < minimum || k.equals(ownName) || !k.endsWith(c.kind())) {
                continue;
            }
            if (k.endsWith(ownName) && k.length() > bestLength) {
                best = e.getValue();
                bestLength = k.length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a state university is named by its city after the state abroad it lies in (马萨诸塞州伍斯特州立大学): a
     * site where news abroad happens. Other universities abroad stay no place: after a country they are often partners
     * named in a list (加拿大西安大略大学等单位), or sources of figures (斯坦福大学研究显示, 韦恩州立大学研究显示).
     */
    private static boolean stateUniversityAbroad(String proper, PlaceMention anchor, String text, int nameEnd) {
        if (!proper.endsWith(STATE_RUN) || !anchor.region().foreign() || anchor.region().level() == RegionLevel.COUNTRY
                || REPORTING.matcher(text).region(nameEnd, Math.min(text.length(), nameEnd + REPORTING_REACH)).lookingAt()) {
            return false;
        }
        String city = proper.substring(0, proper.length() - STATE_RUN.length());
        return city.length() >= MIN_NAME && isProper(city) && !DictionaryWords.isWord(city);
    }

    /**
     * Where a person's name abroad written with a dot (卡迈勒·阿德万) starts, ending at {@code end}: two transliterations
     * of two characters or more around one dot; -1 when the words there are none.
     */
    private static int dottedNameStart(String text, int end) {
        int dot = end;
        while (dot > 0 && end - dot < MAX_TRANSLITERATED_NAME
                && ForeignBareNames.isTransliteration(text, dot - 1, end)) {
            dot--;
        }
        if (end - dot < MIN_NAME || dot == 0 || NAME_DOTS.indexOf(text.charAt(dot - 1)) < 0) {
            return -1;
        }
        int start = dot - 1;
        while (start > 0 && dot - 1 - start < MAX_TRANSLITERATED_NAME
                && ForeignBareNames.isTransliteration(text, start - 1, dot - 1)) {
            start--;
        }
        return dot - 1 - start >= MIN_NAME ? start : -1;
    }

    /** Whether a university's hospital is named right after the university (吉林大学中日联谊医院): the hospital is the place. */
    private static boolean hospitalAhead(String text, int universityEnd) {
        for (int k = universityEnd + 1; k <= universityEnd + MAX_HOSPITAL_NAME && k < text.length(); k++) {
            if (!isNameCharacter(text.charAt(k - 1))) {
                return false;
            }
            if (k - universityEnd >= MIN_HOSPITAL_NAME && text.startsWith(HOSPITAL, k)) {
                return true; // the hospital's own name may be a common word (人民医院, 附属医院)
            }
        }
        return false;
    }

    /**
     * A university's hospital: 大学, then a name of two to six characters, common words too (人民医院), then 医院; the
     * university named by a place at home (吉林大学中日联谊医院) or by up to four characters of its own (陆军军医大学西南医院).
     * No other 医院 names a place (市级医院, 定点医院, 二级综合医院).
     */
    private static Candidate universityHospital(String text, int kindStart, Map<Integer, PlaceMention> endingAt) {
        if (kindStart == 0 || !isNameCharacter(text.charAt(kindStart - 1))) {
            return null;
        }
        for (int n = MIN_HOSPITAL_NAME; n <= MAX_HOSPITAL_NAME; n++) {
            int universityEnd = kindStart - n;
            int universityStart = universityEnd - UNIVERSITY.length();
            if (universityStart <= 0 || !isNameCharacter(text.charAt(universityEnd))) {
                return null;
            }
            if (!text.startsWith(UNIVERSITY, universityStart)) {
                continue;
            }
            PlaceMention anchor = endingAt.get(universityStart);
            if (anchor != null) {
                return anchor.region().foreign() ? null
                    : new Candidate(anchor.end(), kindStart, text.substring(anchor.end(), kindStart), HOSPITAL, anchor);
            }
            int start = universityStart;
            while (start > 0 && universityStart - start < MAX_NAME_ALONE && isNameCharacter(text.charAt(start - 1))
                    && !endingAt.containsKey(start)) {
                start--;
            }
            boolean bounded = start == 0 || !isNameCharacter(text.charAt(start - 1))
                || PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0;
            String university = text.substring(start, universityStart);
            return bounded && university.length() >= MIN_NAME && isProper(university)
                ? new Candidate(start, kindStart, text.substring(start, kindStart), HOSPITAL, null) : null;
        }
        return null;
    }

    /**
     * A hospital named by the division at home right before its own name (无锡市人民医院, 湖北省十堰市太和医院), or null: the
     * name is a few name characters, no kind of hospitals (无锡市定点医院).
     */
    private static Candidate divisionHospital(String text, int kindStart, Map<Integer, PlaceMention> endingAt) {
        for (int n = MIN_HOSPITAL_NAME; n <= MAX_HOSPITAL_NAME && n < kindStart; n++) {
            int start = kindStart - n;
            if (!isNameCharacter(text.charAt(start))) {
                return null;
            }
            PlaceMention anchor = endingAt.get(start);
            if (anchor != null) {
                String proper = text.substring(start, kindStart);
                boolean named = !anchor.region().foreign() && HOSPITAL_DIVISIONS.contains(anchor.region().level())
                    && !HOSPITAL_CATEGORIES.matcher(proper).find();
                return named ? new Candidate(start, kindStart, proper, HOSPITAL, anchor) : null;
            }
        }
        return null;
    }

    /** A site named after a person abroad (卡迈勒·阿德万医院), else null. */
    private static Candidate personNamedSite(String text, int kindStart, String kind) {
        int start = dottedNameStart(text, kindStart);
        return start < 0 ? null : new Candidate(start, kindStart, text.substring(start, kindStart), kind, null);
    }

    private static boolean startsWithMotionVerb(String text, int at) {
        for (String verb : VERBS_BEFORE_NAME) {  // tried at every step of the name-start scans: no stream per call
            if (text.startsWith(verb, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of going or working ends right before the offset. */
    private static boolean afterVerbBeforeName(String text, int at) {
        return at >= MOTION_VERB_LENGTH && startsWithMotionVerb(text, at - MOTION_VERB_LENGTH);
    }

    /** Whether a count stands right before the words (11个亚洲象自然保护区, 多个湿地公园): they are a kind, not a name. */
    private static boolean counted(String text, int start) {
        return start >= 2 && MEASURE_BREAKS.indexOf(text.charAt(start - 1)) >= 0
            && (Character.isDigit(text.charAt(start - 2)) || COUNTS.indexOf(text.charAt(start - 2)) >= 0);
    }

    /** A proper name right after a place name: none (郑州航空港), one character (江苏太湖) or a few (内蒙古达里湖). */
    private static Candidate anchoredCandidate(String text, int start, int end, String kind, PlaceMention anchor,
                                               boolean modified) {
        String proper = text.substring(start, end);
        boolean fits = switch (proper.length()) {
            case 0 -> kind.equals(UNIVERSITY) ? !anchor.surface().equals(anchor.region().name()) // 云南大学, not 云南省大学
                : (BARE_KINDS.contains(kind) || BARE_LANDFORMS.contains(kind) || kind.equals(ISLAND))
                && (anchor.region().level() != RegionLevel.PROVINCE || isCity(anchor.region()))
                // a national park is named by a mountain or area written as a short form (武夷山国家公园), not by a city's
                // official name (南平市国家公园 is the city's national parks)
                && !(kind.equals(NATIONAL_PARK) && anchor.surface().equals(anchor.region().name()))
                // a zone named by its city or county and the words of its title (崇州国家现代农业产业园, 红石镇现代产业园)
                || modified && ZONE_KINDS.contains(kind) && anchor.region().level().compareTo(RegionLevel.PROVINCE) > 0
                    && !anchor.region().foreign();
            case 1 -> ONE_CHARACTER_KINDS.contains(kind) && NUMERALS.indexOf(proper.charAt(0)) < 0;
            default -> proper.length() <= MAX_NAME_AFTER_PLACE || anchor.region().foreign()
                && proper.length() <= MAX_TRANSLITERATED_NAME && ForeignBareNames.isTransliteration(proper);
        };
        boolean fitsProper = proper.isEmpty() || PREPOSITIONS.indexOf(proper.charAt(0)) < 0 && isProper(proper);
        return fits && fitsProper ? new Candidate(start, end, proper, kind, anchor) : null;
    }

    /**
     * Villages of a township the post names, written without 村 before a kind of village it is (推进西岗子生态村建设项目
     * in a profile of the village's town): the village, where the context places the words in its township. Only names
     * of {@link #MIN_VILLAGE_STEM} characters or more, not a kind of village themselves (示范村), nor the township's
     * own name (时家店 of 时家店乡, the seat's village), nor an everyday word or a facility's (养殖场 of 养殖场示范村); a name before other
     * words (八里哨林场, 闹枝沟) may be the township's site or a list of them, not the village. Written right after its
     * township as the first words of a firm's or cooperative's name (香加乡科学图生态畜牧业合作社), the name is the
     * village's, the organization's seat.
     */
    private static List<PlaceMention> villagesWithoutSuffix(String text, PlaceContext context, PlaceLexicon lexicon,
                                                            List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        List<Region> townships = mentions.stream().map(PlaceMention::region)
            .filter(r -> r.level() == RegionLevel.TOWNSHIP).distinct().toList();
        for (Region township : townships) {
            for (Region village : lexicon.villagesOf(township)) {
                String name = village.name();
                if (!name.endsWith(VILLAGE) || name.length() - VILLAGE.length() < MIN_VILLAGE_STEM
                        || isCommonVillageName(name)) {
                    continue;
                }
                String stem = name.substring(0, name.length() - VILLAGE.length());
                if (!text.contains(stem) || township.name().startsWith(stem)
                        || FACILITY_ENDS.indexOf(stem.charAt(stem.length() - 1)) >= 0 || DictionaryWords.isWord(stem)) {
                    continue;
                }
                for (int at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
                    int start = at;
                    int end = at + stem.length();
                    int kindAt = text.substring(end, Math.min(text.length(), end + MAX_VILLAGE_KIND + VILLAGE.length()))
                        .indexOf(VILLAGE);
                    int kindEnd = end + kindAt;
                    boolean kindOfVillage = kindAt > 0
                        && isCommonVillageName(text.substring(end, kindEnd + VILLAGE.length()));
                    PlaceMention mention = new PlaceMention(start, end, stem, village);
                    boolean firmAfterTownship = !kindOfVillage && OrganizationNames.begins(text, mention)
                        && mentions.stream().anyMatch(p -> p.end() == start && p.region().equals(township));
                    if (!(kindOfVillage || firmAfterTownship) || overlaps(mentions, start, end, null)
                            || overlaps(found, start, end, null) || overlaps(out, start, end, null)
                            || kindOfVillage && !containerAt(context, start).filter(township::equals).isPresent()) {
                        continue;
                    }
                    out.add(mention);
                }
            }
        }
        return out;
    }

    /**
     * Stretches of a route the post names (连云港至仪征原油管道工程连云港至淮安段成功投产。该段全长143.8公里; 京杭大运河苏南段
     * 全长212.2公里): a site of its own, as its figures are the stretch's, not a place's at one end. Between two places it
     * lies in the deepest place holding both; after a route, in the place its name holds, else where the context places
     * it.
     */
    private static List<PlaceMention> routeSections(String text, PlaceContext context, PlaceLexicon lexicon,
                                                    List<PlaceMention> mentions, List<PlaceMention> found) {
        if (!text.contains(SECTION)) {
            return List.of();
        }
        List<PlaceMention> out = new ArrayList<>();
        List<PlaceMention> places = mentions.stream().filter(p -> !BackReferences.isReference(p)).toList();
        for (int i = 0; i + 1 < places.size(); i++) {
            PlaceMention from = places.get(i);
            PlaceMention to = places.get(i + 1);
            if (to.start() != from.end() + 1 || SECTION_TO.indexOf(text.charAt(from.end())) < 0
                    || !text.startsWith(SECTION, to.end()) || overlaps(found, from.start(), to.end() + 1, null)) {
                continue;
            }
            Optional<Region> container = context.commonAncestorOf(from.region(), to.region());
            container.ifPresent(r -> out.add(new PlaceMention(from.start(), to.end() + 1,
                text.substring(from.start(), to.end() + 1), locality(r, text.substring(from.start(), to.end() + 1)))));
        }
        Matcher m = ROUTE_SECTION.matcher(text);
        while (m.find()) {
            int from = routeNameStart(text, m.start(), lexicon);
            int end = m.end();
            if (from < 0 || NOT_BEFORE_SECTION.indexOf(text.charAt(end - SECTION.length() - 1)) >= 0
                    || overlaps(found, from, end, null) || overlaps(out, from, end, null)
                    || GENERIC.matcher(text.substring(from, end)).find()) {
                continue;
            }
            // named by a place (京杭大运河无锡段), it lies there; by a region (苏南段), in the province or country around
            Optional<Region> container = places.stream().filter(p -> p.start() >= m.start(1) && p.end() <= m.end(1))
                .map(PlaceMention::region).findFirst()
                .or(() -> containerAt(context, from).flatMap(r -> lexicon.regionsNamed(r.path().get(0)).stream()
                    .filter(top -> top.level().compareTo(RegionLevel.PROVINCE) <= 0).findFirst()));
            String name = text.substring(from, end);
            container.ifPresent(r -> out.add(new PlaceMention(from, end, name, locality(r, name))));
        }
        return out;
    }

    /**
     * Where a route's name starts before its kind word at {@code kindStart} (京杭大 of 京杭大运河): the fewest characters
     * written after a mark or preposition, else after a word of the dictionary that the name, holding no such word
     * ({@link #isRouteName}), follows (黄百 of 标志性工程黄百铁路, 京沪高速 of 重点工程京沪高速铁路, not 新开工 of
     * 今年新开工高速公路); -1 when it runs on from other words or the words from the start are no route's name.
     */
    private static int routeNameStart(String text, int kindStart, PlaceLexicon lexicon) {
        int lowest = Math.max(0, kindStart - MAX_ROUTE_NAME);
        for (int start = kindStart - 1; start >= lowest; start--) {
            if (!isNameCharacter(text.charAt(start))) {
                return -1;
            }
            if (start == 0 || !isNameCharacter(text.charAt(start - 1)) || PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0) {
                return isRouteName(text.substring(start, kindStart), lexicon) ? start : -1;
            }
        }
        for (int start = kindStart - ROUTE_WORD; start >= Math.max(ROUTE_WORD, lowest); start--) {
            if (DictionaryWords.isWord(text.substring(start - ROUTE_WORD, start))
                    && isRouteName(text.substring(start, kindStart), lexicon)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether a kind {@link #NAMED_AFTER_DIVISION} is named here: right after a division at home of a level naming it;
     * a plain by the city alone (成都平原), not a regional plain named like one (淮北平原); an estate by a name of its own
     * ({@link #isEstateName}).
     */
    private static boolean namedAfterDivision(String kind, String proper, PlaceMention anchor, Set<RegionLevel> levels) {
        if (anchor == null || anchor.region().foreign() || !levels.contains(cityLevel(anchor.region()))
                || BackReferences.isReference(anchor)) { // 全市现代农业示范区: the city's zones, not one named
            return false;
        }
        if (kind.equals(PLAIN)) {
            return proper.isEmpty() && !REGIONAL_PLAINS.contains(anchor.surface());
        }
        return !ESTATE_KINDS.contains(kind) || isEstateName(proper);
    }

    /**
     * The kinds {@link #NAMED_AFTER_DIVISION}: 山, 平原, each of {@link #ESTATE_KINDS} by a city or below, and the
     * {@link #RAIL_STATIONS} and the {@link #DEMONSTRATION_ZONE} by a city or county.
     */
    private static Map<String, Set<RegionLevel>> kindsNamedAfterDivision() {
        Map<String, Set<RegionLevel>> kinds = new HashMap<>();
        kinds.put(MOUNTAIN, CITY_OR_COUNTY);
        kinds.put(PLAIN, EnumSet.of(RegionLevel.PREFECTURE));
        ESTATE_KINDS.forEach(kind -> kinds.put(kind, CITY_AND_BELOW));
        RAIL_STATIONS.forEach(kind -> kinds.put(kind, CITY_OR_COUNTY));
        kinds.put(DEMONSTRATION_ZONE, CITY_OR_COUNTY);
        return Map.copyOf(kinds);
    }

    /** A division's level, a province-level city's counted as a city's (上海市, 香港特别行政区). */
    private static RegionLevel cityLevel(Region r) {
        return r.level() == RegionLevel.PROVINCE && isCity(r) ? RegionLevel.PREFECTURE : r.level();
    }

    /**
     * Whether the words before an estate's kind word are its name (宏福 of 大埔宏福苑, 阳光花园 of 阳光花园小区): not an
     * everyday word (老旧小区, 居民小区, 城市花园) nor a policy's (无疫小区, 封控小区, 公租房小区), and no other kind's place
     * (中山公园花园).
     */
    private static boolean isEstateName(String proper) {
        return proper.length() >= MIN_NAME && estateStem(proper) != null && !ESTATE_POLICY_WORDS.matcher(proper).find()
            && !DictionaryWords.isWord(proper);
    }

    /**
     * Whether an estate's name is remembered for its later mentions alone (大埔宏福苑, then “大埔宏福苑援助基金”): only a
     * name holding no common word (宏福, not 阳光), whose words are no category of estates written again elsewhere.
     */
    private static boolean isDistinctiveEstateName(String proper, PlaceLexicon lexicon) {
        String stem = estateStem(proper);
        return stem != null && !holdsCommonWord(stem, lexicon);
    }

    /**
     * The words before an estate's kind words (阳光 of 阳光花园 before 小区), or null when they end in another kind's
     * word (中山公园 before 花园: the park's garden).
     */
    private static String estateStem(String proper) {
        Matcher kindAtEnd = KIND_AT_END.matcher(proper);
        if (!kindAtEnd.find()) {
            return proper;
        }
        return ESTATE_KINDS.contains(kindAtEnd.group()) ? estateStem(proper.substring(0, kindAtEnd.start())) : null;
    }

    /**
     * Whether the words hold a word of the dictionary of two characters or more (开工 of 新开工, 居民), as ICU cuts them,
     * that is no place's name (大埔 of 大埔宏福) nor two provinces' characters (京沪).
     */
    private static boolean holdsCommonWord(String words, PlaceLexicon lexicon) {
        for (int at = 0; at < words.length(); ) {
            String word = DictionaryWords.firstWord(words.substring(at));
            if (word.length() >= MIN_NAME && !names(lexicon, word) && !joinsProvinces(word)) {
                return true;
            }
            at += Math.max(1, word.length());
        }
        return false;
    }

    private static boolean joinsProvinces(String word) {
        return word.chars().allMatch(c -> PROVINCE_CHARACTERS.indexOf(c) >= 0);
    }

    /**
     * Whether the words before a route's kind are its name (黄百, 沪昆, 京沪高速 of 京沪高速铁路): no common word (新开工)
     * once its class (高速, 城际) is cut, and not the class alone (城际铁路江苏段).
     */
    private static boolean isRouteName(String words, PlaceLexicon lexicon) {
        String name = ROUTE_CLASS_AT_END.matcher(words).replaceFirst("");
        return !name.isEmpty() && !holdsCommonWord(name, lexicon);
    }

    /** Whether a village's name is a kind of village too (中心村, 示范村, 新农村): no one village is meant by it alone. */
    static boolean isCommonVillageName(String name) {
        String proper = name.endsWith(VILLAGE) ? name.substring(0, name.length() - VILLAGE.length()) : name;
        return COMMON_VILLAGE_WORDS.matcher(proper).find();
    }

    /** Whether the words before 高地 end in a common word (经济高地, 创新高地): a figure of speech, not a landform. */
    private static boolean figurativeHighland(String proper) {
        return proper.length() < WORD_BEFORE_HIGHLAND
            || DictionaryWords.isWord(proper.substring(proper.length() - WORD_BEFORE_HIGHLAND));
    }

    /** Whether the place is a landform or basin a locality stands for (准噶尔盆地, 伊犁河谷, 海河流域). */
    static boolean isLandform(Region r) {
        return r.level() == RegionLevel.LOCALITY && LANDFORM_AT_END.matcher(r.name()).find();
    }

    /** Whether a locality is a settlement, a village or hamlet the table does not list (烂山村, 蔡家屯). */
    static boolean isSettlement(Region r) {
        return r.level() == RegionLevel.LOCALITY && SETTLEMENT_KINDS.stream().anyMatch(r.name()::endsWith);
    }

    /**
     * Whether a province-level place is a city (上海市 of 上海港, 澳门特别行政区 of 澳门国际机场), whose name alone names its
     * port or airport.
     */
    static boolean isCity(Region province) {
        return province.name().endsWith(CITY) || province.name().endsWith(SPECIAL_REGION);
    }

    /**
     * Whether a name before 村 is a village the table does not list: written right after its town (白云山镇烂山村), or
     * as a line of its own, as a table's row is (烂山村). Anywhere else 村 ends too many common words (农村, 贫困村).
     */
    private static boolean unlistedVillage(String text, Candidate c, int end) {
        boolean afterTown = c.anchor() != null && c.anchor().region().level() == RegionLevel.TOWNSHIP
            && c.proper().length() >= MIN_NAME;
        boolean ownLine = c.anchor() == null && startsLine(text, c.start())
            && (end == text.length() || text.charAt(end) == '\n');
        return (afterTown || ownLine || c.anchor() == null && namedAsSubject(text, c, end))
            && !COMMON_VILLAGE_WORDS.matcher(c.proper()).find();
    }

    /**
     * Whether a village stands alone as its clause's subject (后苏家山村，仅有41户114口人; 后河湾村位于…): at the clause's
     * start, right before a mark, 有, 位于 or 是 saying what it is. Only a name of {@link #MIN_VILLAGE_STEM} characters
     * or more: two (淘宝村, 网红村, 百强村, 亿元村, 冬奥村) are mostly a kind of village the dictionary lacks. Not words
     * ending in 村 (偏远山村，交通不便; 千年古村; 他们走进村，): the name begins with no dictionary word, nor is one before the
     * 山, 渔, 乡 or 农 of such a word.
     */
    private static boolean namedAsSubject(String text, Candidate c, int end) {
        String proper = c.proper();
        boolean opensClause = startsLine(text, c.start()) || Segmenter.endsClause(text.charAt(c.start() - 1));
        if (proper.length() < MIN_VILLAGE_STEM || !opensClause
                || !VILLAGE_SUBJECT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        String stem = proper.substring(0, proper.length() - 1);
        boolean commonWordEnd = WORDS_ENDING_IN_A_LEVEL.contains(proper.substring(stem.length()) + VILLAGE);
        return !DictionaryWords.isWord(proper) && !DictionaryWords.isWord(proper.substring(0, MIN_NAME))
            && !(commonWordEnd && DictionaryWords.isWord(stem));
    }

    /** Whether an offset begins the text or a line of it. */
    private static boolean startsLine(String text, int at) {
        return at == 0 || text.charAt(at - 1) == '\n';
    }

    /** The two characters before 站 in a post on the Antarctic (中山站, 长城站), unless a common noun (补给站). */
    private static Candidate station(String text, int kindStart, String kind) {
        int start = kindStart - STATION_NAME;
        if (start < 0 || !text.substring(start, kindStart).chars().allMatch(c -> isNameCharacter((char) c))) {
            return null;
        }
        String proper = text.substring(start, kindStart);
        return isProper(proper) ? new Candidate(start, kindStart, proper, kind, null) : null;
    }

    private static Candidate chinasSpaceStation(String text, int kindStart) {
        Candidate c = station(text, kindStart, SPACE_STATION);
        return c != null && (SPACE_STATION_NAMES.contains(c.proper()) || c.proper().equals(INTERNATIONAL)) ? c : null;
    }

    private static int modifiersLength(String text, int kindStart, Pattern modifiers) {
        Matcher m = modifiers.matcher(text.substring(Math.max(0, kindStart - MAX_MODIFIERS), kindStart));
        return m.find() ? m.end() - m.start() : 0;
    }

    /**
     * No common word, no preposition after the first character (枪手在公园, 共有水库), and no conjunction at the end
     * (主城区和新区 joins two kinds).
     */
    private static boolean isProper(String name) {
        return !GENERIC.matcher(name).find()
            && name.substring(1).chars().noneMatch(c -> PREPOSITIONS.indexOf(c) >= 0)
            && CONJUNCTIONS.indexOf(name.charAt(name.length() - 1)) < 0;
    }

    private static boolean isNameCharacter(char c) {
        return HanCharacters.isHan(c) && HARD_BREAKS.indexOf(c) < 0;
    }

    /** Whether the words are a place name of their own (舟山 of 宁波舟山港). */
    private static boolean names(PlaceLexicon lexicon, String words) {
        return !words.isEmpty() && lexicon.longestNameEnd(words, 0) == words.length();
    }

    /** The place the words name inside the given one (泉州 in 福建 of 福建泉州港), if any. */
    private static Optional<Region> placeWithin(PlaceLexicon lexicon, String words, Region outer) {
        return lexicon.regionsNamed(words).stream().filter(r -> contains(outer, r)).findFirst();
    }

    private static boolean overlaps(List<PlaceMention> mentions, int start, int end, PlaceMention except) {
        return mentions.stream().anyMatch(p -> p != except && p.start() < end && start < p.end());
    }

    /**
     * The one county or city whose short name a kind named after places is written with (大兴机场 → 大兴区, 萧山机场 →
     * 萧山区), where the context places it nowhere; empty when the name is no such short name or several share it.
     */
    private static Optional<Region> namedDivision(PlaceLexicon lexicon, Candidate c) {
        if (c.anchor() != null || !BARE_KINDS.contains(c.kind())) {
            return Optional.empty();
        }
        List<Region> divisions = lexicon.regionsNamed(c.proper()).stream()
            .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.PREFECTURE)
            .distinct().toList();
        return divisions.size() == 1 ? Optional.of(divisions.get(0)) : Optional.empty();
    }

    /** Where a locality lies: in the place name inside or before it, in Antarctica for a station, else by context. */
    private static Optional<Region> container(Candidate c, Optional<Region> within, PlaceContext context, int start,
                                              Optional<Region> locatedAfter) {
        if (c.anchor() != null) {
            return within.or(() -> Optional.of(c.anchor().region()));
        }
        return c.kind().equals(STATION) ? ANTARCTICA : locatedAfter.or(() -> containerAt(context, start));
    }

    /**
     * The landform named last before a site standing alone (准噶尔盆地 before 陆梁油田), inside the place the context
     * gives the site, with no other place named between and at most one paragraph break: the site lies in it.
     */
    private static Optional<Region> landformBefore(String text, List<PlaceMention> found, List<PlaceMention> mentions,
                                                   int start, Region container) {
        PlaceMention last = null;
        for (PlaceMention p : found) {
            if (p.end() <= start) {
                last = p;
            }
        }
        if (last == null || last.region().level() != RegionLevel.LOCALITY
                || !LANDFORM_AT_END.matcher(last.region().name()).find()) {
            return Optional.empty();
        }
        int from = last.end();
        boolean between = mentions.stream().anyMatch(p -> p.start() >= from && p.end() <= start);
        int breaks = 0;
        for (int k = text.indexOf('\n', from); k >= 0 && k < start && breaks <= LANDFORM_REACH_PARAGRAPHS; k = text.indexOf('\n', k + 1)) {
            breaks++;
        }
        List<String> path = last.region().path();
        List<String> outer = container.path();
        boolean inside = path.size() > outer.size() && path.subList(0, outer.size()).equals(outer);
        return !between && breaks <= LANDFORM_REACH_PARAGRAPHS && inside ? Optional.of(last.region()) : Optional.empty();
    }

    /**
     * The county named last before a village standing alone (永和县…。后苏家山村，仅有41户), when its context gives it
     * only a place above the counties that holds that county: a village lies in a county, and a story on a province
     * names a county before going on to its villages.
     */
    private static Optional<Region> countyBefore(List<PlaceMention> mentions, int start, Region container) {
        if (container.level().compareTo(RegionLevel.COUNTY) >= 0) {
            return Optional.empty();
        }
        return mentions.stream().filter(p -> p.end() <= start && p.region().level() == RegionLevel.COUNTY)
            .max(Comparator.comparingInt(PlaceMention::start)).map(PlaceMention::region)
            .filter(county -> contains(container, county));
    }

    /**
     * The place a locality is said to lie in right after its name (京几屯位于姜家店朝鲜族乡五星村): the last of the names
     * written back to back after 位于, if any.
     */
    private static Optional<Region> locatedAfter(String text, int end, Map<Integer, PlaceMention> startingAt) {
        if (!text.startsWith(LOCATED_AT, end)) {
            return Optional.empty();
        }
        PlaceMention p = startingAt.get(end + LOCATED_AT.length());
        while (p != null && startingAt.containsKey(p.end())) {
            p = startingAt.get(p.end());
        }
        return Optional.ofNullable(p).map(PlaceMention::region).filter(r -> !r.foreign() || r.level() != RegionLevel.LOCALITY);
    }

    /**
     * Where a name standing alone lies: the place its clause names before it, else the place its context names,
     * widened to the post's dominant place when that contains it; nowhere in a national context.
     */
    private static Optional<Region> containerAt(PlaceContext context, int offset) {
        return context.clausePlaceAt(offset).or(() -> context.placeAt(offset)
            .map(place -> context.dominantPlace().filter(d -> contains(d, place)).orElse(place)));
    }

    private static boolean contains(Region outer, Region inner) {
        return outer.equals(inner)
            || PlaceDisambiguator.related(outer, inner) && outer.level().compareTo(inner.level()) < 0;
    }

    /**
     * Places abroad the tables lack, written with a level word right after the division or country they lie in
     * (佛罗里达州坦帕地区, 南呼罗珊省塔巴斯地区, 冰岛格林达维克镇): localities of it, as a Chinese village is of its township.
     */
    private static List<PlaceMention> foreignSubPlaces(String text, List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention anchor : mentions) {
            if (!anchor.region().foreign() || anchor.region().level() == RegionLevel.LOCALITY
                    || anchor.end() >= text.length() || NOT_FOREIGN_NAME_STARTS.indexOf(text.charAt(anchor.end())) >= 0) {
                continue;
            }
            int end = anchor.end();
            while (end < text.length() && end - anchor.end() < MAX_FOREIGN_NAME && isNameCharacter(text.charAt(end))) {
                end++;
                int nameEnd = end;
                String kind = FOREIGN_LEVEL_WORDS.stream().filter(w -> text.startsWith(w, nameEnd)).findFirst().orElse(null);
                if (kind != null && nameEnd - anchor.end() >= MIN_NAME) {
                    int start = anchor.end();
                    int kindEnd = nameEnd + kind.length();
                    String around = text.substring(nameEnd - 1, Math.min(text.length(), kindEnd + 1));
                    boolean word = WORDS_ENDING_IN_A_LEVEL.stream().anyMatch(around::contains)
                        || MARKET_WORDS.stream().anyMatch(w -> text.startsWith(w, nameEnd));
                    boolean free = !word && Stream.concat(mentions.stream(), found.stream())
                        .noneMatch(p -> p.start() < kindEnd && start < p.end());
                    if (!free) {
                        break; // a word ending or beginning with the level word (城市, 公开市场), or a place found already
                    }
                    String proper = text.substring(start, nameEnd);
                    // a name abroad is a transliteration (英格兰地区), or else begins with no word of the dictionary (受灾地区,
                    // 一线城市, 以外地区); names listed before one level word (英格兰和威尔士地区) are one region, when each is a
                    // transliteration
                    boolean listed = proper.chars().anyMatch(c -> PlaceContext.LIST_JOINERS.indexOf(c) >= 0);
                    boolean listOfTransliterations = listed && listedTransliterations(proper);
                    boolean singleName = !listed && isProper(proper) && (ForeignBareNames.isTransliteration(proper)
                        || !DictionaryWords.isWord(proper) && !DictionaryWords.isWord(proper.substring(0, 2)));
                    if (listOfTransliterations || singleName) {
                        out.add(new PlaceMention(anchor.start(), kindEnd, text.substring(anchor.start(), kindEnd),
                            locality(anchor.region(), text.substring(start, kindEnd))));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the words are transliterated names (英格兰) of {@link #MIN_NAME} characters or more, or a list of them
     * joined by 和, 及, 与 or 、 (英格兰和威尔士).
     */
    private static boolean listedTransliterations(String words) {
        int from = 0;
        for (int k = 0; k <= words.length(); k++) {
            if (k == words.length() || PlaceContext.LIST_JOINERS.indexOf(words.charAt(k)) >= 0) {
                if (k - from < MIN_NAME || !ForeignBareNames.isTransliteration(words, from, k)) {
                    return false;
                }
                from = k + 1;
            }
        }
        return true;
    }

    /**
     * Where a firm or site lies, said with 位于 and a township or village and then a name closing the clause (公司位于柳河镇
     * 太平一区，… / 位于柳河镇乔家店。): that name is a place of it the table lacks, not a direction or part (东南部, 境内).
     */
    private static List<PlaceMention> namedLocations(String text, List<PlaceMention> mentions, List<PlaceMention> found,
                                                     Map<Integer, PlaceMention> endingAt) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention anchor : mentions) {
            RegionLevel level = anchor.region().level();
            if (level.compareTo(RegionLevel.TOWNSHIP) < 0 || level == RegionLevel.LOCALITY) {
                continue;
            }
            int chain = chainStart(anchor, endingAt); // 位于柳河县柳河镇太平一区: the county before the township
            if (!text.startsWith(LOCATED_AT, chain - LOCATED_AT.length())) {
                continue;
            }
            int end = anchor.end();
            while (end < text.length() && end - anchor.end() <= MAX_LOCATION_NAME && isNameCharacter(text.charAt(end))) {
                end++;
            }
            int nameEnd = end;
            String name = text.substring(anchor.end(), nameEnd);
            boolean closesClause = nameEnd < text.length() && LOCATION_ENDS.indexOf(text.charAt(nameEnd)) >= 0;
            if (closesClause && name.length() >= MIN_NAME && name.length() <= MAX_LOCATION_NAME && isLocationName(name)
                    && Stream.concat(mentions.stream(), found.stream())
                        .noneMatch(p -> p != anchor && p.start() < nameEnd && anchor.end() < p.end())) {
                out.add(new PlaceMention(chain, nameEnd, text.substring(chain, nameEnd), locality(anchor.region(), name)));
            }
        }
        return out;
    }

    /** Whether the words name a place, not a direction, part, street or office (东南部, 境内, 政府, 大街). */
    private static boolean isLocationName(String name) {
        return NOT_LOCATION_STARTS.indexOf(name.charAt(0)) < 0 && NOT_LOCATION_ENDS.indexOf(name.charAt(name.length() - 1)) < 0
            && isProper(name) && !NOT_A_LOCATION.matcher(name).find();
    }

    /**
     * Whether a locality is a named location the table lacks (太平一区, 乔家店, 埃尔金: no kind word ends its name), unlike a
     * site (湿地公园, 红石水库).
     */
    static boolean isNamedLocation(Region r) {
        return r.level() == RegionLevel.LOCALITY && !KIND_AT_END.matcher(r.name()).find() && !MacroRegions.isMacroRegion(r);
    }

    static Region locality(Region container, String name) {
        List<String> path = new ArrayList<>(container.path());
        path.add(name);
        return new Region(container.code(), name, RegionLevel.LOCALITY, path);
    }

    /**
     * The later places where a settlement's name (京几屯, 上屋组) is written again, whatever the words before it
     * (新建京几屯水泥路): its kind word makes it a name.
     */
    private static List<PlaceMention> namedAgain(String text, String name, PlaceMention intro,
                                                 List<PlaceMention> mentions, List<PlaceMention> found) {
        List<PlaceMention> out = new ArrayList<>();
        for (int at = text.indexOf(name, intro.end()); at >= 0; at = text.indexOf(name, at + name.length())) {
            int end = at + name.length();
            if (!overlaps(mentions, at, end, null) && !overlaps(found, at, end, null)) {
                out.add(new PlaceMention(at, end, name, intro.region()));
            }
        }
        return out;
    }

    /**
     * The later places where a base's, reserve's or zone's proper name stands alone (宁东下降25.3% after 宁东基地):
     * after a word boundary or a place name, and not part of another name.
     */
    private static List<PlaceMention> aliasMentions(String text, String alias, PlaceMention intro,
                                                    List<PlaceMention> mentions, List<PlaceMention> found,
                                                    Map<Integer, PlaceMention> endingAt) {
        List<PlaceMention> out = new ArrayList<>();
        for (int at = text.indexOf(alias, intro.end()); at >= 0; at = text.indexOf(alias, at + alias.length())) {
            int end = at + alias.length();
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            boolean bounded = !isNameCharacter(before) || PREPOSITIONS.indexOf(before) >= 0
                || CONJUNCTIONS.indexOf(before) >= 0 || endingAt.containsKey(at);
            if (bounded && !overlaps(mentions, at, end, null) && !overlaps(found, at, end, null)) {
                out.add(new PlaceMention(at, end, alias, intro.region()));
            }
        }
        return out;
    }
}
