package dev.zhibiao.engine.region;

import dev.zhibiao.engine.quantity.ListedPlaceCounts;
import dev.zhibiao.engine.text.ArabicDigits;
import dev.zhibiao.engine.text.FirstCharacters;
import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.LeadingScan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import dev.zhibiao.engine.text.DocumentSpans;
import dev.zhibiao.engine.text.ListItemMarks;
import dev.zhibiao.engine.text.Segmenter;
import dev.zhibiao.engine.text.Span;

/**
 * The places of one document and the rule that says which of them a fact at a given offset belongs to. Immutable.
 */
public final class PlaceContext {
    /** Characters that join places into one list (湖北、河南、重庆等地), whose facts belong to all of them. */
    static final String LIST_JOINERS = "、和及与";
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("[0-9一二两三四五六七八九十]\\p{IsHan}$");
    private static final Pattern ASIDE = Pattern.compile("[，,、；;0-9]|^(?:不含|不包括|除)");

    private static final char LOCATIVE = '在';
    /** What ends a sentence's setting (在重庆江津，). */
    private static final String SCENE_END = "，,";
    /** Last characters of a division's name: 省 市 州 盟 县 区 旗 乡 镇 村 and 街道's 道. */
    private static final String LEVEL_WORDS = "省市州盟县区旗乡镇村道";
    /** Words between 在 and the place it names (在首都索非亚, 在当地). */
    private static final int MAX_BEFORE_LOCATIVE_PLACE = 2;
    /**
     * The amount and its noun before the locative (超过150头伪虎鲸在); further on, or behind a 的, the 在 belongs to
     * another phrase (九部门联合开展的…活动今天在新疆喀什举行).
     */
    private static final int MAX_SUBJECT_BEFORE_LOCATIVE = 12;
    /** 居住在美国的古巴公民 live there: not where they are counted. */
    private static final String RESIDING = "住活生";
    /** Verbs saying the counted subject came to stay where they name (三名航天员已进驻中国空间站, 两个乘组将会师中国空间站). */
    private static final List<String> STAY_VERBS = List.of("进驻", "入驻", "会师", "驻扎", "抵达", "到达", "飞抵");
    /** Verbs of staying, arriving and entering are two characters. */
    private static final int VERB_LENGTH = 2;
    /**
     * Verbs saying the counted things go into a place (两辆燃料卡车进入加沙地带): that place is the fact's, not the country
     * that lets or sends them (以色列允许…).
     */
    private static final List<String> ENTRY_VERBS = List.of("进入", "驶入", "运入", "送入");
    /** First characters of the verbs of staying and entering: most characters begin none. */
    private static final String VERB_FIRST_CHARACTERS = Stream.concat(STAY_VERBS.stream(), ENTRY_VERBS.stream())
        .map(verb -> verb.substring(0, 1)).distinct().collect(Collectors.joining());
    /** How many characters a qualifier may write before an amount's first numeral (超过, 将近, 不少于). */
    private static final int MAX_QUALIFIER_BEFORE_NUMERAL = 4;
    /** Chinese numerals an amount may open with (近一半, 超过两千名); not 多, which opens qualifiers too (多达). */
    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九十百千";
    /** What a numeral may go on with (3万余, 20多): still the amount, no word between it and a place. */
    private static final String LARGE_UNITS_AND_APPROXIMATES = "万亿多余";
    /** 华 for China as where people come, stay or study (来华旅游, 在华留学, 访华): the nation is their scene. */
    private static final Pattern CHINA_AS_SCENE = Pattern.compile("[来访赴在抵留驻旅]华");
    /** Measure words of people: a country right after one says whose people are counted (20多名伊朗安全机构指挥官). */
    private static final String PERSON_MEASURES = "名位";
    /** What follows a country's name written as its people's (巴勒斯坦人). */
    private static final char PEOPLE = '人';
    /** Second characters of words 人 begins (人口, 人均, 人民, 人员, 人次). */
    private static final String NOT_AFTER_PEOPLE = "口均民员次";
    /** Words pairing the amounts after them one by one with the items named before (分别为, 各为). */
    private static final String RESPECTIVE_WORDS = "分别|各为|各是|各达";
    private static final Pattern RESPECTIVELY = Pattern.compile(RESPECTIVE_WORDS);
    /** The same words scanned over a whole post, only where 分 or 各 stands. */
    private static final LeadingScan RESPECTIVELY_IN_POST = new LeadingScan("分各", RESPECTIVE_WORDS);
    /** What separates the amounts a 分别 pairs (25万元、46.2万元, 5%和6%). */
    private static final String AMOUNT_SEPARATORS = "、和及与";
    /** What ends the list of amounts a 分别 pairs: the clause's end. */
    private static final String AMOUNT_LIST_ENDS = "，,。；;：:！!？?\n";
    /** Measure words of people and of their bodies (15具…遗体): a side written right after one says whose they are. */
    private static final String PEOPLE_AND_BODY_MEASURES = PERSON_MEASURES + "具";
    /** What follows a country's first character when news writes it as a side in talks or a conflict (以方, 俄方, 中方). */
    private static final char SIDE = '方';
    /** Characters before 方 that make a word of it, no country's side (西方记者, 南方, 多方, 双方, 军方, 警方, 地方). */
    private static final String NOT_A_SIDE = "东西南北多双对各我官军警地校院检上下前后左右";

    /** Marks opening a note or a quotation, and closing one. */
    private static final String NOTE_AND_QUOTE_OPENERS = Segmenter.OPENING_BRACKETS + Segmenter.OPENING_QUOTES;
    private static final String NOTE_AND_QUOTE_CLOSERS = Segmenter.CLOSING_BRACKETS + Segmenter.CLOSING_QUOTES;
    /** Words before a place where something goes or is sent (驰援武汉, 前往德国, 向…方向): under endsWith, 前往 is 往's. */
    private static final List<String> DESTINATION_MARKS = List.of("往", "赴", "驰援", "到", "至", "向");
    /** Path length of a division or city abroad (美国 > 得克萨斯州): a town's path is longer inside one. */
    private static final int FOREIGN_DIVISION_DEPTH = 2;
    /** Words before a place that make it a destination, origin, route, link or example (驰援武汉, 从昆明出发, 连接贵阳, 如郑州). */
    private static final List<String> NOT_OF_THE_FACT_BEFORE = Stream.of(List.of("来自", "从", "自"), DESTINATION_MARKS,
        List.of("投向", "连接", "如", "被", "比", "较", "于")).flatMap(List::stream).toList();
    /** The words between a fact's amount and a part named after it: the amount and a noun or two (3名莫斯科州…). */
    private static final int MAX_GAP_BEFORE_PART = 6;
    static final char EXAMPLES_END = '等';
    /** Words before a place where something came from (从黎巴嫩发射的火箭弹, 来自北京的教师). */
    static final List<String> ORIGIN_MARKS = List.of("来自", "从", "由", "自");
    /** Words before the agent of a passive (遭到以色列军方空袭, 受到美国制裁, 被美军击落): it acted on the fact's place. */
    private static final List<String> AGENT_MARKS = List.of("遭到", "遭受", "受到", "遭", "被");
    private static final List<String> ORIGIN_OR_AGENT_MARKS = Stream.concat(ORIGIN_MARKS.stream(), AGENT_MARKS.stream()).toList();
    /**
     * Words after a place that make it the launcher of what a fact counts (乌克兰方面发射的2枚导弹, 以军发射的火箭弹): like
     * 从黎巴嫩发射的, where the weapons came from, not where they were downed or struck.
     */
    private static final Pattern LAUNCHER_AFTER = Pattern.compile("(?:方面|军方|军)?发射的");
    /** The characters {@link #LAUNCHER_AFTER} may begin with. */
    private static final FirstCharacters LAUNCHER_AFTER_FIRST = new FirstCharacters("方军发");
    /**
     * Characters before a run of names that make it no launcher written after the deed on the scene (击落俄罗斯方面发射的):
     * the launch site (在海南文昌发射的), the target (向以色列发射的, 对乌克兰发射的, 朝…发射的) or a list's later name
     * (日本和韩国发射的). A run opening its clause (，朝鲜发射的2枚导弹落入…) is the fact's topic, not an origin.
     */
    private static final String NOT_BEFORE_LAUNCHER = "在向对朝和与及同";
    /**
     * Words before a place abroad (or its country) that make it where something goes, comes from or strikes (前往德国
     * 北莱茵-威斯特法伦州杜伊斯堡, 运往, 驶往, 向乌克兰顿涅茨克州…方向): not the scene of the sentences after.
     */
    private static final List<String> GOING_OR_COMING_MARKS =
        Stream.concat(ORIGIN_MARKS.stream(), DESTINATION_MARKS.stream()).toList();
    /** The longest name of the place a journey leaves, with its site (重庆团结村站): the table knows no stations. */
    private static final int MAX_ORIGIN_NAME = 10;
    /**
     * A departure: 从, the place a journey leaves and a verb of leaving (从重庆团结村站开出, 从昆明出发). What 从 names then is
     * the journey's origin, not where the facts of the paragraph are (从…获悉 names the source of news, which often is; 从郑州
     * 起飞的航班 are the city's flights).
     */
    private static final Pattern DEPARTURE = Pattern.compile("从(\\p{IsHan}{1," + MAX_ORIGIN_NAME
        + "}?)(?:开出|出发|驶出|驶离|启程|始发|发车|起飞|启航|起航)(?!的)");
    /** How the name of a site a journey leaves ends (义乌西站, 成都国际铁路港, 浦东机场): no standpoint (从实际出发). */
    private static final String DEPARTURE_SITE_ENDS = "站港场";
    /** The last character of the words a departing journey's destination is written after (前往, 开往, 驶往, 飞往). */
    private static final char TOWARDS = '往';
    /** The last character of the words a departing journey's stop is written after (经, 途经). */
    private static final char VIA = '经';
    /** How a clause saying who reports the facts ends (据美国媒体报道, 美国中央司令部称, 据海关统计). */
    private static final List<String> ATTRIBUTION_ENDS = List.of("称", "表示", "说", "报道", "统计", "显示", "宣布", "指出", "消息");
    /** Words of a news outlet written right after its country's name (美国媒体, 巴勒斯坦通讯社, 美国有线电视新闻网). */
    private static final Pattern NEWS_OUTLET_AFTER = Pattern.compile("\\p{IsHan}{0,4}?(?:媒体|媒|通讯社|电视台|新闻网|新闻社|广播公司|报)");
    /** How far after its country an outlet's words may end (美国有线电视新闻网). */
    private static final int MAX_OUTLET_WORDS = 8;
    private static final String CLAUSE_TRAILERS = "，,：:；;。";
    /** Words of the central authorities (中央财政, 国务院): a paragraph they act in is national, whatever story it is in. */
    private static final Pattern CENTRAL_AUTHORITY = Pattern.compile("中央|国务院");
    /** The share of the body's place mentions a story's place must have for paragraphs naming none to continue it. */
    private static final double STORY_SHARE = 0.5;
    /**
     * A demonstrative and a measure word opening a paragraph (这栋4层楼高的民居, 这座桥): the thing the paragraph before ended
     * on (or a vehicle at the scene: 这架飞机); not 这是, 这些年 or 这一, which open a comment, nor 这家, 这位, 这名, whose
     * firm or person need not be where the paragraph before ended.
     */
    private static final Pattern DEMONSTRATIVE_OPENING = Pattern.compile("这[栋座所间处条片艘架辆]");
    /**
     * Coverbs by which a country acts on the countries counted after them (对50个国家加征关税, 向包括印度在内的30多个国家出口);
     * not 与 or 同, with which countries meet as equals (伊朗与英法德三国外长会谈).
     */
    private static final String COVERBS_BEFORE_COUNTRIES = "对向";
    /** A coverb before the countries counted is looked for this far back in the clause. */
    private static final int MAX_COVERB_BEFORE_COUNTRIES = 12;
    /**
     * A count of countries (7国, 三国, 150多个国家), not 国内, 国际, 国企, 国产, 国庆 or 国债, nor of national parks,
     * bodies or a country's pavilions at an expo (34个国家公园, 国家级, 丹麦…携两个国家馆亮相进博会).
     */
    private static final Pattern COUNTRY_COUNT =
        Pattern.compile("[0-9一二两三四五六七八九十百]+[多余]?个?国(?:家(?![级公队机部局馆])|(?![内际企产庆债家]))");
    /** Words of a race or a meeting held at a venue (比赛在荷兰多德雷赫特落幕): the sentence names where results were won. */
    private static final Pattern HELD_AT_VENUE = Pattern.compile(HeldEvents.HOLDING_VERBS + "|进行|比赛|赛事");
    /** 其中 opens a breakdown: a place after it is a part's, not the whole's. */
    private static final String AMONG = "其中";
    /** 的 ends a modifier: a place right after one is what the modifier describes. */
    static final char MODIFIER_END = '的';
    /**
     * A facility named after the place it serves or belongs to, written after a modifier's 的 (以广顺镇为主的贵阳优质蔬菜
     * 保供基地, 建成…的全省大健康产业发展基地): the place only names the facility, not where the fact is.
     */
    private static final Pattern FACILITY_AFTER_PLACE = Pattern.compile("\\p{IsHan}{0,10}?基地");
    /** Verbs a profile opens a sentence with, leaving out what it profiles (位于新化县西南部). */
    static final List<String> SUBJECTLESS_SITUATING_VERBS = List.of("位于", "地处");
    /** What may stand between a place and the verb saying it lies in a part: nothing, or the place's own land or seat. */
    private static final List<String> SITUATED_PLACE_SUFFIXES = List.of("", "城", "境内", "全境", "县城", "城区", "市区");
    /** The colon closing a heading a profile's paragraph opens with (小镇概况：). */
    private static final char HEADING_END = '：';
    /** 全 opening a scope word (全省, 全市): the whole of a place the story is in, no name of its own. */
    private static final char WHOLE = '全';
    /** How far after its place a facility's name may end (the words of FACILITY_AFTER_PLACE and 基地). */
    private static final int MAX_FACILITY_NAME = 12;

    private final String text;
    private final DocumentSpans spans;
    private final int titleEnd;
    private final List<PlaceMention> mentions;
    /**
     * The mentions that can be what a fact is about: not neighbours (东临X), distance references (距X), nor the county
     * a company of the dominant place is named after. Ordered by start, as the mentions are: scopes are binary-searched.
     */
    private final List<PlaceMention> subjects;
    /**
     * Spans that name no place a fact can take: 中国/全国/我国 (national scope), or a locality that lies in no place
     * known (东北虎豹国家公园 in a story on the country's parks).
     */
    private final List<Span> placeless;
    private final Optional<Region> dominant;
    private final DivisionTable table;
    /** The places whose name alone heads a section of the body (伊克乌兰乡 over its profile). */
    private final SectionHeadings sections;
    /** Per place, the mentions that name it with a name (not 该县, 当地), in text order: {@link #nameAt}'s candidates. */
    private final Map<Region, List<PlaceMention>> namingMentions = new HashMap<>();
    /** Per sentence start, the place the paragraph moved into before it ({@link #placeMovedInto}). */
    private final Map<Integer, Optional<Region>> placesMovedInto = new HashMap<>();
    /** Per sentence start, whether its paragraph turned national before it ({@link #turnedNationalBefore}). */
    private final Map<Integer, Boolean> turnedNational = new HashMap<>();
    /** Per sentence start, whether it profiles the post's dominant place with its subject left out (位于…). */
    private final Map<Integer, Boolean> profileSentences = new HashMap<>();
    /** Per sentence start, the member of its paragraph's opening list singled out before it. */
    private final Map<Integer, Optional<Region>> membersSingledOut = new HashMap<>();
    /** See {@link #origins()}. */
    private final Set<PlaceMention> origins;
    /** See {@link #journeyEnds()}. */
    private final Set<PlaceMention> journeyEnds;
    /** The fields a subject is ranked in ({@link RankingDomains}): places only of the clause that ranks. */
    private final Set<PlaceMention> rankingDomains;
    /** Where people or things counted come from (来自…的): no place of the fact, nor a national scope there. */
    private final ComingFrom comingFrom;
    /** See {@link #attributionClauseEnds()}. */
    private final Map<PlaceMention, Integer> attributionClauseEnds;
    /** The counties and cities named, by where their mention ends: a township's name may be written after one. */
    private final Map<Integer, PlaceMention> countiesAndCitiesByEnd = new HashMap<>();
    /** How many subjects the body names ({@link #bodyMentions}); counted on first use. */
    private long bodyMentions = -1;
    /** Per paragraph start, the place of the story it continues ({@link #storyPlaceBefore}). */
    private final Map<Integer, Optional<Region>> storyPlaces = new HashMap<>();
    /** The landform scene of the paragraph before, by paragraph start: the same for every amount of the paragraph. */
    private final Map<Integer, Optional<Region>> landformScenesBefore = new HashMap<>();
    /** The mentions that begin a firm's name ({@link #onlyFirmsNamedIn}); found on first use. */
    private Set<PlaceMention> firmPlaces;
    /** The words the post writes its places with ({@link #isWrittenPlaceName}); gathered on first use. */
    private Set<String> writtenNames;
    /**
     * For each offset, {@link #unclosedBracketBefore}: built on first use in one pass, as it is asked for every place in
     * scope of every amount, and a scan back from each would cross the post.
     */
    private int[] unclosedBrackets;
    /** Whether the post writes 分别 or 各为 at all ({@link #respectivePlace}): most do not, and no amount looks further. */
    private final boolean pairsRespectively;
    /** Whether the post writes 防空 at all ({@link AirDefences}): most do not, and no amount looks for it then. */
    private final boolean namesAirDefence;
    /** Per sentence start, the host of an event it names ({@link #venueOfEventNamedIn}). */
    private final Map<Integer, Optional<Region>> venuesBySentence = new HashMap<>();
    /** Events named after their hosts, by name ({@link #venueOfEventNamedIn}); built on first use. */
    private Map<String, Region> eventHosts;

    PlaceContext(String text, DocumentSpans spans, int titleEnd, List<PlaceMention> mentions, List<Span> placeless,
                 Optional<Region> dominant, DivisionTable table, SectionHeadings sections) {
        this.text = text;
        this.sections = sections;
        this.spans = spans;
        this.titleEnd = titleEnd;
        this.mentions = List.copyOf(mentions);
        this.subjects = ReferencePoints.subjects(text, spans, mentions).stream()
            .filter(m -> !(OrganizationNames.begins(text, m) && containsDominant(m.region(), dominant)))
            .filter(m -> !namesFacilityAfterModifier(text, spans, mentions, m))
            .toList();
        this.origins = origins();
        this.comingFrom = ComingFrom.in(text);
        this.pairsRespectively = RESPECTIVELY_IN_POST.find(RESPECTIVELY_IN_POST.matcher(text), text, 0);
        this.namesAirDefence = text.contains(AirDefences.AIR_DEFENCE);
        this.attributionClauseEnds = attributionClauseEnds();
        this.placeless = List.copyOf(placeless);
        this.dominant = dominant;
        this.table = table;
        this.rankingDomains = RankingDomains.in(text, spans, subjects);
        this.journeyEnds = journeyEnds(); // after the subjects, origins, spans, mentions and placeless names it reads
        for (PlaceMention m : this.mentions) {
            if (namesIt(m)) {
                namingMentions.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m);
            }
            if (m.region().level() == RegionLevel.PREFECTURE || m.region().level() == RegionLevel.COUNTY) {
                countiesAndCitiesByEnd.putIfAbsent(m.end(), m);
            }
        }
    }

    /**
     * Whether a place contains the post's dominant place: a company named after it (柳河县…矿业有限公司 in a profile of
     * one of its towns) is registered there, while the facts are the dominant place's.
     */
    private static boolean containsDominant(Region place, Optional<Region> dominant) {
        return dominant.filter(d -> d.level() != RegionLevel.COUNTRY && place.level() != RegionLevel.COUNTRY
            && d.level().compareTo(place.level()) > 0 && d.code().startsWith(place.code())).isPresent();
    }

    /**
     * Whether a place right after a modifier's 的 begins the name of a facility ({@link #FACILITY_AFTER_PLACE}) in a
     * sentence that names another place for the facts (以广顺镇为主的贵阳…保供基地), or by a scope word (建成…的全省大健康
     * 产业发展基地); a name alone (全国最大的新疆棉花生产基地) is where the facts are.
     */
    private static boolean namesFacilityAfterModifier(String text, DocumentSpans spans, List<PlaceMention> mentions,
                                                      PlaceMention m) {
        if (m.start() == 0 || text.charAt(m.start() - 1) != MODIFIER_END || !FACILITY_AFTER_PLACE.matcher(text)
                .region(m.end(), Math.min(text.length(), m.end() + MAX_FACILITY_NAME)).lookingAt()) {
            return false;
        }
        if (m.surface().charAt(0) == WHOLE || BackReferences.isReference(m)) {
            return true; // 全省大健康产业发展基地: the scope word only says whose base it is
        }
        Span sentence = spans.sentenceAt(m.start());
        return mentions.stream().anyMatch(p -> p != m && p.start() >= sentence.start() && p.end() <= sentence.end()
            && !p.region().equals(m.region()));
    }

    public List<PlaceMention> mentions() {
        return mentions;
    }

    /** The place the post as a whole is about, if any. */
    public Optional<Region> dominantPlace() {
        return dominant;
    }

    /**
     * The place of an amount of a title or headline (暴风雪肆虐美东北部 近45万用户停电) that the story below restates at
     * {@code restatedAt}: where the story states it, when that lies within the headline's place or the headline names
     * none; the headline's place otherwise.
     */
    public Optional<Region> placeOfRestated(int offset, int restatedAt) {
        Optional<Region> here = placeAt(offset);
        if (restatedAt == offset) {
            return here;
        }
        Optional<Region> story = placeAt(restatedAt);
        return story.isPresent() && here.map(headline -> within(headline, story.get())
            || partWrittenWith(headline, spans.paragraphAt(restatedAt)).filter(story.get()::equals).isPresent())
            .orElse(true) ? story : here;
    }

    /**
     * The place of an amount of a headline line about a foreign place that the item below does not restate (日本2.5万民众
     * 集会反对修宪, then 3日，…在东京举行集会; 伊朗一煤矿发生爆炸致数十人死亡, then 伊朗南呼罗珊省塔巴斯地区的一处煤矿…):
     * the first place the item's first sentence names within the headline's place, with the names written right after
     * it; else the headline's place.
     */
    public Optional<Region> placeOfHeadline(int offset, Span item) {
        Optional<Region> here = placeAt(offset);
        if (here.isEmpty()) {
            return competitorsResultAt(offset) ? venueOfEventHeldIn(spans.sentenceAt(item.start())) : here;
        }
        if (!here.get().foreign()) {
            return here;
        }
        Span first = spans.sentenceAt(item.start());
        return subjects.stream()
            .filter(p -> p.start() >= first.start() && p.end() <= first.end() && !origins.contains(p)
                && within(here.get(), p.region()))
            .findFirst().map(p -> lastOfRunWithin(p).region())
            .or(() -> partWrittenWith(here.get(), first))
            .or(() -> here);
    }

    /**
     * Whether the clause of a headline's amount names no place but the country a team stands for (中国队再夺一金): a
     * result won at the venue its item reports.
     */
    private boolean competitorsResultAt(int offset) {
        Span clause = spans.clauseAt(offset);
        return onlyCompetitorsNamedIn(clause.start(), Math.min(offset, clause.end()));
    }

    /**
     * The venue a sentence says an event was held at (比赛在荷兰多德雷赫特落幕), if it says one: the clause saying so when one
     * does (not the next stop of 下一站比赛将在加拿大卡尔加里进行 after it), else the sentence's last place after 在.
     */
    private Optional<Region> venueHeldIn(Span sentence) {
        if (!HELD_AT_VENUE.matcher(text).region(sentence.start(), sentence.end()).find()) {
            return Optional.empty();
        }
        return venueOf(sentence);
    }

    /** Where a span says an event was held (see {@link #venueOfEventHeldIn}), else its last place after 在. */
    private Optional<Region> venueOf(Span span) {
        Optional<Region> held = venueOfEventHeldIn(span);
        return held.isPresent() ? held : venueIn(span);
    }

    /**
     * The place of the first clause of a sentence saying an event was held there (比赛在荷兰多德雷赫特落幕，下一站比赛将在
     * 加拿大卡尔加里进行 → 多德雷赫特), if one says so: a headline's result lies at the venue only when its item says the event
     * was held there, not where the team trained or met the press.
     */
    private Optional<Region> venueOfEventHeldIn(Span sentence) {
        for (PlaceMention p : subjects) {
            if (p.start() > sentence.start() && p.end() <= sentence.end() && text.charAt(p.start() - 1) == LOCATIVE) {
                Span clause = spans.clauseAt(p.start());
                int venueEnd = HeldEvents.venueEndAt(text, clause.start(), p.start() - 1, p.end(), clause.end());
                if (venueEnd >= 0) {
                    // the names written with the place up to the verb (荷兰多德雷赫特), not one read into the verb
                    PlaceMention last = lastOfRunWithin(p);
                    return Optional.of((last.end() <= venueEnd ? last : p).region());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A division of a foreign part's country written right after the part's name in the span (印度南部安得拉邦 for
     * 印度南部): the part lies in no table, so only the writing says the division is in it.
     */
    private Optional<Region> partWrittenWith(Region part, Span span) {
        if (part.level() != RegionLevel.LOCALITY || !part.foreign()) {
            return Optional.empty();
        }
        return subjects.stream()
            .filter(p -> p.start() >= span.start() && p.end() <= span.end() && p.region().equals(part))
            .map(p -> subjectStartingAt(p.end()))
            .filter(next -> next != null && next.region().foreign() && next.region().code().equals(part.code())
                && next.region().level() != RegionLevel.LOCALITY && next.region().level() != RegionLevel.COUNTRY)
            .findFirst().map(next -> lastOfRunWithin(next).region());
    }

    /**
     * The most specific place that applies to a fact at this offset: named before it in its clause, else in its
     * sentence, else in its paragraph, else the place heading its section, else in the title, else the post's dominant
     * place. A scope governed only by 中国/全国/我国, or by a locality that lies in no place known, is placeless: empty.
     */
    public Optional<Region> placeAt(int offset) {
        int numeral = firstNumeralFrom(offset);
        if (NationalScope.countsNation(text, numeral)) {
            return Optional.empty(); // 14亿多中国人民 in a story told in 北京: the nation's people, wherever they are named
        }
        Optional<Region> place = contextPlaceAt(offset);
        if (place.isEmpty()) {
            Span sentence = spans.sentenceAt(offset);
            Optional<Region> venue = venuesBySentence.computeIfAbsent(sentence.start(),
                start -> venueOfEventNamedIn(sentence).or(() -> venueOfMeetingReferredTo(sentence)));
            if (venue.isPresent()) {
                return venue;
            }
            // 西方国家已训练了近6万名乌克兰士兵: people counted where nothing before them in the paragraph names a place or
            // the nation are their own country's; the qualifier (近, 超过) is no word between them. The rare country after
            // the measure word is asked first, the paragraph's places only then
            Optional<Region> counted = nationalityOfCountedAlone(numeral);
            return counted.isPresent() && decide(spans.paragraphAt(offset).start(), offset).isEmpty() ? counted : place;
        }
        if (place.isPresent() && place.get().foreign() && place.get().level() == RegionLevel.COUNTRY
                && COUNTRY_COUNT.matcher(text).region(offset, text.length()).lookingAt()
                && !actsOnCountriesCounted(offset)
                && !venueIn(spans.sentenceAt(offset)).equals(place)) {
            // 南非总统…、科摩罗总统…等非洲7国领导人: countries counted lie in no one country, least of all one they include;
            // a host country said with 在 (在法国举行…30个国家) stays, as does a country acting on them (美国…对50个国家加征关税)
            return Optional.empty();
        }
        if (place.isEmpty() || place.get().level() != RegionLevel.COUNTRY) {
            return place;
        }
        return nationalityOfCounted(offset).or(() -> place);
    }

    /**
     * The country of the people an amount counts, named right after its measure word in its clause (以色列已打死20多名
     * 伊朗安全机构指挥官 → 伊朗): where they were killed, held or hurt, rather than the country that acted on them.
     */
    private Optional<Region> nationalityOfCounted(int offset) {
        Span clause = spans.clauseAt(offset);
        return firstSubjectAfter(offset)
            .filter(p -> p.region().level() == RegionLevel.COUNTRY && p.end() <= clause.end()
                && p.start() - offset <= MAX_GAP_BEFORE_PART && PERSON_MEASURES.indexOf(text.charAt(p.start() - 1)) >= 0
                && isPartOfFact(offset, p))
            .map(PlaceMention::region)
            .or(() -> sideOfCounted(offset, clause));
    }

    /**
     * {@link #nationalityOfCounted} for people counted where no place is named before them, when their clause names no
     * other place after them: 超过3万名乌克兰难民涌入波兰 are counted in 波兰, 近20万名俄罗斯游客来华 in the nation.
     */
    private Optional<Region> nationalityOfCountedAlone(int offset) {
        Span clause = spans.clauseAt(offset);
        return nationalityOfCounted(offset).filter(country -> {
            int after = firstSubjectAfter(offset).map(PlaceMention::end).filter(end -> end <= clause.end()).orElse(offset);
            return !namesPlaceIn(after, clause.end()) && !CHINA_AS_SCENE.matcher(text).region(after, clause.end()).find();
        });
    }

    /**
     * The country of the people an amount counts, written as a side right after the measure word (哈马斯移交了15具以方
     * 被扣押人员遗体 → 以色列): the one country the post names that begins with the side's character. A side's character
     * stands for many countries (巴 for 巴勒斯坦 and 巴西), so only the post's own countries are meant.
     */
    private Optional<Region> sideOfCounted(int offset, Span clause) {
        int limit = Math.min(clause.end() - 2, offset + MAX_GAP_BEFORE_PART);
        for (int at = offset; at < limit; at++) {
            if (PEOPLE_AND_BODY_MEASURES.indexOf(text.charAt(at)) >= 0 && text.charAt(at + 2) == SIDE
                    && HanCharacters.isHan(text.charAt(at + 1)) && NOT_A_SIDE.indexOf(text.charAt(at + 1)) < 0) {
                char first = text.charAt(at + 1);
                List<Region> countries = mentions.stream().map(PlaceMention::region)
                    .filter(r -> r.level() == RegionLevel.COUNTRY && r.name().charAt(0) == first).distinct().toList();
                return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Region> contextPlaceAt(int offset) {
        Span paragraph = spans.paragraphAt(offset);
        Span sentence = spans.sentenceAt(offset);
        Span clause = spans.clauseAt(offset);
        Optional<Region> counting = placeCountingList(offset, clause);
        if (counting.isPresent()) {
            return counting;
        }
        Optional<Region> respective = respectivePlace(offset, sentence);
        if (respective.isPresent()) {
            return respective;
        }
        List<Span> scopes = new ArrayList<>(List.of(clause, sentence, paragraph));
        if (titleEnd > 0 && offset >= titleEnd) {
            scopes.add(new Span(0, titleEnd));
        }
        Optional<Optional<Region>> inClause = decide(clause.start(), Math.min(offset, clause.end()));
        if (inClause.flatMap(named -> named).isPresent() && clause.start() > sentence.start()
                && namedOnlyAsOrigins(clause.start(), Math.min(offset, clause.end()))) {
            // 加沙地带卫生部门称，…，巴方从以色列接收的遗体总数目前为165具: where they came from is not where they are
            Optional<Optional<Region>> before = decide(sentence.start(), clause.start(), p -> !origins.contains(p));
            if (before.flatMap(named -> named).isPresent()) {
                inClause = before;
            }
        }
        // the place the clause names before the fact, if it decides one
        Optional<Region> placeInClause = inClause.flatMap(named -> named);
        Optional<Region> locative = locativeAfter(offset, clause);
        if (locative.isPresent() && placeInClause.map(before -> within(before, locative.get())).orElse(true)) {
            return locative;
        }
        Optional<Region> entered = placeAfterVerb(offset, clause, ENTRY_VERBS);
        if (entered.isPresent() && placeInClause.filter(actor -> isOtherCountry(actor, entered.get())).isPresent()) {
            return entered;
        }
        Optional<Region> struck = placeStruckAfter(offset, clause);
        if (struck.isPresent() && (placeInClause.isEmpty()
                || placeInClause.filter(actor -> isOtherCountry(actor, struck.get())).isPresent())) {
            // 乌克兰…使用两架无人机对俄罗斯总统官邸克里姆林宫发动袭击: the weapons count where they struck, not who fired
            // them, nor where the sentence's reporter is (以色列军方说，以军出动20架战机对黎巴嫩南部实施空袭)
            return struck;
        }
        Optional<Region> defender = namesAirDefence
            ? AirDefences.defenderBefore(text, clause.start(), offset, mentions) : Optional.empty();
        if (defender.isPresent() && placeInClause.filter(place -> within(defender.get(), place)).isEmpty()) {
            // 俄防空部队击落乌军…541架无人机; 以色列防空系统拦截了从加沙地带发射的20枚火箭弹: downed over the defender's ground
            return defender;
        }
        if (onlyFirmsNamedIn(clause.start(), offset)) {
            Optional<Region> site = locativeOpeningNextClause(clause, sentence);
            if (site.isPresent()) {
                return site;
            }
        }
        if (inClause.isPresent() && clause.start() > sentence.start() && text.charAt(sentence.start()) == LOCATIVE) {
            Optional<Region> scene = firstSubjectAfter(sentence.start()).filter(p -> p.start() == sentence.start() + 1)
                .flatMap(this::settingFrom).filter(p -> p.end() < clause.start()).map(PlaceMention::region);
            // 在海南热带雨林国家公园，海南长臂猿…42只: the scene, not the wider place a name holds; 在上海，…集团在全国运营着
            // 200多家…: the scene's firm, not the nation's count (a national body's figure stays national)
            Optional<Region> named = inClause.get();
            int factAt = offset;
            Optional<Region> narrower = named.isPresent()
                ? scene.filter(place -> within(named.get(), place))
                : scene.filter(place -> OrganizationNames.namedIn(text, clause.start(), factAt));
            if (narrower.isPresent()) {
                return narrower;
            }
        }
        if (inClause.isPresent() && inClause.get().isEmpty() && sentence.start() > paragraph.start()
                && competitorsResultAt(offset)) {
            // 比赛在荷兰多德雷赫特落幕。…中国运动员林孝埈以40秒693的成绩获得冠军: the result is the venue's, not the country's
            Optional<Region> venue = venueHeldIn(spans.sentenceAt(sentence.start() - 1));
            if (venue.isPresent()) {
                return venue;
            }
        }
        if (inClause.isPresent()) {
            return inClause.get();
        }
        Optional<Region> described = describedPlaceAfter(offset, clause);
        if (described.isPresent()) {
            return described;
        }
        if (dominant.isPresent() && profileSentences.computeIfAbsent(sentence.start(),
                start -> situatesPostSubject(sentence) && leftOutSubjectIsDominant(paragraph, sentence))) {
            return dominant;
        }
        if (sentence.start() == paragraph.start()
                && DEMONSTRATIVE_OPENING.matcher(text).region(paragraph.start(), paragraph.end()).lookingAt()
                && decide(paragraph.start(), Math.min(offset, paragraph.end())).isEmpty()) {
            // 这栋4层楼高的民居 opening a paragraph is the house the paragraph before ended on (在加沙南部亲历了一场空袭)
            Optional<Region> pointed = placeEndingParagraphBefore(paragraph);
            if (pointed.isPresent()) {
                return pointed;
            }
        }
        for (Span scope : scopes.subList(1, scopes.size())) {
            Optional<Optional<Region>> decided = scope == sentence
                ? decideSentence(scope.start(), Math.min(offset, scope.end()))
                : decideByTopic(scope.start(), Math.min(offset, scope.end()));
            if (decided.isPresent()) {
                if (scope == paragraph && decided.get().isEmpty()) {
                    Optional<Region> member = membersSingledOut.computeIfAbsent(sentence.start(),
                        start -> memberSingledOutAfterListTopic(paragraph, sentence));
                    if (member.isPresent()) {
                        return member;
                    }
                }
                if (scope == paragraph && decided.get().isPresent() && turnedNationalBefore(paragraph, sentence)) {
                    return Optional.empty();
                }
                Optional<Region> place = scope == paragraph
                    ? decided.get().map(topic -> narrowedByEarlierSentence(topic, paragraph, sentence)) : decided.get();
                if (scope == paragraph && place.isPresent() && !sections.isEmpty()) {
                    // a paragraph under a heading 伊克乌兰乡 whose sentences before name 青海湖, its city or the part of
                    // its province it lies in (山西省中部) in passing, or one profiling the heading's place that names
                    // its neighbours (临县，…连接方山): the heading's place; not a place outside the heading's in a
                    // story (广东省代表团 after a dateline 北京), nor any as a sentence's subject (吕梁市是革命老区。)
                    Region topic = place.get();
                    place = sections.placeAt(offset)
                        .filter(heading -> (within(topic, heading) || isPartAbove(topic, heading)
                                || namedInFirstSentence(heading, paragraph))
                            && !opensSentenceBefore(topic, paragraph, offset))
                        .or(() -> Optional.of(topic));
                }
                boolean fromSentence = scope == sentence;
                return place.map(outer -> partNamedLaterInClause(offset, clause, outer)
                    .or(() -> fromSentence ? Optional.empty() : partNamedLaterInSentence(offset, sentence, outer))
                    .orElse(outer));
            }
            if (scope == paragraph) {
                Optional<Region> site = siteAheadInLandform(paragraph, offset);
                if (site.isPresent()) {
                    return site;
                }
                Optional<Region> heading = sections.placeAt(offset);
                if (heading.isPresent()) {
                    return heading.map(outer -> partNamedLaterInClause(offset, clause, outer)
                        .or(() -> partNamedLaterInSentence(offset, sentence, outer)).orElse(outer));
                }
            }
        }
        if (dominant.isEmpty()) {
            Optional<Region> story = storyPlaces.computeIfAbsent(paragraph.start(), start -> storyPlaceBefore(paragraph));
            if (story.isPresent()) {
                return story.map(outer -> partNamedLaterInClause(offset, clause, outer)
                    .or(() -> partNamedLaterInSentence(offset, sentence, outer)).orElse(outer));
            }
        }
        return dominant.map(outer -> partNamedLaterInClause(offset, clause, outer)
            .or(() -> partNamedLaterInSentence(offset, sentence, outer)).orElse(outer));
    }

    /** Whether the paragraph's first sentence names the place (临县，位于黄河中游…): the paragraph profiles it. */
    private boolean namedInFirstSentence(Region place, Span paragraph) {
        List<Span> sentences = spans.sentencesIn(paragraph);
        if (sentences.isEmpty()) {
            return false;
        }
        Span first = sentences.get(0);
        return mentions.stream().anyMatch(p -> first.contains(p.start()) && p.region().equals(place));
    }

    /** Whether a sentence of the paragraph before the offset opens with the place's name, as its subject (吕梁市是…). */
    private boolean opensSentenceBefore(Region place, Span paragraph, int offset) {
        for (Span sentence : spans.sentencesIn(paragraph)) { // a sentence starts with no blank (Segmenter trims it)
            if (sentence.start() >= offset) {
                break;
            }
            int opening = sentence.start();
            if (mentions.stream().anyMatch(p -> p.start() == opening && p.region().equals(place))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the place is a direction part of a division the other lies in (山西省中部 for 交城县), not of itself. */
    private static boolean isPartAbove(Region part, Region place) {
        return PlaceParts.isDirectionPart(part) && part.path().size() <= place.path().size();
    }

    /**
     * Whether the sentence, maybe after a heading (小镇概况：), opens with 位于 or 地处 and a place the post's dominant place
     * lies in (位于新化县西南部，…，总面积143平方公里): its subject is left out, as a profile leaves out what it profiles, so
     * the place after the verb is where that subject lies, and the amounts its clauses place nowhere are the dominant
     * place's, not the container's nor a site named in passing. 位于X的Y (a thing of X) and a place the dominant one does
     * not lie in (a story that moved elsewhere) keep the place named.
     */
    private boolean situatesPostSubject(Span sentence) {
        int at = sentence.start();
        int firstClauseEnd = spans.clauseAt(at).end();
        if (firstClauseEnd < sentence.end() && text.charAt(firstClauseEnd - 1) == HEADING_END
                && !namesPlaceIn(at, firstClauseEnd)) {
            at = spans.clauseAt(firstClauseEnd).start();
        }
        int verbEnd = at;
        for (String verb : SUBJECTLESS_SITUATING_VERBS) {
            if (text.startsWith(verb, at)) {
                verbEnd = at + verb.length();
                break;
            }
        }
        PlaceMention situated = verbEnd > at ? subjectStartingAt(verbEnd) : null;
        return situated != null && within(situated.region(), dominant.get()) && !modifiesNounInItsClause(situated);
    }

    /** Whether the clause goes on from the place to a 的 (位于X的Y): the place is a thing's, not where the subject lies. */
    private boolean modifiesNounInItsClause(PlaceMention place) {
        int modifier = text.indexOf(MODIFIER_END, place.end());
        return modifier >= 0 && modifier < spans.clauseAt(place.start()).end();
    }

    /**
     * Whether the subject a sentence leaves out is the post's dominant place: it opens its paragraph (a profile's), or the
     * sentence before opens with the dominant place (水车镇是梯田之乡。位于…). After a sentence on another subject
     * (相邻的奉家镇同样秀丽。位于…; 大熊山国家森林公园声名远播。位于…) the left-out subject is that one.
     */
    private boolean leftOutSubjectIsDominant(Span paragraph, Span sentence) {
        if (sentence.start() == paragraph.start()) {
            return true;
        }
        int before = spans.sentenceAt(sentence.start() - 1).start();
        return firstSubjectAfter(before - 1).filter(p -> p.start() == before && p.region().equals(dominant.get())).isPresent();
    }

    /**
     * What the sentence says before a fact its clause places nowhere: its places other than macro-regions (东部地区,
     * often a comparison), else all; but a macro-region named after the national scope that alone speaks otherwise
     * (我国出台推动东北地区冰雪经济…的政策举措，…部署了15项重点任务) narrows it.
     */
    private Optional<Optional<Region>> decideSentence(int from, int to) {
        Optional<Optional<Region>> divisions = decide(from, to, p -> !MacroRegions.isMacroRegion(p.region()));
        if (divisions.isEmpty()) {
            return decide(from, to);
        }
        if (divisions.get().isPresent()
                || subjects.stream().anyMatch(p -> p.start() >= from && p.end() <= to && !MacroRegions.isMacroRegion(p.region()))) {
            return divisions;
        }
        Optional<Optional<Region>> all = decide(from, to);
        if (all.flatMap(place -> place).filter(MacroRegions::isMacroRegion).isEmpty()) {
            return divisions;
        }
        int lastScope = placeless.stream().filter(z -> z.start() >= from && z.end() <= to).mapToInt(Span::end).max().orElse(to);
        // one macro-region: several (北方地区…，南方地区…) are compared, and the national statement stands
        long macrosNamed = subjects.stream().filter(p -> p.start() >= from && p.end() <= to)
            .map(PlaceMention::region).distinct().count();
        // not a part of the nation written right after it (我国东部地区…, 全国新增就业…): it narrows nothing
        boolean macroAfterScope = subjects.stream().anyMatch(p -> p.start() > lastScope && p.end() <= to
            && MacroRegions.isMacroRegion(p.region()));
        return macroAfterScope && macrosNamed == 1 ? all : divisions;
    }

    /**
     * Where the meeting a sentence opens on (大会期间，来自…的各界代表) was said held, in its paragraph or the one before
     * (第五届中美友城大会在江苏苏州举行 → 苏州): the last such venue before the sentence, if any.
     */
    private Optional<Region> venueOfMeetingReferredTo(Span sentence) {
        if (!MeetingReferences.opensWithReference(text, sentence.start())
                || CENTRAL_AUTHORITY.matcher(text).region(sentence.start(), sentence.end()).find()
                || reportsWordsIn(sentence)) {
            // 会上，国务院总理作政府工作报告说，去年经济增长5.2%: what is said at a meeting, or the central authorities'
            // figures, lie where the words say, not at the venue
            return Optional.empty();
        }
        // a sentence naming a place or the nation (论坛上，专家介绍，全国制造业增加值增长5%) says where its facts are,
        // unless only as where people came from (来自中国10多个省区市…的各界代表)
        if (namesPlaceOrScopeIn(sentence, p -> !comingFrom.holds(p.start(), p.end()), z -> !comingFrom.holds(z.start(), z.end()))) {
            return Optional.empty();
        }
        Span paragraph = spans.paragraphAt(sentence.start());
        int from = spans.paragraphBefore(paragraph).filter(before -> before.start() >= titleEnd)
            .map(Span::start).orElse(paragraph.start());
        Optional<Region> venue = Optional.empty();
        for (PlaceMention p : subjectsStartingIn(from, sentence.start())) {
            if (p.start() > from && p.end() <= sentence.start() && text.charAt(p.start() - 1) == LOCATIVE) {
                PlaceMention last = lastOfRunWithin(p);
                Span clause = spans.clauseAt(p.start());
                if (MeetingReferences.heldAt(text, clause.start(), p.start() - 1, last.end(), clause.end())) {
                    venue = Optional.of(last.region());
                }
            }
        }
        return venue;
    }

    /**
     * The host of an event the sentence names, when the post names the event after its host somewhere (巴黎奥运会 …
     * 女子曲棍球决赛，中国队时隔16年再次收获一枚银牌，追平奥运会历史最佳战绩 → 巴黎): the event's results are the host's.
     * Only for a sentence that names no place and no national scope but the country a team stands for (中国体育代表团).
     */
    private Optional<Region> venueOfEventNamedIn(Span sentence) {
        if (namesPlaceOrScopeIn(sentence, p -> true, z -> !NationalScope.namesCompetitor(text, z))) {
            return Optional.empty();
        }
        if (eventHosts == null) {
            Map<String, Region> hosts = new LinkedHashMap<>(); // in text order: the first event a sentence names decides
            for (PlaceMention p : subjects) {
                if (p.region().level() != RegionLevel.COUNTRY) {
                    EventNames.hostedAfter(text, p.end()).ifPresent(event -> hosts.putIfAbsent(event, p.region()));
                }
            }
            eventHosts = hosts;
        }
        String words = text.substring(sentence.start(), sentence.end());
        return eventHosts.entrySet().stream().filter(e -> words.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * The site a paragraph names first, after a fact its opening places nowhere, when the paragraph before set the scene
     * in a landform the site lies in (在新疆准噶尔盆地，…。 then 25岁的樊译阳负责着油井的设计…。樊译阳服务的陆梁油田…): the
     * story walked into the landform to reach the site, and the paragraph's opening is already there.
     */
    private Optional<Region> siteAheadInLandform(Span paragraph, int offset) {
        Optional<Region> scene = landformScenesBefore.computeIfAbsent(paragraph.start(),
            start -> landformSceneBefore(paragraph));
        if (scene.isEmpty()) {
            return Optional.empty();
        }
        return topicMention(offset, paragraph.end()).map(PlaceMention::region)
            .filter(site -> site.level() == RegionLevel.LOCALITY && !site.equals(scene.get())
                && site.path().containsAll(scene.get().path()));
    }

    /** The landform the paragraph before set its scene in (在新疆准噶尔盆地，…), if any. */
    private Optional<Region> landformSceneBefore(Span paragraph) {
        Optional<Span> before = spans.paragraphBefore(paragraph);
        if (before.isEmpty() || before.get().end() <= titleEnd || spans.isHeadline(before.get())) {
            return Optional.empty();
        }
        return decideByTopic(before.get().start(), before.get().end()).flatMap(place -> place)
            .filter(Localities::isLandform);
    }

    /**
     * The place of the story a paragraph naming no place continues (…泸定县磨西镇通往外界的唯一通道被阻断…。 then 突击队20名党员
     * 立下军令状): what the nearest earlier paragraph that names a place or a national scope says, when
     * <ul>
     * <li>neither paragraph is a headline and none lies between (a bulletin's next item is another story);</li>
     * <li>the paragraph names no place, no national scope and no central authority (中央财政下达…: national facts
     *     after a local example);</li>
     * <li>the place is a domestic division or locality, or a place abroad below its country (the scene of a rescue:
     *     哈塔伊省安塔基亚市的街区…。 then 经过4个多小时的紧张救援), not a macro-region nor a foreign country (俄罗斯总统…,
     *     中德…);</li>
     * <li>it, its parts and the places it lies in make at least half of the body's place mentions: the story's place,
     *     not an example of a national story; for a place abroad, its country's places and the country itself do, and
     *     the title or the lead sentence names that country: a story abroad (中国救援队持续在土耳其地震灾区展开搜救), not
     *     a story at home naming a treaty's city (《基加利修正案》).</li>
     * </ul>
     */
    private Optional<Region> storyPlaceBefore(Span paragraph) {
        if (spans.isHeadline(paragraph) || decide(paragraph.start(), paragraph.end()).isPresent()
                || CENTRAL_AUTHORITY.matcher(text).region(paragraph.start(), paragraph.end()).find()) {
            return Optional.empty();
        }
        for (Optional<Span> before = spans.paragraphBefore(paragraph); before.isPresent();
             before = spans.paragraphBefore(before.get())) {
            Span earlier = before.get();
            if (earlier.end() <= titleEnd || spans.isHeadline(earlier)) {
                return Optional.empty();
            }
            Optional<Optional<Region>> decided = decideByTopic(earlier.start(), earlier.end());
            if (decided.isPresent()) {
                return decided.get().filter(place -> place.foreign() ? sceneAbroad(place)
                    : !MacroRegions.isMacroRegion(place) && STORY_SHARE * bodyMentions() <= mentionsOnLineOf(place));
            }
        }
        return Optional.empty();
    }

    /**
     * The place an amount after 分别 or 各为 is paired with (南围子村…基地及西街村…大棚，经营性收入各为25万元、46.2万元 →
     * 南围子村 for the first): the i-th of the places the sentence names before the word, when it names as many places
     * as amounts follow; a name run within another (吉林省长春市) is one place. Empty otherwise, as when the amounts
     * pair with years or things instead.
     */
    private Optional<Region> respectivePlace(int offset, Span sentence) {
        if (!pairsRespectively) {
            return Optional.empty();
        }
        Matcher word = RESPECTIVELY.matcher(text).region(sentence.start(), Math.min(offset, sentence.end()));
        int wordStart = -1;
        int wordEnd = -1;
        while (word.find()) {
            wordStart = word.start();
            wordEnd = word.end();
        }
        if (wordEnd < 0) {
            return Optional.empty();
        }
        int index = 0;
        for (int k = wordEnd; k < offset; k++) {
            char c = text.charAt(k);
            if (AMOUNT_LIST_ENDS.indexOf(c) >= 0) {
                return Optional.empty();
            }
            index += AMOUNT_SEPARATORS.indexOf(c) >= 0 ? 1 : 0;
        }
        int amounts = index + 1;
        for (int k = offset; k < sentence.end() && AMOUNT_LIST_ENDS.indexOf(text.charAt(k)) < 0; k++) {
            amounts += AMOUNT_SEPARATORS.indexOf(text.charAt(k)) >= 0 ? 1 : 0;
        }
        if (amounts < 2) {
            return Optional.empty();
        }
        List<Region> places = new ArrayList<>();
        int runEnd = -1;
        for (PlaceMention p : subjects) {
            // only where the facts are: not a venue (在北京举行的发布会上) nor an origin
            if (p.start() < sentence.start() || p.end() > wordStart || origins.contains(p)
                    || p.start() > 0 && text.charAt(p.start() - 1) == LOCATIVE) {
                continue;
            }
            if (p.start() < runEnd) {
                continue;
            }
            PlaceMention last = lastOfRunWithin(p);
            runEnd = last.end();
            if (!places.contains(last.region())) {
                places.add(last.region());
            }
        }
        return places.size() == amounts ? Optional.of(places.get(index)) : Optional.empty();
    }

    /**
     * Whether a place abroad below its country is the scene of a story abroad: the title or the lead sentence names a
     * place of its country, and that country's places make at least half of the body's place mentions.
     */
    private boolean sceneAbroad(Region place) {
        if (place.level() == RegionLevel.COUNTRY || titleEnd + 1 >= text.length()) {
            return false;
        }
        int leadEnd = spans.sentenceAt(titleEnd + 1).end();
        boolean leadAbroad = subjects.stream().anyMatch(p -> p.end() <= leadEnd && p.region().code().equals(place.code()));
        return leadAbroad && STORY_SHARE * bodyMentions()
            <= subjects.stream().filter(p -> p.start() >= titleEnd && p.region().code().equals(place.code())).count();
    }

    private long bodyMentions() {
        if (bodyMentions < 0) {
            bodyMentions = subjects.stream().filter(p -> p.start() >= titleEnd).count();
        }
        return bodyMentions;
    }

    /** The body's mentions of the place, of its parts and of the places it lies in. */
    private long mentionsOnLineOf(Region place) {
        return subjects.stream().filter(p -> p.start() >= titleEnd)
            .filter(p -> p.region().equals(place) || PlaceDisambiguator.related(p.region(), place)).count();
    }

    /**
     * The place of a count of the places listed right before it (海南在上海、武汉、长沙、成都四地启动校招): named before
     * the list in its clause, or described after the count (跨江西、福建两省的武夷山国家公园); the listed places are what
     * is counted, not where. Empty when the amount counts no list, or nothing else names its place.
     */
    private Optional<Region> placeCountingList(int offset, Span clause) {
        if (!ListedPlaceCounts.countsPlacesAt(text, offset)) {
            return Optional.empty();
        }
        Optional<PlaceMention> last = subjects.stream().filter(p -> p.end() == offset).findFirst();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        int first = subjects.indexOf(last.get());
        while (first > 0 && joinedAsList(subjects.get(first - 1), subjects.get(first))) {
            first--;
        }
        if (subjects.get(first) == last.get()) {
            return Optional.empty();
        }
        int listStart = subjects.get(first).start();
        return decide(clause.start(), listStart).flatMap(place -> place).or(() -> describedPlaceAfter(offset, clause));
    }

    /**
     * A part of the place the paragraph or post gives, named after the fact in a later clause of its sentence (能把烧饼卖到
     * 全球16个国家和地区，缙云走的就是… → 缙云县), when nothing but words lies between (no other amount: see
     * {@link #isPartOfFact}), nor 其中.
     */
    private Optional<Region> partNamedLaterInSentence(int offset, Span sentence, Region outer) {
        return firstSubjectAfter(offset)
            .filter(first -> first.end() <= sentence.end() && !text.substring(offset, first.start()).contains(AMONG)
                && isPartOfFact(offset, first))
            .map(this::lastOfRunWithin)
            .filter(last -> !closesListOrLeadsAmount(last))
            .map(PlaceMention::region)
            .filter(place -> within(outer, place));
    }

    /**
     * A part of the place the context gives, named after the fact in its clause: what is counted belongs to it (俄罗斯
     * …，又抓获3名莫斯科州恐袭事件涉案人员 → 莫斯科州).
     */
    private Optional<Region> partNamedLaterInClause(int offset, Span clause, Region outer) {
        return firstSubjectAfter(offset)
            .filter(p -> p.end() <= clause.end() && p.start() - offset <= MAX_GAP_BEFORE_PART && within(outer, p.region())
                && isPartOfFact(offset, p))
            .map(PlaceMention::region);
    }

    /** The first subject starting after the offset: a binary search, as a post may name hundreds of places. */
    private Optional<PlaceMention> firstSubjectAfter(int offset) {
        int first = indexOfFirstSubjectAfter(offset);
        return first < subjects.size() ? Optional.of(subjects.get(first)) : Optional.empty();
    }

    /** The subjects starting in [from, to], in text order: the only ones that can lie in [from, to). */
    private List<PlaceMention> subjectsStartingIn(int from, int to) {
        int first = indexOfFirstSubjectAfter(from - 1);
        return subjects.subList(first, Math.max(first, indexOfFirstSubjectAfter(to)));
    }

    private int indexOfFirstSubjectAfter(int offset) {
        int lo = 0;
        int hi = subjects.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (subjects.get(mid).start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the place right after an amount qualifies what is counted (3名莫斯科州恐袭事件涉案人员), not where it goes,
     * comes from or is linked to, nor an example or a list's first item, nor a note's or a quotation's place, nor the
     * place of the next amount (200万吨郑州市100万吨).
     */
    private boolean isPartOfFact(int offset, PlaceMention p) {
        String gap = text.substring(offset, p.start());
        return !closesListOrLeadsAmount(p) && !digitsAfterWords(gap) && NOT_OF_THE_FACT_BEFORE.stream().noneMatch(gap::endsWith)
            && !openMarkBetween(offset, p.start()) && !OrganizationNames.begins(text, p);
    }

    /** Whether a joiner, 等 or an amount follows the place: it is a list's item or the next amount's place. */
    private boolean closesListOrLeadsAmount(PlaceMention p) {
        char after = p.end() < text.length() ? text.charAt(p.end()) : '。';
        return LIST_JOINERS.indexOf(after) >= 0 || after == EXAMPLES_END || Character.isDigit(after) || isNumeralOrUnit(after);
    }

    /** Whether digits follow words in the gap: a second amount (吨郑州市100万吨 is after; 3名 is the fact's own). */
    private static boolean digitsAfterWords(String gap) {
        boolean words = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Character.isDigit(c) && words) {
                return true;
            }
            words |= HanCharacters.isHan(c) && !isNumeralOrUnit(c);
        }
        return false;
    }

    /** Where the amount at the offset writes its first numeral, past a qualifier before it (近6万名, 超过600名). */
    private int firstNumeralFrom(int offset) {
        int limit = Math.min(text.length(), offset + MAX_QUALIFIER_BEFORE_NUMERAL);
        for (int at = offset; at < limit; at++) {
            if (ArabicDigits.is(text.charAt(at)) || CHINESE_DIGITS.indexOf(text.charAt(at)) >= 0) {
                return at;
            }
        }
        return offset;
    }

    private static boolean isNumeralOrUnit(char c) {
        return CHINESE_DIGITS.indexOf(c) >= 0 || LARGE_UNITS_AND_APPROXIMATES.indexOf(c) >= 0;
    }

    /** Whether a note or quotation opened between the offsets is still open at the end: its places are its own. */
    private boolean openMarkBetween(int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (NOTE_AND_QUOTE_OPENERS.indexOf(c) >= 0) {
                depth++;
            } else if (NOTE_AND_QUOTE_CLOSERS.indexOf(c) >= 0 && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * A place the fact describes, named after it in its clause behind 的 (在集聚了560多家德资企业的江苏太仓): with the
     * places written right after it, the most specific of them.
     */
    private Optional<Region> describedPlaceAfter(int offset, Span clause) {
        List<PlaceMention> run = new ArrayList<>();
        for (PlaceMention p : subjects) {
            if (p.start() >= clause.end()) {
                break;
            }
            if (p.start() <= offset || p.end() > clause.end()) {
                continue;
            }
            boolean first = run.isEmpty() && text.charAt(p.start() - 1) == MODIFIER_END;
            boolean adjacent = !run.isEmpty() && run.get(run.size() - 1).end() == p.start();
            if (first || adjacent) {
                run.add(p);
            } else if (!run.isEmpty()) {
                break;
            }
        }
        return run.isEmpty() ? Optional.empty() : latestPlace(run);
    }

    /**
     * The place's name as the post writes it near a fact at this offset: the name the title writes it with (one place
     * keeps the title's name through the post), else the name of its nearest naming mention before the offset (else
     * its first), when that is a name of its own that the official one does not hold — 黔东南州 for 黔东南苗族侗族自治州,
     * 姜家店乡 for 姜家店朝鲜族乡, 阿联酋 — and otherwise the official name (田东 is a part of 田东县;
     * 该县 and 我县 refer to it; 腾讯 stands for its seat).
     */
    public String nameAt(Region place, int offset) {
        PlaceMention near = null;
        for (PlaceMention m : namingMentions.getOrDefault(place, List.of())) {
            // the title's name for a place holds through the post (title 三源浦朝鲜镇, body 三源浦镇 → 三源浦朝鲜镇)
            if (near == null || m.start() < offset && near.start() >= titleEnd) {
                near = m;
            }
        }
        String official = place.name();
        String own = near == null || official.contains(near.surface()) || near.surface().contains(official)
            || place.level() == RegionLevel.LOCALITY ? official : near.surface();
        return near == null ? own : cityWrittenBefore(near) + own;
    }

    /**
     * The city or county a township's name is written with (深圳前海合作区), as a locality's name keeps it
     * (锦屏羽毛球产业园): else "".
     */
    private String cityWrittenBefore(PlaceMention township) {
        PlaceMention before = countiesAndCitiesByEnd.get(township.start());
        return township.region().level() == RegionLevel.TOWNSHIP && before != null
            && township.region().code().startsWith(before.region().code()) ? before.surface() : "";
    }

    /**
     * Whether a mention names the place with a name of its own — a division's ending in its level word (黔东南州,
     * 姜家店乡) or a country's (阿联酋) — rather than refers to it (全县, 本市) or stands for it (杭州银行 for 杭州).
     */
    private static boolean namesIt(PlaceMention mention) {
        String written = mention.surface();
        Region place = mention.region();
        return written.length() >= 2 && written.charAt(0) == place.name().charAt(0) && !BackReferences.isReference(mention)
            && (place.level() == RegionLevel.COUNTRY || LEVEL_WORDS.indexOf(written.charAt(written.length() - 1)) >= 0);
    }

    /** The place a span names (a table cell 烂山村, 极贫乡镇（代化镇）): the most specific of the places inside it, if any. */
    public Optional<Region> placeNamedIn(Span span) {
        List<PlaceMention> inside = mentions.stream().filter(p -> p.start() >= span.start() && p.end() <= span.end()).toList();
        return inside.isEmpty() ? Optional.empty() : latestPlace(inside);
    }

    /**
     * Whether the words are all of a place's name as the post writes it, short forms and list heads included (长寨 heading
     * 长寨：596套…, for 长寨街道): a label of such words says where the amount is, not what it measures.
     */
    public boolean isWrittenPlaceName(String words) {
        if (writtenNames == null) {
            writtenNames = mentions.stream().map(PlaceMention::surface).collect(Collectors.toSet());
        }
        return writtenNames.contains(words);
    }

    /** Whether a span opens with a place's name: a table row headed 烂山村 says where its figures are, not what they are. */
    public boolean opensWithPlace(Span span) {
        return mentions.stream().anyMatch(p -> p.start() == span.start() && p.end() <= span.end());
    }

    /**
     * Where the counted subject is, said after it in its clause (保加利亚复兴党上千名成员在首都索非亚举行抗议): the place of a
     * locative 在, written right after it or after a word or two (首都, 当地).
     */
    private Optional<Region> locativeAfter(int offset, Span clause) {
        int limit = Math.min(clause.end(), offset + MAX_SUBJECT_BEFORE_LOCATIVE + 1);
        int scan = offset;
        while (scan < limit && text.charAt(scan) != LOCATIVE && text.charAt(scan) != MODIFIER_END) {
            scan++;
        }
        int at = scan;
        int verbAt = verbAt(offset, limit, STAY_VERBS);
        int placeFrom;
        if (verbAt >= 0 && verbAt < at) {
            placeFrom = verbAt + VERB_LENGTH;
        } else if (at < limit && text.charAt(at) == LOCATIVE && (at == 0 || RESIDING.indexOf(text.charAt(at - 1)) < 0)) {
            placeFrom = at + 1;
        } else {
            return Optional.empty();
        }
        return placeRightAfter(placeFrom, clause);
    }

    /**
     * The place written at {@code from} or a word or two after it in the clause, the last of the names written back to
     * back there; none when it opens a list (分布在广州、深圳等地: where they spread, not one place they are in).
     */
    private Optional<Region> placeRightAfter(int from, Span clause) {
        return notListed(mentionRightAfter(from, clause));
    }

    /** The place (the last of a run of names) written a few characters after {@code from}, within the clause. */
    private Optional<PlaceMention> mentionRightAfter(int from, Span clause) {
        return firstSubjectAfter(from - 1)
            .filter(p -> p.start() <= from + MAX_BEFORE_LOCATIVE_PLACE && p.end() <= clause.end()
                && HanCharacters.isAllHan(text, from, p.start()))
            .map(this::lastOfRunWithin);
    }

    /** The mention's place unless a list goes on after it (北京、上海: one of several). */
    private Optional<Region> notListed(Optional<PlaceMention> mention) {
        return mention.filter(p -> p.end() >= text.length() || LIST_JOINERS.indexOf(text.charAt(p.end())) < 0)
            .map(PlaceMention::region);
    }

    /**
     * The place written right after one of the verbs (进入加沙地带) that follows the amount in its clause, within the
     * words of the counted subject and before any 的.
     */
    private Optional<Region> placeAfterVerb(int offset, Span clause, List<String> verbs) {
        int limit = Math.min(clause.end(), offset + MAX_SUBJECT_BEFORE_LOCATIVE + 1);
        int verbAt = verbAt(offset, limit, verbs);
        if (verbAt < 0) {
            return Optional.empty();
        }
        return placeRightAfter(verbAt + VERB_LENGTH, clause);
    }

    /** Whether the actor is a country other than the place, neither holding it nor inside it (乌克兰 for 莫斯科州). */
    private boolean isOtherCountry(Region actor, Region place) {
        return actor.level() == RegionLevel.COUNTRY && !actor.equals(place) && !within(actor, place) && !within(place, actor);
    }

    /** The target a strike written after the amount in its clause was aimed at ({@link StrikeTargets}), if named. */
    private Optional<Region> placeStruckAfter(int offset, Span clause) {
        int target = StrikeTargets.targetStart(text, offset, clause.end());
        if (target < 0) {
            return Optional.empty();
        }
        Optional<PlaceMention> named = mentionRightAfter(target, clause);
        if (named.isPresent() && named.get().end() < text.length() && text.charAt(named.get().end()) == EXAMPLES_END) {
            // 对基辅等地发动袭击: the places struck lie in the example's country, not in the example alone
            Region example = named.get().region();
            return example.foreign() && example.level() != RegionLevel.COUNTRY
                ? ForeignCountries.countryOf(example) : Optional.empty();
        }
        return notListed(named);
    }

    /** Where the first of the two-character verbs stands in [from, to) before any 的, or -1. */
    private int verbAt(int from, int to, List<String> verbs) {
        for (int k = from; k + VERB_LENGTH <= to; k++) {
            if (text.charAt(k) == MODIFIER_END) {
                return -1;
            }
            if (VERB_FIRST_CHARACTERS.indexOf(text.charAt(k)) < 0) {
                continue;
            }
            for (String verb : verbs) {
                if (text.startsWith(verb, k)) {
                    return k;
                }
            }
        }
        return -1;
    }

    /** The last of the names written back to back from the first, each lying in the one before (在澳大利亚塔斯马尼亚州). */
    private PlaceMention lastOfRunWithin(PlaceMention first) {
        PlaceMention last = first;
        for (PlaceMention next = subjectStartingAt(last.end()); next != null && within(last.region(), next.region());
             next = subjectStartingAt(last.end())) {
            last = next;
        }
        return last;
    }

    /**
     * The paragraph's topic, or the place the nearest earlier sentence of the paragraph naming one names when that lies
     * within the topic (柳河镇…里仁村大力发展草莓产业。2020年每栋草莓大棚收入13万元以上 → 里仁村): the story has moved
     * into a part of its topic.
     */
    private Region narrowedByEarlierSentence(Region topic, Span paragraph, Span sentence) {
        // the place depends on the sentence only: its quantities share one answer
        return placesMovedInto.computeIfAbsent(sentence.start(), start -> placeMovedInto(paragraph, sentence))
            .filter(place -> within(topic, place)).orElse(topic);
    }

    /**
     * The place the nearest sentence naming one after the topic's and before this one names, unless it names places
     * apart (长春市农户来到里仁村) or opens with a scene (在哈尔滨，粮库门前排起长队: an example of the topic, see
     * {@link #latestSceneAfter}); else, in the topic's own sentence, which made the topic as specific as it is
     * (镇内建有柳河镇湿地公园 is no topic), where it says the thing happened (青岛国际啤酒节在西海岸新区开幕).
     */
    private Optional<Region> placeMovedInto(Span paragraph, Span sentence) {
        Optional<PlaceMention> topic = topicMention(paragraph.start(), sentence.start());
        if (topic.isEmpty() || ListItemMarks.OPENING.matcher(text).region(sentence.start(), sentence.end()).lookingAt()) {
            return Optional.empty(); // an item of a list (一是…。二是…) is about a thing of its own
        }
        Span topicSentence = spans.sentenceAt(topic.get().start());
        Optional<Span> named = nearestNamingSentenceAfter(topicSentence, sentence);
        if (named.isPresent()) {
            Span latest = named.get();
            return decide(latest.start(), latest.end()).flatMap(place -> place)
                .filter(place -> namesOnePath(latest, place) && text.charAt(latest.start()) != LOCATIVE);
        }
        return venueOf(topicSentence);
    }

    /**
     * The one place of a list opening the paragraph (杭州和武汉上半年GDP均超过8000亿元) that a later sentence before this
     * one singles out (其中杭州…增长12.7%；两年平均增长7.0%): the list's places lie in no one place, its member does.
     */
    private Optional<Region> memberSingledOutAfterListTopic(Span paragraph, Span sentence) {
        Optional<PlaceMention> topic = topicMention(paragraph.start(), sentence.start());
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        List<Region> listed = listStartingWith(topic.get());
        if (listed.size() < 2) {
            return Optional.empty();
        }
        Span topicSentence = spans.sentenceAt(topic.get().start());
        int singledOut = nearestNamingSentenceAfter(topicSentence, sentence).map(Span::start).orElse(topicSentence.end());
        if (ListedPlaceCounts.countsPlacesIn(text, singledOut, sentence.end())) {
            return Optional.empty(); // 其中杭州…。两市GDP合计…: the story is back on the whole list, which lies in no one place
        }
        return placesMovedInto.computeIfAbsent(sentence.start(), start -> placeMovedInto(paragraph, sentence))
            .filter(place -> listed.stream().anyMatch(member -> member.equals(place) || within(member, place)));
    }

    /** The places of the list of names joined by 、和及与 that opens with {@code first}, first included. */
    private List<Region> listStartingWith(PlaceMention first) {
        List<Region> listed = new ArrayList<>(List.of(first.region()));
        PlaceMention last = first;
        for (PlaceMention next = subjectStartingAt(last.end() + 1); next != null && joinedAsList(last, next);
             next = subjectStartingAt(last.end() + 1)) {
            listed.add(next.region());
            last = next;
        }
        return listed;
    }

    /** The nearest sentence after the topic's and before this one that names a place or a national scope, if any. */
    private Optional<Span> nearestNamingSentenceAfter(Span topicSentence, Span sentence) {
        List<Span> earlier = spans.sentencesIn(new Span(topicSentence.start(), sentence.start()));
        for (int i = earlier.size() - 1; i > 0; i--) {
            Span named = earlier.get(i);
            if (decide(named.start(), named.end()).isPresent()) {
                return Optional.of(named);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the paragraph turned national after its topic: the topic is only where an event was held, and the nearest
     * sentence naming a place or scope since the topic's names only a national scope, as a clause's subject (大会在瑞士
     * 日内瓦举行。中国代表表示，中国积极开展全球卫生合作。60多年来，累计向77个国家派遣…). What follows it with no place
     * of its own is the nation's, unless it points back at the meeting. A topic the story is about (哈尔滨市冰雪旅游持续火爆。全国各地游客纷至沓来。累计接待游客
     * 304万人次) keeps its facts past a national aside; a scope inside a clause (这一做法在全国推广), compared with
     * (高于全国) or naming a body (中国作家协会主席出席) turns nothing.
     */
    private boolean turnedNationalBefore(Span paragraph, Span sentence) {
        return turnedNational.computeIfAbsent(sentence.start(), start -> {
            Optional<PlaceMention> topic = topicMention(paragraph.start(), sentence.start());
            if (topic.isEmpty()) {
                return false;
            }
            Span topicSentence = spans.sentenceAt(topic.get().start());
            if (venueHeldIn(topicSentence).isEmpty() || MeetingReferences.pointsAt(text, sentence.start(), sentence.end())) {
                return false; // a story's own place, or the meeting's own figures (本届服贸会共有2000余家企业参展)
            }
            return nearestNamingSentenceAfter(topicSentence, sentence)
                .filter(named -> decide(named.start(), named.end()).filter(Optional::isEmpty).isPresent()
                    && placeless.stream().anyMatch(z -> z.start() >= named.start() && z.end() <= named.end()
                        && spans.clauseAt(z.start()).start() == z.start() && NationalScope.nationAsSubjectAt(text, z.start())))
                .isPresent();
        });
    }

    /**
     * The last place a span names right after 在 (在西海岸新区开幕), if any; not a front (在波克罗夫斯克方向击退…), where
     * one clash was, not the story.
     */
    private Optional<Region> venueIn(Span span) {
        return subjects.stream()
            .filter(p -> p.start() > span.start() && p.end() <= span.end() && text.charAt(p.start() - 1) == LOCATIVE
                && !ForeignBareNames.namesFront(text, p))
            .reduce((first, second) -> second).map(PlaceMention::region);
    }

    /**
     * Whether the places a span names lie each in the other (里仁村, 柳河镇), or in the place it says (主要分布在凉水镇平安堡村、
     * 平岗村: the town and its villages): none stands apart from the rest.
     */
    private boolean namesOnePath(Span span, Region place) {
        List<Region> named = subjects.stream().filter(p -> p.start() >= span.start() && p.end() <= span.end())
            .map(PlaceMention::region).distinct().toList();
        if (named.stream().allMatch(r -> r.equals(place) || within(place, r))) {
            return true;
        }
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < named.size(); j++) {
                if (!within(named.get(i), named.get(j)) && !within(named.get(j), named.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the inner place lies in the outer one: a division in its parent, a foreign city in its country. */
    private boolean within(Region outer, Region inner) {
        if (outer.equals(inner) || outer.level().compareTo(inner.level()) >= 0) {
            return false;
        }
        return outer.level() == RegionLevel.COUNTRY ? inner.code().equals(outer.code()) : PlaceDisambiguator.related(outer, inner);
    }

    /** Whether a subject place or a national scope lies in the span, each only where its test lets it count. */
    private boolean namesPlaceOrScopeIn(Span span, Predicate<PlaceMention> placeCounts, Predicate<Span> scopeCounts) {
        return subjects.stream().anyMatch(p -> p.start() >= span.start() && p.end() <= span.end() && placeCounts.test(p))
            || placeless.stream().anyMatch(z -> z.start() >= span.start() && z.end() <= span.end() && scopeCounts.test(z));
    }

    /** Whether any place or national scope is named in [from, to). */
    public boolean namesPlaceIn(int from, int to) {
        return mentions.stream().anyMatch(p -> p.start() >= from && p.end() <= to)
            || placeless.stream().anyMatch(s -> s.start() >= from && s.end() <= to);
    }

    /** The place named before the offset in its own clause, if any. */
    Optional<Region> clausePlaceAt(int offset) {
        Span clause = spans.clauseAt(offset);
        return decide(clause.start(), Math.min(offset, clause.end())).flatMap(place -> place);
    }

    /** What the places named in [from, to) say: a place, none (empty), or nothing (outer empty). */
    private Optional<Optional<Region>> decide(int from, int to) {
        return decide(from, to, p -> true);
    }

    private Optional<Optional<Region>> decide(int from, int to, Predicate<PlaceMention> admitted) {
        List<PlaceMention> inScope = subjectsStartingIn(from, to).stream()
            .filter(p -> p.start() >= from && p.end() <= to && admitted.test(p) && !inAsideClosedBefore(p, to)
                && !namesReportingOutlet(p, to) && !comingFrom.holds(p.start(), p.end()) && !ranksBefore(p, to))
            .toList();
        if (inScope.isEmpty()) {
            boolean placelessHere = placeless.stream()
                .anyMatch(s -> s.start() >= from && s.end() <= to && !comingFrom.holds(s.start(), s.end()));
            return placelessHere ? Optional.of(Optional.empty()) : Optional.empty();
        }
        List<PlaceMention> ofTheFact = inScope.stream()
            .filter(p -> !origins.contains(p) && attributionClauseEnds.getOrDefault(p, to) >= to).toList();
        return Optional.of(latestPlace(ofTheFact.isEmpty() ? inScope : ofTheFact));
    }

    /** Whether the place is the field of a ranking whose clause ends before {@code to}: the later clauses are the ranked's. */
    private boolean ranksBefore(PlaceMention p, int to) {
        return rankingDomains.contains(p) && to > spans.clauseAt(p.start()).end();
    }

    /**
     * Whether the place only says whose news outlet reports the facts after its clause (据美国媒体报道，当天约50人被逮捕):
     * the outlet's country is not where the facts are when the sentence right before names a place inside it (…在缅因州
     * 启动执法行动。据美国媒体报道，…), which the paragraph then gives.
     */
    private boolean namesReportingOutlet(PlaceMention p, int to) {
        if (attributionClauseEnds.getOrDefault(p, to) >= to || !namesIt(p)
                || !NEWS_OUTLET_AFTER.matcher(text).region(p.end(), Math.min(text.length(), p.end() + MAX_OUTLET_WORDS)).lookingAt()) {
            return false;
        }
        Span sentence = spans.sentenceAt(p.start());
        Span paragraph = spans.paragraphAt(p.start());
        if (to > sentence.end() || sentence.start() <= paragraph.start()) {
            return false;
        }
        Span before = spans.sentenceAt(sentence.start() - 1);
        return subjects.stream().anyMatch(q -> q.start() >= before.start() && q.end() <= before.end() && namesIt(q)
            && !q.region().equals(p.region()) && within(p.region(), q.region()));
    }

    /**
     * Whether the places named in [from, to) are all where something came from or who acted on the fact's place
     * (巴方从以色列接收的遗体): a clause naming only those takes the place an earlier clause of its sentence names for
     * the fact, when one does.
     */
    private boolean namedOnlyAsOrigins(int from, int to) {
        if (origins.isEmpty()) {
            return false; // most posts name no origin: no scan of the subjects per amount
        }
        return allNamedIn(subjects, from, to, origins);
    }

    /** Whether the places of the list named in [from, to) are all of the set, and one is. */
    private static boolean allNamedIn(List<PlaceMention> places, int from, int to, Set<PlaceMention> set) {
        List<PlaceMention> named = places.stream().filter(p -> p.start() >= from && p.end() <= to).toList();
        return !named.isEmpty() && named.stream().allMatch(set::contains);
    }

    /**
     * The place the last sentence of the paragraph before names (…总台报道员在加沙南部亲历了一场空袭。 then 这栋4层楼高的民居…),
     * when that paragraph is no headline: what a demonstrative opening a paragraph points back to.
     */
    private Optional<Region> placeEndingParagraphBefore(Span paragraph) {
        Optional<Span> before = spans.paragraphBefore(paragraph);
        if (before.isEmpty() || before.get().end() <= titleEnd || spans.isHeadline(before.get())) {
            return Optional.empty();
        }
        List<Span> sentences = spans.sentencesIn(before.get());
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        Span last = sentences.get(sentences.size() - 1);
        return decide(last.start(), last.end()).flatMap(place -> place);
    }

    /** Whether a coverb in the clause before the countries counted at {@code offset} makes them the object of a country's deed. */
    private boolean actsOnCountriesCounted(int offset) {
        for (int k = offset - 1; k >= Math.max(0, offset - MAX_COVERB_BEFORE_COUNTRIES); k--) {
            char c = text.charAt(k);
            if (CLAUSE_TRAILERS.indexOf(c) >= 0) {
                return false;
            }
            if (COVERBS_BEFORE_COUNTRIES.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) names no place and only the country a team or competitor stands for (中国队, 中国选手). */
    private boolean onlyCompetitorsNamedIn(int from, int to) {
        List<Span> scopes = placeless.stream().filter(z -> z.start() >= from && z.end() <= to).toList();
        return !scopes.isEmpty() && scopes.stream().allMatch(z -> NationalScope.namesCompetitor(text, z))
            && subjects.stream().noneMatch(p -> p.start() >= from && p.end() <= to);
    }

    /** Whether every place named in [from, to) begins a firm's name (柳河县七棵树矿业有限公司投资5000万元), and one is. */
    private boolean onlyFirmsNamedIn(int from, int to) {
        if (firmPlaces == null) {
            firmPlaces = Collections.newSetFromMap(new IdentityHashMap<>());
            mentions.stream().filter(p -> OrganizationNames.begins(text, p)).forEach(firmPlaces::add);
        }
        if (firmPlaces.isEmpty()) {
            return false; // most posts name no firm after a place: no scan of the mentions per amount
        }
        return allNamedIn(mentions, from, to, firmPlaces);
    }

    /**
     * The place a locative opening the next clause of the sentence names (…公司投资5000万元，在孤山子镇隆兴村新建选矿厂):
     * where the firm spends or builds, rather than where it is registered.
     */
    private Optional<Region> locativeOpeningNextClause(Span clause, Span sentence) {
        int k = clause.end();
        while (k < sentence.end() && SCENE_END.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k + 1 >= sentence.end() || text.charAt(k) != LOCATIVE) {
            return Optional.empty();
        }
        return placeRightAfter(k + 1, spans.clauseAt(k + 1)).filter(place -> !place.foreign());
    }

    /** Whether a country is written as its people (巴勒斯坦人), not before 人口, 人均, 人民, 人员 or 人次. */
    private boolean writtenAsItsPeople(PlaceMention country) {
        int at = country.end();
        return at < text.length() && text.charAt(at) == PEOPLE
            && (at + 1 >= text.length() || NOT_AFTER_PEOPLE.indexOf(text.charAt(at + 1)) < 0);
    }

    /**
     * The subjects that are, or lie in a run of names that is, where something came from (从黎巴嫩发射, 来自北京的, 乌克兰方面
     * 发射的) or who acted on the place of the fact (学校遭到以色列军方空袭).
     */
    private Set<PlaceMention> origins() {
        Map<Integer, PlaceMention> byEnd = new HashMap<>();
        Map<Integer, PlaceMention> byStart = new HashMap<>();
        subjects.forEach(p -> {
            byEnd.putIfAbsent(p.end(), p);
            byStart.putIfAbsent(p.start(), p);
        });
        // by identity: a mention's hash walks its region's path, and decide asks per mention and amount
        Set<PlaceMention> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlaceMention p : subjects) {
            int start = p.start();
            for (PlaceMention before = byEnd.get(start); before != null && before.start() < start; before = byEnd.get(start)) {
                start = before.start();
            }
            int end = p.end();
            for (PlaceMention after = byStart.get(end); after != null && after.end() > end; after = byStart.get(end)) {
                end = after.end();
            }
            int runStart = start;
            if (ORIGIN_OR_AGENT_MARKS.stream()
                    .anyMatch(mark -> runStart >= mark.length() && text.startsWith(mark, runStart - mark.length()))
                    || launchesFrom(runStart, end)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether the run of names [start, end) is written as the launcher of what a deed on the scene struck or downed
     * ({@link #LAUNCHER_AFTER} after a verb: 在布良斯克州上空摧毁乌克兰方面发射的2枚导弹), not as a site, target, list item or
     * the clause's topic ({@link #NOT_BEFORE_LAUNCHER}), and only after a scene abroad in its sentence: a place at home
     * there is a misread name's end (德州 of 别尔哥罗德州), no scene to give way to.
     */
    private boolean launchesFrom(int start, int end) {
        // what most places are followed by: none of the words' first characters (checked before the pattern, for speed)
        if (end >= text.length() || !LAUNCHER_AFTER_FIRST.mayBeginAt(text, end) || start == 0
                || !HanCharacters.isHan(text.charAt(start - 1)) || NOT_BEFORE_LAUNCHER.indexOf(text.charAt(start - 1)) >= 0
                || !LAUNCHER_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return false;
        }
        int sentenceStart = spans.sentenceAt(start).start();
        return subjects.stream().anyMatch(p -> p.start() >= sentenceStart && p.end() < start && p.region().foreign());
    }

    /**
     * The subjects named in a clause that only says who reports the facts after it (据厦门海关统计，; 美国中央司令部称，),
     * with that clause's end: the source's place is no fact's after it when another place is named for the fact.
     */
    private Map<PlaceMention, Integer> attributionClauseEnds() {
        Map<PlaceMention, Integer> out = new IdentityHashMap<>();
        for (PlaceMention p : subjects) {
            Span clause = spans.clauseAt(p.start());
            if (saysWhoReports(clause)) {
                out.put(p, clause.end());
            }
        }
        return out;
    }

    /** Whether the clause only says who reports what follows (据厦门海关统计，; 国务院总理作政府工作报告说，). */
    private boolean saysWhoReports(Span clause) {
        int end = clause.end();
        while (end > clause.start() && (CLAUSE_TRAILERS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        int wordsEnd = end;
        return ATTRIBUTION_ENDS.stream().anyMatch(word -> wordsEnd - word.length() >= clause.start()
            && text.startsWith(word, wordsEnd - word.length()));
    }

    /** Whether a clause of the sentence says who reports the facts after it. */
    private boolean reportsWordsIn(Span sentence) {
        for (int at = sentence.start(); at < sentence.end(); ) {
            Span clause = spans.clauseAt(at);
            if (saysWhoReports(clause)) {
                return true;
            }
            at = Math.max(clause.end(), at + 1);
        }
        return false;
    }

    /**
     * Whether the place is named in an aside that closes before the offset — brackets holding a clause, a list, an
     * amount or an exclusion, or naming the things an amount counts (有小二型水库1座（柞木村水库总库容量31.68万立方米，
     * …），大小塘坝10个; 小二型水库3座（三合、泰来水库），拦河坝13座; 小一型水库1座（姜家店水库）; 银川市（不含宁东）) —
     * which the facts after it are not about; a place that only qualifies a name (厦金大桥（厦门段）) is no aside.
     */
    private boolean inAsideClosedBefore(PlaceMention place, int offset) {
        int open = unclosedBracketBefore(place.start());
        if (open < 0) {
            return false;
        }
        for (int k = place.end(); k < offset; k++) {
            if (Segmenter.CLOSING_BRACKETS.indexOf(text.charAt(k)) >= 0) {
                return ASIDE.matcher(text.substring(open + 1, k)).find()
                    || AMOUNT_BEFORE.matcher(text.substring(Math.max(0, open - 2), open)).find();
            }
        }
        return false;
    }

    /** The last opening bracket before the offset when no closing one follows it there; else -1. */
    private int unclosedBracketBefore(int offset) {
        if (unclosedBrackets == null) {
            unclosedBrackets = new int[text.length() + 1];
            int open = -1;
            for (int k = 0; k < text.length(); k++) {
                unclosedBrackets[k] = open;
                char c = text.charAt(k);
                open = Segmenter.OPENING_BRACKETS.indexOf(c) >= 0 ? k : Segmenter.CLOSING_BRACKETS.indexOf(c) >= 0 ? -1 : open;
            }
            unclosedBrackets[text.length()] = open;
        }
        return unclosedBrackets[offset];
    }

    /**
     * What a paragraph (or the title) says for a sentence that names no place: its topic, the first place it names
     * other than in a firm's name —
     * later ones in other sentences are often incidental (河北厂家研发的…) — made as specific as that sentence makes
     * it (柳河县天翊钙业有限公司位于时家店乡长兴村), though not by a locality it names after the topic (镇内建有通化机场):
     * a locality is the topic of other sentences only when named first.
     */
    private Optional<Optional<Region>> decideByTopic(int from, int to) {
        List<PlaceMention> inScope = topicCandidates(from, to);
        Optional<PlaceMention> first = topicOf(inScope);
        if (first.isEmpty()) {
            return decide(from, to, p -> !journeyEnds.contains(p));
        }
        Optional<Region> scene = latestSceneAfter(spans.sentenceAt(first.get().start()), inScope)
            .filter(place -> !PlaceDisambiguator.related(first.get().region(), place)); // 黑龙江省…在哈尔滨，…
        if (scene.isPresent()) {
            return Optional.of(scene);
        }
        Span topicSentence = spans.sentenceAt(first.get().start());
        // a site (a park, a port) named in the topic's sentence is no topic unless first; a place inside a township is
        // (公司…位于柳河镇乔家店。)
        Optional<Optional<Region>> decided = decide(topicSentence.start(), Math.min(to, topicSentence.end()),
            p -> p == first.get() || p.region().level() != RegionLevel.LOCALITY
                || mayBeTopicLocality(p));
        Region topic = first.get().region();
        // a locality opening the paragraph stays its topic when the sentence only names a place it lies in after it
        // (武夷山国家公园…覆盖了武夷山国家公园福建片区)
        boolean within = topic.level() == RegionLevel.LOCALITY && decided.flatMap(d -> d)
            .filter(r -> !r.equals(topic) && topic.path().containsAll(r.path())).isPresent();
        return within ? Optional.of(Optional.of(topic)) : decided;
    }

    /**
     * Whether a locality may be its paragraph's topic: a named location; abroad, only a town written inside the division
     * it lies in (得克萨斯州埃尔金) and not gone to or come from: one written after its country alone is as often a
     * destination or a front (前往德国杜伊斯堡).
     */
    private boolean mayBeTopicLocality(PlaceMention p) {
        Region r = p.region();
        return Localities.isNamedLocation(r)
            && (!r.foreign() || r.path().size() > FOREIGN_DIVISION_DEPTH && !isGoneToOrComeFrom(p));
    }

    /**
     * Whether a place abroad is written after words of going or coming, or after its country written so (前往德国
     * 北莱茵-威斯特法伦州杜伊斯堡): the country of the clause counts when the place is written in it.
     */
    private boolean isGoneToOrComeFrom(PlaceMention place) {
        Span clause = spans.clauseAt(place.start());
        String country = place.region().path().get(0);
        int nameStart = mentions.stream()
            .filter(p -> p.start() >= clause.start() && p.end() <= place.start()
                && p.region().level() == RegionLevel.COUNTRY && p.region().name().equals(country))
            .mapToInt(PlaceMention::start).max().orElse(place.start());
        String before = text.substring(clause.start(), nameStart);
        return GOING_OR_COMING_MARKS.stream().anyMatch(before::endsWith);
    }

    /**
     * The places of [from, to) that may be a paragraph's topic: not a macro-region (东部地区), nor where a journey
     * leaves from or for (中欧班列从重庆团结村开出，前往德国杜伊斯堡。至此，中欧班列累计开行突破10万列).
     */
    private List<PlaceMention> topicCandidates(int from, int to) {
        return subjects.stream().filter(p -> p.start() >= from && p.end() <= to && !MacroRegions.isMacroRegion(p.region())
            && !journeyEnds.contains(p)).toList();
    }

    /**
     * The origins a departure follows (从重庆团结村开出), with the places abroad the journey leaves for and those it passes
     * in their sentence (，前往德国杜伊斯堡; 经阿拉山口出境): the ends and stops of a route, which the paragraph's later facts
     * are not about.
     */
    private Set<PlaceMention> journeyEnds() {
        Set<PlaceMention> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Integer, List<Span>> departuresBySentence = new HashMap<>();
        int runStart = -1;
        int runEnd = -1;
        int towardsStart = -1;
        int towardsEnd = -1; // the clause's end: all of 前往德国北莱茵-威斯特法伦州杜伊斯堡 is where the journey goes
        for (PlaceMention p : subjects) {
            runStart = p.start() == runEnd ? runStart : p.start();
            runEnd = p.end();
            if (p.start() == runStart && runStart >= towardsEnd && isStopOrDestinationAbroad(p)) {
                towardsStart = runStart;
                towardsEnd = spans.clauseAt(runStart).end();
            }
            boolean isOrigin = origins.contains(p);
            if (!isOrigin && p.start() >= towardsEnd) {
                continue; // most places: no sentence scanned for a departure
            }
            Span sentence = spans.sentenceAt(p.start());
            int runOpening = isOrigin ? runStart : towardsStart;
            // an origin right after its departure's 从; a stop or destination after the departure it goes on from
            if (departuresBySentence.computeIfAbsent(sentence.start(), start -> departuresIn(sentence)).stream()
                    .anyMatch(d -> isOrigin ? d.start() == runOpening - 1 : d.end() <= runOpening)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether a place opening a run of names is written as a stop (经阿拉山口出境) or a destination abroad (前往德国杜伊斯堡):
     * a destination at home is often where the story goes on (游客从上海出发，前往安徽黄山。景区今年接待游客…).
     */
    private boolean isStopOrDestinationAbroad(PlaceMention first) {
        char before = first.start() > 0 ? text.charAt(first.start() - 1) : ' ';
        return before == VIA || (before == TOWARDS && first.region().foreign());
    }

    /**
     * The departures a sentence writes ({@link #DEPARTURE}) from a place or a site: 从实际出发, 从群众需求出发 start from a
     * standpoint, and a stop after them (经省政府批准) is no journey's.
     */
    private List<Span> departuresIn(Span sentence) {
        List<Span> out = new ArrayList<>();
        Matcher m = DEPARTURE.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int originEnd = m.end(1);
            if (DEPARTURE_SITE_ENDS.indexOf(text.charAt(originEnd - 1)) >= 0 || namesPlaceIn(m.start(1), originEnd)) {
                out.add(new Span(m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * The topic among the candidates: the first not in a firm's name (柳河新方谷农业发展有限公司 names where it was
     * registered; the paragraph says where it is), else the first.
     */
    private Optional<PlaceMention> topicOf(List<PlaceMention> candidates) {
        return candidates.stream().filter(p -> !OrganizationNames.begins(text, p)).findFirst()
            .or(() -> candidates.stream().findFirst());
    }

    private Optional<PlaceMention> topicMention(int from, int to) {
        return topicOf(topicCandidates(from, to));
    }

    /**
     * The place of the last sentence after the topic's that opens a new scene (在北京，…。在重庆江津，樱花园里…。
     * 2025年，游客量预计…): a paragraph walking from place to place is about the scene it reached, not its first.
     */
    private Optional<Region> latestSceneAfter(Span topicSentence, List<PlaceMention> inScope) {
        for (int i = inScope.size() - 1; i >= 0 && inScope.get(i).start() >= topicSentence.end(); i--) {
            PlaceMention p = inScope.get(i);
            if (text.charAt(p.start() - 1) == LOCATIVE && spans.sentenceAt(p.start()).start() == p.start() - 1) {
                Optional<PlaceMention> setting = settingFrom(p);
                if (setting.isPresent()) {
                    return Optional.of(setting.get().region());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The place a sentence's setting names, when the place at its start (after 在) begins one: the last of the run of
     * names before its comma (在重庆江津， → 江津).
     */
    private Optional<PlaceMention> settingFrom(PlaceMention first) {
        PlaceMention last = first;
        for (PlaceMention next = subjectStartingAt(last.end()); next != null; next = subjectStartingAt(last.end())) {
            last = next;
        }
        return last.end() < text.length() && SCENE_END.indexOf(text.charAt(last.end())) >= 0 ? Optional.of(last) : Optional.empty();
    }

    private PlaceMention subjectStartingAt(int offset) {
        return firstSubjectAfter(offset - 1).filter(q -> q.start() == offset).orElse(null);
    }

    /**
     * The last place named, or a more specific division named earlier inside it (立新村位于田东县) — not a locality
     * (大北岔林场的施业区座落在本镇境内, whose facts are the town's); for a list of places
     * the deepest place containing them all, which for places of different provinces is none.
     */
    private Optional<Region> latestPlace(List<PlaceMention> inScope) {
        int last = inScope.size() - 1;
        int firstOfList = last;
        while (firstOfList > 0 && joinedAsList(inScope.get(firstOfList - 1), inScope.get(firstOfList))) {
            firstOfList--;
        }
        if (firstOfList < last) {
            return commonAncestor(inScope.subList(firstOfList, last + 1));
        }
        Region latest = inScope.get(last).region();
        PlaceMention lastMention = inScope.get(last);
        if (latest.level() == RegionLevel.COUNTRY && writtenAsItsPeople(lastMention)) {
            // 以色列在加沙地带的军事行动已造成7.01万名巴勒斯坦人死亡: the people's country is where the place before lies
            Region country = latest;
            Optional<Region> inside = inScope.stream().limit(last).map(PlaceMention::region)
                .filter(r -> r.foreign() && within(country, r)).reduce((a, b) -> b);
            if (inside.isPresent()) {
                return inside;
            }
        }
        for (PlaceMention p : inScope) {
            if (p.region().level() != RegionLevel.COUNTRY && p.region().level() != RegionLevel.LOCALITY
                && latest.level() != RegionLevel.COUNTRY
                && p.region().code().startsWith(latest.code()) && (p.region().level().compareTo(latest.level()) > 0
                    || situatedInPart(p, lastMention))) {
                latest = p.region();
            }
        }
        Region division = latest;
        // a hamlet or unlisted village said to lie in the place named after it (京几屯位于…五星村) is the smaller place
        return Optional.of(inScope.stream().limit(last)
            .filter(p -> Localities.isSettlement(p.region()) && !division.foreign() && division.code().startsWith(p.region().code()))
            .map(PlaceMention::region).findFirst().orElse(latest));
    }

    /**
     * Whether the place is said to lie in a direction part of a division it is inside (尚义县地处河北省西北部): it is
     * more specific than the part, as 康保县 is than 河北省 in 康保县位于河北省最西北部.
     */
    private boolean situatedInPart(PlaceMention place, PlaceMention part) {
        if (!PlaceParts.isDirectionPart(part.region()) || place.region().code().length() <= part.region().code().length()
                || place.end() > part.start()
                || mentions.stream().anyMatch(m -> m.end() < place.start() && joinedAsList(m, place))) {
            return false; // a listed place (怀来县和涿鹿县地处…) is not alone where the part is
        }
        // the place is what lies there, written right before the verb (not 唐山市援建的光伏电站位于河北省西北部)
        for (String verb : SUBJECTLESS_SITUATING_VERBS) {
            int at = part.start() - verb.length();
            if (at >= place.end() && text.startsWith(verb, at) && SITUATED_PLACE_SUFFIXES.contains(text.substring(place.end(), at))) {
                return true;
            }
        }
        return false;
    }

    private boolean joinedAsList(PlaceMention a, PlaceMention b) {
        return b.start() - a.end() == 1 && LIST_JOINERS.indexOf(text.charAt(a.end())) >= 0;
    }

    /** The deepest place both lie in (江苏省 of 连云港市 and 淮安市), if any. */
    Optional<Region> commonAncestorOf(Region a, Region b) {
        return ForeignDivisions.deepestCommonAncestor(List.of(a, b), table);
    }

    private Optional<Region> commonAncestor(List<PlaceMention> list) {
        return ForeignDivisions.deepestCommonAncestor(list.stream().map(PlaceMention::region).toList(), table);
    }
}
