package dev.zhibiao.engine.region;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kind words of localities (水库, 机场, 港, 保护区, 村) and the scan for them: each one a proper name may stand before,
 * with the words it does not begin or end (港口, 湖南, 村民). The scan runs over every post, so it tries the pattern
 * only where a kind word may start.
 */
final class LocalityKindWords {
    /**
     * A river's reaches, sources and sections (长江中游, 长江南源, 荆江河段), longest first where one ends another; not
     * 源头, which names a river's source as what it is (红石河为三统河源头) as often as a place, and a figure of speech
     * more often (从源头上).
     */
    static final List<String> RIVER_REACHES =
        List.of("干流", "上中游", "中下游", "上游", "中游", "下游", "南源", "北源", "正源", "源区", "河段");
    /**
     * A river's name ends before its reaches' words; not a kind of river (内河河段, 界河河段, 江河干流), nor a strategy's
     * region after them (长江中游城市群).
     */
    private static final String RIVER_BEFORE = "(?<=[江河])(?<![内界江]河)";
    private static final String NOT_REGION_AFTER_REACH = "(?!城市群)";
    /** What makes 村 begin a word (村民, 村委, 村级, 村集体, 村干部, 村组, 村部): no village's name ends there. */
    private static final String VILLAGE_WORD_SECONDS = "民委级集干组部";
    /** A village's or a town's own level after 湖 or 港 (大湖村, 新港镇), not a word it begins (村民, 乡镇, 镇村). */
    private static final String NAME_ENDS = "[村镇乡](?![" + VILLAGE_WORD_SECONDS + "村乡街镇])";
    /** The lookbehind a kind word may open with ((?<![村然])屯, (?<=[江河])中游), no part of its first characters. */
    private static final String LOOKBEHIND = "^(?:\\(\\?<[!=][^)]*\\))+";
    /**
     * Kind words, longest first; 港 and 湖 not where they begin another word (港口, 港澳, 港元, 港交所, 港铁 but not 港铁矿石,
     * 湖南, 湖泊) nor a village's or a town's name (大湖村, 新港镇: the village is the place).
     */
    private static final String KIND_WORDS =
        "航空港|港区|港(?![口澳股元币资台人商务湾产交府珠]|铁(?![矿路]))(?!" + NAME_ENDS + ")|水库|湖(?![南北泊区畔四])(?!" + NAME_ENDS + ")|机场(?!集团)|科考站|考察站|空间站"
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
        // a river's reaches, sources and sections (长江中游, 黄河上游, 长江南源, 长江干流, 荆江河段), after a river's name only
        + "|" + RIVER_REACHES.stream().map(reach -> RIVER_BEFORE + reach + NOT_REGION_AFTER_REACH)
            .collect(Collectors.joining("|"))
        // sites news name as where a fact happens (常熟博物馆, 湘江战役纪念馆, 周原遗址, 上海自贸区, 泥河洼蓄滞洪区)
        + "|博物馆|纪念馆|遗址|自贸试验区|自贸区|蓄滞洪区"
        // landmarks and volcanoes (天安门广场, 埃特纳火山); not 文化广场 or 举办广场
        + "|广场|火山"
        // a head of state's or government's residence, a target of strikes (俄罗斯总统官邸)
        + "|官邸"
        // a hamlet (蔡家屯), not 村屯 or 自然屯, nor 屯田
        + "|(?<![村然])屯(?![田兵垦])"
        // a village the table does not list (renamed or merged since): 村民, 村委 and 村集体 are no village
        + "|村(?![" + VILLAGE_WORD_SECONDS + "])"
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
    private static final Pattern KIND = Pattern.compile(KIND_WORDS);
    static final Pattern KIND_AT_END = Pattern.compile("(?:" + KIND_WORDS + ")$");
    /** First characters of the kind words: the scan tries the pattern only where one stands. */
    private static final String KIND_FIRST = Arrays.stream(KIND_WORDS.split("\\|"))
        .map(word -> word.replaceFirst(LOOKBEHIND, "").substring(0, 1)).distinct().collect(Collectors.joining());
    /**
     * The kind words of one character, and the first two characters of the others: the scan tries the pattern only
     * where one of these stands, as 大, 河 and 广 begin many words that are no kind.
     */
    private static final String ONE_CHARACTER_KIND_WORDS = Arrays.stream(KIND_WORDS.split("\\|"))
        .map(word -> word.replaceFirst(LOOKBEHIND, ""))
        .filter(word -> word.length() == 1 || !Character.isLetter(word.charAt(1))).map(word -> word.substring(0, 1))
        .distinct().collect(Collectors.joining());
    /** The kind words of two characters or more, without their lookbehinds. */
    private static final List<String> LONGER_KIND_WORDS = Arrays.stream(KIND_WORDS.split("\\|"))
        .map(word -> word.replaceFirst(LOOKBEHIND, ""))
        .filter(word -> word.length() > 1 && Character.isLetter(word.charAt(1))).toList();
    /** The first characters of the longer kind words, each once, in the order of {@link #KIND_WORD_SECONDS}. */
    private static final String KIND_WORD_FIRSTS = LONGER_KIND_WORDS.stream().map(word -> word.substring(0, 1)).distinct()
        .collect(Collectors.joining());
    /** For each of {@link #KIND_WORD_FIRSTS}, the second characters its words go on with (上 → 游中: 上游, 上中游). */
    private static final String[] KIND_WORD_SECONDS = KIND_WORD_FIRSTS.chars()
        .mapToObj(first -> LONGER_KIND_WORDS.stream().filter(word -> word.charAt(0) == first)
            .map(word -> word.substring(1, 2)).distinct().collect(Collectors.joining()))
        .toArray(String[]::new);

    private LocalityKindWords() {
    }

    /**
     * Whether a kind word of a locality (机场, 水库, 港) starts at this offset; not 山 of 山脚下, which labels drop with the
     * mountain's name as where the thing stands (铜官山脚下马鞭草 measures 马鞭草).
     */
    static boolean kindAt(String text, int at) {
        return at < text.length() && !text.startsWith(KindsNamedAfterDivision.MOUNTAIN, at)
            && KIND_FIRST.indexOf(text.charAt(at)) >= 0 && mayStartKind(text, at)
            && scanner(text).region(at, text.length()).lookingAt();
    }

    /**
     * A matcher of the kind words for {@link #next}, with transparent bounds: the kind words' lookbehinds (村屯 is no
     * hamlet) see the text before the scan position.
     */
    static Matcher scanner(String text) {
        return KIND.matcher(text).useTransparentBounds(true);
    }

    /**
     * The start of the next kind word from {@code from}, with {@code m} on it, or -1: as {@code m.find()} would, but
     * a regex attempt at every position of a post cost a sixth of the region pass.
     */
    static int next(String text, Matcher m, int from) {
        for (int i = from; i < text.length(); i++) {
            if (KIND_FIRST.indexOf(text.charAt(i)) >= 0 && mayStartKind(text, i) && m.region(i, text.length()).lookingAt()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean mayStartKind(String text, int i) {
        if (ONE_CHARACTER_KIND_WORDS.indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int first = i + 1 < text.length() ? KIND_WORD_FIRSTS.indexOf(text.charAt(i)) : -1;
        return first >= 0 && KIND_WORD_SECONDS[first].indexOf(text.charAt(i + 1)) >= 0;
    }
}
