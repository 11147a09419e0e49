package dev.zhibiao.engine.region;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The proper name before a locality's kind word (柞木村 of 柞木村水库, 达里湖 of 内蒙古达里湖, 宁东 of 宁东基地): where it starts,
 * after the place name right before it or after the words that end a name's words before (在, 和, 返回), and whether
 * it is a name at all, not a common noun (生产基地, 小二型水库) or a count (多个湿地公园). Stations, hospitals and
 * universities have rules of their own.
 */
final class LocalityCandidates {
    /**
     * Kinds a city, county or township name alone names one of (郑州航空港, 柞木村水库, 常德高新区, 二连浩特口岸, 常熟博物馆,
     * 上海自贸区, 安口镇林场), unlike 新疆口岸 or 红石镇基地.
     */
    static final Set<String> BARE_KINDS =
        Set.of("航空港", "港区", "港", "水库", "机场", "口岸", "开发区", "高新区", "经开区", "试验区", "新区", "工业园区", "油田",
            "国家公园", "博物馆", "自贸区", "自贸试验区", "船闸", "林场", "核电站", "水电站", "枢纽", "陵园", "植物园", "动物园",
            "火车站", "高铁站");
    /** Kinds whose name may be one character after a place name (江苏太湖, 武汉东湖, 上海临港). */
    private static final Set<String> ONE_CHARACTER_KINDS = Set.of("湖", "港");
    static final String NATIONAL_PARK = "国家公园";
    private static final String ISLAND = "岛";
    /** Landforms a city or county name alone names (伊犁河谷, 吐鲁番盆地, 成都平原). */
    private static final Set<String> BARE_LANDFORMS = Set.of("盆地", "河谷", KindsNamedAfterDivision.PLAIN);
    /** Named alone, 河谷 is a kind (山间河谷). */
    private static final String VALLEY = "河谷";
    /** Kinds of zones, which a city or county names with the words of their title (崇州国家现代农业产业园). */
    private static final Set<String> ZONE_KINDS =
        Set.of("产业园", "工业园区", "工业园", "开发区", "高新区", "经开区", "试验区", "示范区");
    /** Words between the proper name and the kind word (白芨滩国家级自然保护区, 霍尔果斯铁路口岸, 宁鑫生态有机牧场). */
    private static final String MODIFIER_WORDS =
        "国家级|省级|自然|国际|经济技术|经济|能源化工|铁路|公路|国家|森林|重点开发开放|生态|有机";
    /** Military words, and 烈士 of a memorial site (兰州烈士陵园: a city's; 烈士陵园 alone is a kind). */
    private static final Pattern MODIFIERS = Pattern.compile("(?:" + MODIFIER_WORDS + "|军事|空军|海军|陆军|烈士)+$");
    /** A zone's title words too (国家现代农业产业园, 现代产业园, 高新技术开发区, 城乡一体化示范区). */
    private static final Pattern ZONE_MODIFIERS =
        Pattern.compile("(?:" + MODIFIER_WORDS + "|现代农业|现代|农业|高新技术|科技|城乡一体化)+$");
    private static final int MAX_MODIFIERS = 12;
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
    private static final String NUMERALS = "一二两三四五六七八九十百千万亿";
    /** Numerals and vague counts a measure word follows (11个, 多个, 几个, 数个). */
    private static final String COUNTS = NUMERALS + "多几数余";
    private static final String DATE_WORDS = "年月日号";

    private LocalityCandidates() {
    }

    /**
     * The proper name before the kind word at {@code kindStart}, or null when the words there name no place; a station
     * names one only in a post on the Antarctic, and a university whose hospital is named after it is the hospital's.
     */
    static LocalityCandidate before(String text, int kindStart, String kind, boolean antarctic,
                                    Map<Integer, PlaceMention> endingAt) {
        return kind.equals(StationNames.STATION)
            ? (antarctic ? StationNames.station(text, kindStart, StationNames.STATION) : null)
            : kind.equals(StationNames.SPACE_STATION) ? StationNames.chinasSpaceStation(text, kindStart)
            : kind.equals(HospitalNames.HOSPITAL) ? HospitalNames.hospital(text, kindStart, endingAt)
            : kind.equals(UniversityNames.UNIVERSITY)
                && HospitalNames.hospitalAhead(text, kindStart + kind.length()) ? null
            : candidate(text, kindStart, kind, endingAt);
    }

    /** The proper name before a kind word at {@code kindStart}, or null when the words there name no place. */
    private static LocalityCandidate candidate(String text, int kindStart, String kind,
                                               Map<Integer, PlaceMention> endingAt) {
        int end = kindStart - (ZONE_KINDS.contains(kind) ? modifiersLength(text, kindStart, ZONE_MODIFIERS)
            : modifiersLength(text, kindStart, MODIFIERS));
        LocalityCandidate personNamed = PersonNamedSites.PERSON_NAMED_KINDS.contains(kind)
            ? PersonNamedSites.personNamedSite(text, end, kind) : null;
        if (personNamed != null) {
            return personNamed;
        }
        int start = end;
        while (start > 0 && end - start <= ProperNames.MAX_NAME_AFTER_PLACE
                && ProperNames.isNameCharacter(text.charAt(start - 1)) && !endingAt.containsKey(start)) {
            start--;
        }
        // checked before the names abroad and measure words below, which no such kind's anchor needs: 苑, 小区 and 花园
        // are common, and most stand after no place
        if (!KindsNamedAfterDivision.mayBeNamed(kind, text, start, end, endingAt)) {
            return null;
        }
        int transliterated = start;
        if (ForeignBareNames.isTransliteration(text, start, end)) {
            while (transliterated > 0 && end - transliterated < ProperNames.MAX_TRANSLITERATED_NAME
                    && !endingAt.containsKey(transliterated)
                    && ForeignBareNames.isTransliteration(text, transliterated - 1, transliterated)) {
                transliterated--;
            }
        }
        if (endingAt.containsKey(transliterated) && endingAt.get(transliterated).region().foreign()) {
            start = transliterated; // a long name abroad right after its place (罗斯托夫州莫罗佐夫斯克机场)
        }
        if (start > 0 && !endingAt.containsKey(start) && endingAt.containsKey(start - 1)
                && ProperNames.MEASURE_BREAKS.indexOf(text.charAt(start - 1)) >= 0) {
            start--; // right after a place name, a measure word is a name's first character (长兴村项家屯)
        }
        PlaceMention anchor = endingAt.get(start);
        if (anchor != null) {
            // a university after a place at home, not after a country's (加拿大西安大略大学)
            PlaceMention before = endingAt.get(anchor.start());
            if (kind.equals(UniversityNames.UNIVERSITY)
                    && (anchor.region().foreign() || before != null && before.region().foreign())
                    && !UniversityNames.stateUniversityAbroad(text.substring(start, end), anchor, text,
                        kindStart + kind.length())) {
                return null;
            }
            // an island at home is named in the table or is a common noun (长兴岛, 海南岛), except one named by its county's
            // short form alone (崇明岛 of 崇明区), which news states facts of as written, unless another place's name comes
            // right before it (青岛灵山岛 is no island of 灵山县)
            if (kind.equals(ISLAND) && !anchor.region().foreign()
                    && (start < end || anchor.surface().equals(anchor.region().name())
                        || before != null && !PlaceDisambiguator.related(before.region(), anchor.region()))) {
                return null;
            }
            return anchoredCandidate(text, start, end, kind, anchor, end < kindStart);
        }
        if (kind.equals(UniversityNames.UNIVERSITY)) {
            return UniversityNames.regionNamedUniversity(text, start, end, kindStart + kind.length());
        }
        if (kind.equals(VALLEY) || kind.equals(ISLAND)) {
            return null; // named alone, these are kinds (山间河谷, 该岛)
        }
        boolean bounded = start == 0 || !ProperNames.isNameCharacter(text.charAt(start - 1))
            || afterVerbBeforeName(text, start);
        while (!bounded && start < end) {
            start++;
            char before = text.charAt(start - 1);
            // a verb of going or working ends the words before however long they run (乘坐…飞船返回东风着陆场)
            bounded = ProperNames.PREPOSITIONS.indexOf(before) >= 0 || ProperNames.CONJUNCTIONS.indexOf(before) >= 0
                || afterVerbBeforeName(text, start);
        }
        if (end - start > ProperNames.MIN_NAME && ProperNames.PREPOSITIONS.indexOf(text.charAt(start)) >= 0) {
            start++; // 在梅海岭公园
        }
        if (start > 0 && end - start > ProperNames.MIN_NAME && Character.isDigit(text.charAt(start - 1))
                && DATE_WORDS.indexOf(text.charAt(start)) >= 0) {
            start++; // 去年12月冰雪大世界开园: the date's word is no name's
        }
        for (int k = end - ProperNames.MIN_NAME - 1; k > start; k--) {
            if (ProperNames.PREPOSITIONS.indexOf(text.charAt(k)) >= 0 && !text.startsWith(FREE, k - 1)) {
                start = k + 1; // 镇内有蔡家屯: the name begins after the verb, however far back the words before reach
                break;
            }
        }
        for (int k = end - ProperNames.MIN_NAME - MOTION_VERB_LENGTH; k >= start; k--) {
            if (startsWithMotionVerb(text, k)) {
                start = k + MOTION_VERB_LENGTH; // 10月31日返回东风着陆场: the name begins after the verb
                break;
            }
        }
        String proper = text.substring(start, end);
        // after a preposition the name's start is sure, and it may be longer (经港珠澳大桥口岸)
        int longest = start > 0 && ProperNames.PREPOSITIONS.indexOf(text.charAt(start - 1)) >= 0
            ? ProperNames.MAX_NAME_AFTER_PLACE : ProperNames.MAX_NAME_ALONE;
        // a settlement said to lie somewhere (京几屯位于…五星村) is named, whatever single characters its name holds
        boolean located = Settlements.SETTLEMENT_KINDS.contains(kind)
            && text.startsWith(Localities.LOCATED_AT, kindStart + kind.length())
            && !ProperNames.GENERIC_WORDS.matcher(proper).find();
        return bounded && proper.length() >= ProperNames.MIN_NAME && proper.length() <= longest
            && (located || ProperNames.isProper(proper)) && !counted(text, start)
            ? new LocalityCandidate(start, end, proper, kind, null) : null;
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
        return start >= 2 && ProperNames.MEASURE_BREAKS.indexOf(text.charAt(start - 1)) >= 0
            && (Character.isDigit(text.charAt(start - 2)) || COUNTS.indexOf(text.charAt(start - 2)) >= 0);
    }

    /** A proper name right after a place name: none (郑州航空港), one character (江苏太湖) or a few (内蒙古达里湖). */
    private static LocalityCandidate anchoredCandidate(String text, int start, int end, String kind,
                                                       PlaceMention anchor, boolean modified) {
        String proper = text.substring(start, end);
        if (Settlements.numberedGroup(proper, kind, anchor)) {
            return new LocalityCandidate(start, end, proper, kind, anchor);
        }
        boolean fits = switch (proper.length()) {
            // 云南大学, not 云南省大学
            case 0 -> kind.equals(UniversityNames.UNIVERSITY) ? !anchor.surface().equals(anchor.region().name())
                : (BARE_KINDS.contains(kind) || BARE_LANDFORMS.contains(kind) || kind.equals(ISLAND))
                && (anchor.region().level() != RegionLevel.PROVINCE || Localities.isCity(anchor.region()))
                // a national park is named by a mountain or area written as a short form (武夷山国家公园), not by a city's
                // official name (南平市国家公园 is the city's national parks)
                && !(kind.equals(NATIONAL_PARK) && anchor.surface().equals(anchor.region().name()))
                // a zone named by its city or county and the words of its title (崇州国家现代农业产业园, 红石镇现代产业园)
                || modified && ZONE_KINDS.contains(kind) && anchor.region().level().compareTo(RegionLevel.PROVINCE) > 0
                    && !anchor.region().foreign();
            case 1 -> ONE_CHARACTER_KINDS.contains(kind) && NUMERALS.indexOf(proper.charAt(0)) < 0;
            default -> proper.length() <= ProperNames.MAX_NAME_AFTER_PLACE || anchor.region().foreign()
                && proper.length() <= ProperNames.MAX_TRANSLITERATED_NAME && ForeignBareNames.isTransliteration(proper);
        };
        boolean fitsProper = proper.isEmpty()
            || ProperNames.PREPOSITIONS.indexOf(proper.charAt(0)) < 0 && ProperNames.isProper(proper);
        return fits && fitsProper ? new LocalityCandidate(start, end, proper, kind, anchor) : null;
    }

    private static int modifiersLength(String text, int kindStart, Pattern modifiers) {
        Matcher m = modifiers.matcher(text.substring(Math.max(0, kindStart - MAX_MODIFIERS), kindStart));
        return m.find() ? m.end() - m.start() : 0;
    }
}
