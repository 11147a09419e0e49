package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.HanCharacters;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds every stretch of text that is a place name: official names of all five table levels (through the table's
 * name index), short forms of provinces, prefectures and counties, foreign countries and foreign cities. Matches may overlap;
 * choosing among them is {@link PlaceDisambiguator}'s job.
 */
final class PlaceLexicon {
    /** A short form followed by one of these is part of a longer proper name (四平村, 中山站, 百色路), not the place. */
    private static final String NAME_CONTINUATIONS = "村镇乡屯组社街路站";
    /**
     * The continuations that would make a township's or village's name of the short form (陕西镇, 四平屯), where a county
     * named with that character first may follow instead (陕西镇安, 海南屯昌); not a street's or a station's (浙江路桥建设:
     * 浙江路 is a street, 路桥 a common word).
     */
    private static final String SETTLEMENT_CONTINUATIONS = "村镇乡屯";
    /** The longest short form of a county read after its province's (镇安, 乡宁). */
    private static final int MAX_SHORT_PART = 3;
    /** Words that begin with a name continuation but continue no name (浙江乡村, 广西乡镇, 山东社会, 安徽组织). */
    private static final List<String> WORDS_AFTER_NAMES = List.of("乡村", "乡镇", "村镇", "社会", "组织", "组建", "组成", "组团");
    private static final String COUNTRYSIDE = "乡村";
    /** 民 after 乡村 makes 乡 + 村民, unless it begins a word (民宿, 民俗, 民居). */
    private static final char VILLAGERS = '民';
    private static final String WORDS_OF_MIN = "宿俗居主生营";
    private static final String DIRECTIONS = "东西南北";
    private static final String SIDES = "麓坡岸侧缘";
    /**
     * Words whose last character begins a place name after them (示范县 is no 范县, 制造商洛克希德 no 商洛, 环渤海地区 no
     * 海地): no name starts inside them. Keyed by that last character, the characters that come before it in such a word.
     */
    private static final Map<Character, String> WORDS_ENDING_IN_A_NAME = Map.of('范', "示规典防模",
        // 制造商, 供应商, 开发商, 运营商, 承包商, 经销商, 零售商, 服务商, 电商, 外商, 厂商
        '商', "造应发营包销售务电外厂",
        // 渤海, 沿海, 黄海, 航海, 出海, 近海, 深海, 领海; not 东海, whose 东 ends 广东 and 山东 (广东海丰县)
        '海', "渤沿黄航出近深领");
    private static final String LAST_CHARACTERS_OF_WORDS = WORDS_ENDING_IN_A_NAME.keySet().stream().map(String::valueOf)
        .collect(Collectors.joining());
    /**
     * The people of an ethnic township, named with two characters or more, then 族 before the level word (朝鲜族镇,
     * 蒙古族乡); 回族乡 is not written 回乡.
     */
    private static final Pattern ETHNIC_TOWNSHIP = Pattern.compile("(?<=\\p{IsHan}{2})(朝鲜|蒙古|达斡尔|鄂温克|鄂伦春|锡伯|柯尔克孜|哈萨克)族(?=[镇乡]$)");
    /** A people named after a country (朝鲜族, 蒙古族, 俄罗斯族): the country's name before 族 is no place. */
    private static final char ETHNIC_GROUP = '族';
    /** Livestock a breed is named after a country for (蒙古牛, 蒙古马, 荷兰奶牛 is not: 荷兰 then 奶牛). */
    private static final String BREED_ANIMALS = "牛马羊猪驴犬鸡鸭鹅驼";
    /** Joiners of breeds listed (蒙古牛和西门塔尔牛). */
    private static final String BREED_JOINERS = "和及与等";
    private static final String COMPATRIOTS = "同胞";
    /** Firms and institutions whose name begins with a place's short form but lie elsewhere or nowhere in particular. */
    private static final List<String> FIRMS_NAMED_LIKE_PLACES = List.of("阿里巴巴", "阿里健康", "阿里云", "阿里影业", "中山大学",
        "长安汽车", "上海合作组织");
    /** Characters of a listed firm's name after the place it begins with (贵州茅台, 长城汽车股份). */
    private static final int MAX_FIRM_NAME_REST = 6;
    private static final int MIN_STOCK_CODE_DIGITS = 4;
    private static final int MAX_STOCK_CODE_DIGITS = 6;
    /**
     * A stock code in brackets, of digits (600519, 0388.HK) or letters with their exchange (瑞士信贷(CS.N)); bare letters
     * are an abbreviation (GDP).
     */
    private static final Pattern STOCK_CODE = Pattern.compile("[(（](?:[0-9]{" + MIN_STOCK_CODE_DIGITS + "," + MAX_STOCK_CODE_DIGITS
        + "}(?:\\.[A-Z]{1,2})?|[A-Z]{1,5}\\.[A-Z]{1,2})[)）]");
    /** A listed firm's name is at most this long (place and rest). */
    private static final int MAX_LISTED_NAME = 12;
    private static final String MONEY = "元币";
    private static final String NEW_YEAR = "元旦";
    /** 北京时间 is a clock, 中国队 and 瑞典队 are teams, 福建舰 a warship: the facts they date, win or sail are not the place's. */
    static final String TIME_ZONE = "时间";
    private static final String TEAM = "队";
    private static final String TEAMS = "队伍";
    private static final char WARSHIP = '舰';
    /** 舰艇, 舰船: vessels in general, so the place is where they are based, taught or built (大连舰艇学院, 青岛舰船配套企业). */
    private static final String VESSELS_IN_GENERAL = "艇船";
    /** Words of the common nouns some townships are named by, longest first where one begins another. */
    private static final List<String> GENERIC_TOWNSHIP_WORDS = List.of(
        "经济技术", "高新技术", "国营", "现代", "第一", "第二", "第三", "经济", "技术", "高新", "产业园", "产业", "工业", "农业", "科技", "物流",
        "旅游", "度假", "示范", "良种", "原种", "种畜", "种猪", "种羊", "种禽", "畜牧", "园艺", "果树", "繁育", "开发区",
        "开发", "园区", "新区", "新城", "城区", "林场", "农场", "管理委员会", "管委会", "区", "场");

    /** Township codes add three digits to their county's. */
    private static final int MAX_TOWNSHIP_NUMBER = 999;
    private static final String AUTONOMOUS_PREFECTURE = "自治州";
    private static final String CITY = "市";
    /** Brackets inside a name, as the locale data writes the two Congos (刚果（金）, 刚果（布）). */
    private static final String NAME_BRACKETS = "（）";
    private static final String TOWN = "镇";
    private static final String RURAL_TOWNSHIP = "乡";
    private static final String SUBDISTRICT = "街道";
    /** The kinds of township a town or subdistrict may have been (镇 once 乡; 街道 once 镇 or 乡). */
    private static final Map<String, List<String>> FORMER_KINDS = Map.of(TOWN, List.of(RURAL_TOWNSHIP),
        SUBDISTRICT, List.of(TOWN, RURAL_TOWNSHIP));
    /** A former name's stem is two characters at least (纸房头镇, 牧牛镇): a one-character stem is a common word. */
    private static final int MIN_FORMER_STEM = 2;
    private static final String PREFECTURE_AREA = "地区";
    private static final String DISTRICT = "区";
    private static final String COUNTY = "县";
    private static final String MANAGEMENT_ZONE = "管理区";
    private static final String TAIWAN = "台湾省";
    private static final String TAIWAN_ISLAND = "台岛";
    private final DivisionTable table;
    private final Map<String, List<PlaceCandidate>> otherNames = new HashMap<>();
    /**
     * Per county or township code, its townships or villages ({@link #townshipsOf}, {@link #villagesOf}); the lexicon
     * is shared across threads.
     */
    private final Map<String, List<Region>> parts = new ConcurrentHashMap<>();
    /** Townships named by a common noun (开发区, 经济技术开发区, 良种场): the words name a kind of place, not one. */
    private final BitSet commonNounTownships = new BitSet();
    private final NameLengthsByLeadingPair tableNameLengths = new NameLengthsByLeadingPair();
    private final NameLengthsByLeadingPair otherNameLengths = new NameLengthsByLeadingPair();
    /** The hashes of {@link #otherNames}' names: most words looked up name nothing, and need no string made for the map. */
    private final NameHashFilter otherNameHashes;

    PlaceLexicon(DivisionTable table) {
        this.table = table;
        for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.PREFECTURE, RegionLevel.COUNTY)) {
            int[] range = table.indexRange(level);
            for (int i = range[0]; i < range[1]; i++) {
                if (!table.isPlaceholder(i)) {
                    Region region = table.region(i);
                    Optional<String> shortForm = ShortNames.of(region.name());
                    shortForm
                        .filter(shortName -> !ShortNames.isNewArea(region.name()) || !namesDivision(table, shortName))
                        .filter(shortName -> !(region.name().endsWith(AUTONOMOUS_PREFECTURE)
                            && namesProvince(table, shortName)))
                        .ifPresent(shortName -> add(shortName, region, true));
                    ShortNames.withoutPeoplesOf(region.name()).forEach(name -> add(name, region, false));
                    if (level == RegionLevel.COUNTY) {
                        shortForm.flatMap(shortName -> formerCountyName(table, region, shortName))
                            .ifPresent(name -> add(name, region, false));
                        zoneOwnName(region).ifPresent(name -> add(name, region, false));
                        ShortNames.bannerAbbreviationOf(region.name()).ifPresent(name -> add(name, region, false));
                    }
                    if (level == RegionLevel.PREFECTURE && region.name().endsWith(CITY)) {
                        // a city once a 地区 keeps that name in older texts (吐鲁番地区, 铜仁地区), as any city's area is
                        // written (南京地区): the name as written is the fact's
                        shortForm.ifPresent(shortName -> add(shortName + PREFECTURE_AREA, region, false));
                    }
                }
            }
        }
        int[] townships = table.indexRange(RegionLevel.TOWNSHIP);
        for (int i = townships[0]; i < townships[1]; i++) {
            if (isCommonNoun(table.name(i))) {
                commonNounTownships.set(i);
            }
            if (!table.isPlaceholder(i) && !commonNounTownships.get(i)) {
                int town = i;
                formerTownshipNames(table, table.name(town)).forEach(name -> add(name, table.region(town), false));
            }
            if (table.isPlaceholder(i) || table.name(i).indexOf(ETHNIC_GROUP) < 0) {
                continue;
            }
            // an ethnic township is also written without its people (三源浦镇, 海子乡), and some without 族 (三源浦朝鲜镇);
            // where another place has that official name (高家岭镇), the disambiguator prefers it without other evidence
            Region township = table.region(i);
            ShortNames.withoutPeoplesOf(township.name()).forEach(name -> add(name, township, false));
            Matcher ethnic = ETHNIC_TOWNSHIP.matcher(township.name());
            if (ethnic.find()) {
                add(township.name().substring(0, ethnic.end(1)) + township.name().substring(ethnic.end()), township, false);
            }
        }
        // Taiwan's island, as news names it by its first character and 岛 (对台岛北部海域)
        table.named(TAIWAN).stream().findFirst().ifPresent(taiwan -> add(TAIWAN_ISLAND, taiwan, true));
        NationalNewAreas.byName(table).forEach((name, area) -> add(name, area.region(), area.shortForm()));
        Map<String, Region> countries = ForeignCountries.byName();
        countries.forEach((name, country) -> add(name, country, false));
        ForeignCities.byName(countries).forEach((name, city) -> add(name, city, name.length() <= ForeignCities.WORD_LIKE_LENGTH));
        for (int i = 0; i < table.size(); i++) {
            if (!table.isPlaceholder(i)) {
                tableNameLengths.add(table.name(i));
            }
        }
        otherNames.keySet().forEach(otherNameLengths::add);
        otherNameHashes = new NameHashFilter(otherNames.size());
        otherNames.keySet().forEach(name -> otherNameHashes.add(name.hashCode()));
    }

    /**
     * The names a town had as a rural township (纸房头镇 was 纸房头乡, 牧牛镇 牧牛乡), and a subdistrict as a town or a
     * rural township (簇桥街道 was 簇桥镇): profiles and older texts still write them, while the table holds the town or
     * subdistrict. Only where no place has that name itself.
     */
    private static List<String> formerTownshipNames(DivisionTable table, String name) {
        String kind = name.endsWith(TOWN) ? TOWN : name.endsWith(SUBDISTRICT) ? SUBDISTRICT : null;
        if (kind == null || name.length() < kind.length() + MIN_FORMER_STEM) {
            return List.of();
        }
        String stem = name.substring(0, name.length() - kind.length());
        // not where the stem is a word or the name's seam makes one (民族乡; 晋城乡 of 晋城乡村, 西乡镇 of 江西乡镇): the
        // former name would be read across the words of the text
        if (DictionaryWords.isWord(stem)) {
            return List.of();
        }
        return FORMER_KINDS.get(kind).stream()
            .filter(suffix -> !DictionaryWords.isWord(stem.charAt(stem.length() - 1) + suffix))
            .map(suffix -> stem + suffix).filter(former -> table.named(former).isEmpty()).toList();
    }

    private void add(String name, Region region, boolean shortForm) {
        otherNames.computeIfAbsent(name, k -> new ArrayList<>()).add(new PlaceCandidate(region, shortForm));
    }

    /**
     * Whether livestock right after a name, ending a word or making one with the name's last character, makes it a
     * breed's (蒙古牛、蒙古马和…, 黑山羊): the country is then no place; 美国马萨诸塞州 goes on into a name.
     */
    private static boolean namesBreed(String text, int end) {
        if (end >= text.length() || BREED_ANIMALS.indexOf(text.charAt(end)) < 0) {
            return false;
        }
        char next = end + 1 < text.length() ? text.charAt(end + 1) : '。';
        // the name's last character and the animal make a word of their own (黑山羊: 山羊, not Montenegro's goats)
        return !HanCharacters.isHan(next) || BREED_JOINERS.indexOf(next) >= 0
            || end > 0 && DictionaryWords.isWord(text.substring(end - 1, end + 1));
    }

    /**
     * Whether a province is named by the words and a level word: an autonomous prefecture written so (海南 of 海南藏族自治州)
     * is 海南州 in the news, 海南 alone the province.
     */
    private static boolean namesProvince(DivisionTable table, String words) {
        return !table.named(words + "省").isEmpty();
    }

    /**
     * The name a county now a city or district was written with before (靖西县 for 靖西市, 望城县 for 望城区), which older
     * posts use: its short name and 县, unless the table names a county so.
     */
    private static Optional<String> formerCountyName(DivisionTable table, Region county, String shortName) {
        String name = county.name();
        String former = shortName + COUNTY;
        return (name.endsWith(CITY) || name.endsWith(DISTRICT)) && table.named(former).isEmpty()
            ? Optional.of(former) : Optional.empty();
    }

    /**
     * The own name of a county-level management zone the table names after its city (塞北管理区 of 张家口市塞北管理区,
     * 屈原管理区 of 岳阳市屈原管理区), as posts write it; not of the city's development zones (蚌埠市经济开发区), whose
     * rest names a kind of zone.
     */
    private static Optional<String> zoneOwnName(Region county) {
        List<String> path = county.path();
        String city = path.size() < 2 ? "" : path.get(path.size() - 2);
        String name = county.name();
        return !city.isEmpty() && name.startsWith(city) && name.endsWith(MANAGEMENT_ZONE)
            && name.length() > city.length() + MANAGEMENT_ZONE.length()
            ? Optional.of(name.substring(city.length())) : Optional.empty();
    }

    /** Whether a city, county or district is named by the words and a level word (兰州 → 兰州市, 北戴河 → 北戴河区). */
    private static boolean namesDivision(DivisionTable table, String words) {
        return Stream.of(CITY, COUNTY, DISTRICT).anyMatch(level -> !table.named(words + level).isEmpty());
    }

    /**
     * All name matches in the text, ordered by start; none that begins a listed firm's name the text writes elsewhere
     * with its stock code (a title's 贵州茅台股价 when the body has 贵州茅台(600519)).
     */
    List<NameMatch> find(String text) {
        Set<String> firms = listedFirmNames(text);
        List<NameMatch> out = new ArrayList<>();
        long[] tableLengths = tableNameLengths.lengthsAlong(text);
        long[] otherLengths = otherNameLengths.lengthsAlong(text);
        for (int start = 0; start < text.length(); start++) {
            for (NameMatch m : matchesAt(text, start, tableLengths[start], otherLengths[start])) {
                if (!beginsListedFirm(firms, text, m)) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * The Han words written right before a stock code, each ending there (贵州茅台(600519) → 台, 茅台, 州茅台, 贵州茅台…):
     * one of them is the firm's name, which the text may repeat without the code.
     */
    private static Set<String> listedFirmNames(String text) {
        Set<String> out = new HashSet<>();
        Matcher code = STOCK_CODE.matcher(text);
        while (code.find()) {
            int from = code.start();
            while (from > 0 && code.start() - from < MAX_LISTED_NAME && HanCharacters.isHan(text.charAt(from - 1))) {
                from--;
                out.add(text.substring(from, code.start()));
            }
        }
        return out;
    }

    /**
     * Whether the match is only the place a listed firm's name (one of {@code firms}) begins with, the name not running on
     * into a longer word (北京银行业 is the banking of 北京, not 北京银行's).
     */
    private static boolean beginsListedFirm(Set<String> firms, String text, NameMatch m) {
        if (firms.isEmpty()) {
            return false;
        }
        for (int end = m.end() + 1; end <= Math.min(text.length(), m.end() + MAX_FIRM_NAME_REST); end++) {
            if (firms.contains(text.substring(m.start(), end)) && !DictionaryWords.runsOn(text, m.start(), end)) {
                return true;
            }
        }
        return false;
    }

    /** The places the whole of the words names (长寨街道; 大兴 for 大兴区 and the other places of that short name). */
    List<Region> regionsNamed(String words) {
        return wholeNameCandidates(words).stream().map(PlaceCandidate::region).toList();
    }

    /**
     * The candidates of the match of {@link #matchesAt} at 0 that spans all the words, without the shorter matches
     * there: the same tests for that one length.
     */
    private List<PlaceCandidate> wholeNameCandidates(String words) {
        if (words.length() < 2) {
            return List.of();
        }
        long tableLengths = tableNameLengths.lengthsStartingWith(words.charAt(0), words.charAt(1));
        long otherLengths = otherNameLengths.lengthsStartingWith(words.charAt(0), words.charAt(1));
        int longest = Long.SIZE - 1 - Long.numberOfLeadingZeros(tableLengths | otherLengths); // -1 when none
        if (words.length() > longest || !HanCharacters.isAllHan(words, 0, words.length())) {
            return List.of();
        }
        // the hash matchesAt accumulates is the String hash of the words
        return candidatesOfLength(words, 0, words.length(), words.hashCode(), tableLengths, otherLengths);
    }

    /**
     * The candidates of the words [start, end) when a name of the table or of the other names may be that long (the
     * lengths as {@link NameLengthsByLeadingPair} gives them) and, for the table, may end with its last character.
     */
    private List<PlaceCandidate> candidatesOfLength(String text, int start, int end, int hash, long tableLengths,
                                                    long otherLengths) {
        long length = 1L << (end - start);
        boolean tableName = (tableLengths & length) != 0 && table.mayEndName(text.charAt(end - 1));
        boolean otherName = (otherLengths & length) != 0;
        return tableName || otherName ? candidates(text, start, end, hash, tableName, otherName) : List.of();
    }

    /**
     * Whether some name of {@code length} characters begins with the words' first two: a test that answers most words
     * without looking names up.
     */
    boolean mayBeginName(String words, int length) {
        return words.length() >= 2 && length < Long.SIZE
            && ((tableNameLengths.lengthsStartingWith(words.charAt(0), words.charAt(1))
                | otherNameLengths.lengthsStartingWith(words.charAt(0), words.charAt(1))) & 1L << length) != 0;
    }

    /** End of the longest name starting at {@code start}, or {@code start} when none does. */
    int longestNameEnd(String text, int start) {
        List<NameMatch> matches = matchesAt(text, start);
        return matches.isEmpty() ? start : matches.get(matches.size() - 1).end();
    }

    /** The townships of a county (its code's six digits, then three), in code order; looked up once per county. */
    List<Region> townshipsOf(Region county) {
        if (county.foreign() || county.level() != RegionLevel.COUNTY) {
            return List.of();
        }
        return partsOf(county);
    }

    /** The villages and communities of a township (its code's nine digits, then three); looked up once per township. */
    List<Region> villagesOf(Region township) {
        if (township.foreign() || township.level() != RegionLevel.TOWNSHIP) {
            return List.of();
        }
        return partsOf(township);
    }

    private List<Region> partsOf(Region division) {
        return parts.computeIfAbsent(division.code(), code -> {
            List<Region> out = new ArrayList<>();
            for (int n = 1; n <= MAX_TOWNSHIP_NUMBER; n++) {
                table.byCode(code + String.valueOf(MAX_TOWNSHIP_NUMBER + 1 + n).substring(1)).ifPresent(out::add);
            }
            return List.copyOf(out);
        });
    }

    /** The names starting at {@code start}, shortest first. */
    private List<NameMatch> matchesAt(String text, int start) {
        return start + 1 < text.length()
            ? matchesAt(text, start, tableNameLengths.lengthsStartingWith(text.charAt(start), text.charAt(start + 1)),
                otherNameLengths.lengthsStartingWith(text.charAt(start), text.charAt(start + 1)))
            : List.of();
    }

    /** As {@link #matchesAt(String, int)}, given the lengths of the names starting with the two characters there. */
    private List<NameMatch> matchesAt(String text, int start, long tableLengths, long otherLengths) {
        if (start + 1 >= text.length()) {
            return List.of();
        }
        char first = text.charAt(start);
        char second = text.charAt(start + 1);
        if (!HanCharacters.isHan(first) || !HanCharacters.isHan(second)) {
            return List.of(); // every name opens with two Han characters (the loop below stops at any other): no lookup
        }
        long lengths = tableLengths | otherLengths;
        if (lengths == 0 || start > 0 && insideWord(text, start)) { // the cheaper test first: no name starts at most places
            return List.of();
        }
        int longest = Long.SIZE - 1 - Long.numberOfLeadingZeros(lengths);
        List<NameMatch> out = new ArrayList<>(1);
        int hash = 0;
        for (int end = start + 1; end <= Math.min(text.length(), start + longest); end++) {
            char c = text.charAt(end - 1);
            if (!HanCharacters.isHan(c) && NAME_BRACKETS.indexOf(c) < 0) {
                break;
            }
            hash = 31 * hash + c;
            List<PlaceCandidate> candidates = candidatesOfLength(text, start, end, hash, tableLengths, otherLengths);
            if (!candidates.isEmpty()) {
                out.add(new NameMatch(start, end, text.substring(start, end), candidates));
            }
        }
        return out;
    }

    private List<PlaceCandidate> candidates(String text, int start, int end, int hash,
                                            boolean tableNamePossible, boolean otherNamePossible) {
        int first = tableNamePossible ? table.firstNamed(text, start, end, hash) : -1;
        List<PlaceCandidate> other =
            otherNamePossible && otherNameHashes.mayHold(hash) ? otherNames.get(text.substring(start, end)) : null;
        // the lookups first: most words tried name nothing, and then the words after them need no reading
        if (first < 0 && other == null || namesPeopleOrMoney(text, end) || beginsFirmName(text, start, end)) {
            return List.of();
        }
        List<PlaceCandidate> out = new ArrayList<>(2);
        for (int i = first; i >= 0; i = table.nextWithSameName(i)) {
            if (!commonNounTownships.get(i)) {
                out.add(new PlaceCandidate(table.region(i), false));
            }
        }
        if (other != null) {
            boolean continued = end < text.length() && NAME_CONTINUATIONS.indexOf(text.charAt(end)) >= 0
                    && !(SETTLEMENT_CONTINUATIONS.indexOf(text.charAt(end)) >= 0
                        && other.stream().anyMatch(c -> namesPartAt(text, end, c.region())))
                    || isSideOfFeature(text, end);
            boolean beforeWord = startsWord(text, end);
            boolean people = end < text.length() && text.charAt(end) == ETHNIC_GROUP || namesBreed(text, end);
            for (PlaceCandidate candidate : other) {
                // a province or prefecture before 乡村 (浙江乡村) continues no name; a county's short form may be a verb (新建乡镇)
                boolean continuesName = continued
                    && !(beforeWord && candidate.region().level().compareTo(RegionLevel.PREFECTURE) <= 0);
                if (!(candidate.shortForm() && continuesName) && !(people && candidate.region().level() == RegionLevel.COUNTRY)) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    /**
     * Whether the words after a name make it a people's, a currency's, a clock's, a team's or a warship's (台湾同胞, 澳门元,
     * 台币, 北京时间, 瑞典队, 山东舰, 北海舰队): the compatriots received in 厦门 are 厦门's facts.
     */
    private static boolean namesPeopleOrMoney(String text, int end) {
        return text.startsWith(COMPATRIOTS, end) || end < text.length() && MONEY.indexOf(text.charAt(end)) >= 0
            && !text.startsWith(NEW_YEAR, end)
            || text.startsWith(TIME_ZONE, end) || text.startsWith(TEAM, end) && !text.startsWith(TEAMS, end)
            || end < text.length() && text.charAt(end) == WARSHIP
                && !(end + 1 < text.length() && VESSELS_IN_GENERAL.indexOf(text.charAt(end + 1)) >= 0);
    }

    /** Whether the name at [start, end) begins a firm's name that is no place's (阿里巴巴, 阿里健康, 中山大学 in 广州). */
    private static boolean beginsFirmName(String text, int start, int end) {
        for (String firm : FIRMS_NAMED_LIKE_PLACES) {
            if (firm.length() > end - start && text.startsWith(firm, start) && firm.startsWith(text.substring(start, end))) {
                return true;
            }
        }
        return beginsListedName(text, end);
    }

    /**
     * Whether the name goes on into a listed company's, whose stock code follows it (贵州茅台(600519), 长城汽车（02333.HK）):
     * the firm trades, the place it is named after does not.
     */
    private static boolean beginsListedName(String text, int end) {
        int k = end;
        while (k < text.length() && k - end < MAX_FIRM_NAME_REST && HanCharacters.isHan(text.charAt(k))) {
            k++;
        }
        if (k == end || k >= text.length() || "(（".indexOf(text.charAt(k)) < 0) {
            return false;
        }
        if (STOCK_CODE.matcher(text).region(k, text.length()).lookingAt()) {
            return true;
        }
        int digits = 0;
        for (int i = k + 1; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            digits++;
        }
        return digits >= MIN_STOCK_CODE_DIGITS && digits <= MAX_STOCK_CODE_DIGITS;
    }

    /**
     * Whether the short form of a division inside {@code outer} begins at {@code at}: a county named with a level word's
     * character first (镇安, 镇远, 乡宁) follows its province as written (陕西镇安), continuing no 陕西镇.
     */
    private boolean namesPartAt(String text, int at, Region outer) {
        for (int length = 2; length <= MAX_SHORT_PART && at + length <= text.length(); length++) {
            List<PlaceCandidate> named = otherNames.get(text.substring(at, at + length));
            if (named != null && named.stream().anyMatch(c -> !outer.foreign() && c.region().level().compareTo(outer.level()) > 0
                    && c.region().code().startsWith(outer.code()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a township's name is made of generic words only (经济技术开发区, 第二良种场, 城区). */
    static boolean isCommonNoun(String name) {
        String rest = name;
        boolean stripped = true;
        while (!rest.isEmpty() && stripped) {
            stripped = false;
            for (String word : GENERIC_TOWNSHIP_WORDS) {
                if (rest.startsWith(word)) {
                    rest = rest.substring(word.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest.isEmpty();
    }

    private static boolean startsWord(String text, int at) {
        if (text.startsWith(COUNTRYSIDE, at) && isVillagers(text, at + COUNTRYSIDE.length())) {
            return false; // 榆林乡村民 is 榆林乡's villagers; 浙江乡村民宿 the countryside's guesthouses
        }
        return WORDS_AFTER_NAMES.stream().anyMatch(word -> text.startsWith(word, at));
    }

    private static boolean isVillagers(String text, int at) {
        return at < text.length() && text.charAt(at) == VILLAGERS
            && !(at + 1 < text.length() && WORDS_OF_MIN.indexOf(text.charAt(at + 1)) >= 0);
    }

    /**
     * A short form ending in a direction before a side word is a mountain's, river's or lake's side (贺兰山东麓,
     * 黄河南岸, 洞庭湖南岸), not 山东, 河南 or 湖南.
     */
    private static boolean isSideOfFeature(String text, int end) {
        return end < text.length() && SIDES.indexOf(text.charAt(end)) >= 0
                && DIRECTIONS.indexOf(text.charAt(end - 1)) >= 0;
    }

    private static boolean insideWord(String text, int start) {
        char first = text.charAt(start);
        // a character search before the map: the map's boxed key costs more than the scan it is asked from
        if (LAST_CHARACTERS_OF_WORDS.indexOf(first) < 0) {
            return false;
        }
        String before = WORDS_ENDING_IN_A_NAME.get(first);
        return before != null && before.indexOf(text.charAt(start - 1)) >= 0;
    }
}
