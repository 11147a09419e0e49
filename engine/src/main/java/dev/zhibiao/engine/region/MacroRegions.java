package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;
import dev.zhibiao.engine.text.LeadingScan;
import dev.zhibiao.engine.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Regions of China that are no division but that news states facts of: the statistical regions (西部地区, 东北地区,
 * 中西部地区), the great regions (华北, 西南), 北方 and 南方, and the regions of national strategies (长三角, 京津冀,
 * 粤港澳大湾区, 成渝地区双城经济圈, 长江经济带). Each is a locality of China named as written, so a fact of 西部 is not
 * a national one. A direction after a place (甘肃中部地区, 美国东北部) is that place's part ({@link PlaceParts}), not one.
 */
final class MacroRegions {
    /** Between a region and the count of its cities (粤港澳大湾区内地9市). */
    private static final String MAINLAND = "内地";
    private static final String COUNT_CHARACTERS = "0123456789一二两三四五六七八九十";
    private static final char COUNT_MEASURE = '个';
    private static final String MEMBER_WORDS = "市城省";
    /** 市场, 市民, 城区, 城市, 省份: a word, not a count of cities. */
    private static final String MEMBER_WORD_CONTINUATIONS = "场民区市份级";

    /** Regions of national strategies and groups of provinces (黄淮海: the plain of three rivers). */
    private static final List<String> STRATEGY_REGIONS = List.of("成渝地区双城经济圈", "粤港澳大湾区", "长江三角洲", "珠江三角洲",
        "长三角", "珠三角", "京津冀", "长江经济带", "黄河流域", "长江流域", "港澳台地区", "港澳地区", "东南沿海", "黄淮海", "黄淮",
        "西部陆海新通道", "环渤海地区");
    /** The statistical and great regions by their directions: alone (西部), or with 地区 (西部地区). */
    private static final List<String> DIRECTIONS = List.of("中西部", "东中部", "中东部", "西部", "东部", "中部", "北方", "南方",
        "华北", "华东", "华南", "华中", "西北", "西南", "东北");
    private static final String AREA = "地区";
    private static final String REGION_WORD = "区域";
    /** What a strategy's region may be written with, kept in its name (长三角地区, 京津冀区域进出口3.91万亿元). */
    private static final List<String> AREA_WORDS = List.of(AREA, REGION_WORD);
    /**
     * What makes a word of 区域 after a strategy's region (长三角区域一体化, 京津冀区域协同发展, 大湾区区域内): the region is
     * named alone, 区域 begins the words after it.
     */
    private static final String REGIONAL_WORDS = "内|性|间|一体化|协同|协调|合作|发展|经济|中心";
    /** The directions' regions with 地区 (东北地区, 中西部地区), longest first as the directions are. */
    private static final List<String> DIRECTION_REGIONS = DIRECTIONS.stream().map(d -> d + AREA).toList();
    /** First characters of the directions: a region's name can start only there. */
    private static final String DIRECTION_STARTS = DIRECTIONS.stream().map(d -> d.substring(0, 1)).distinct()
        .collect(Collectors.joining());
    /** A direction's part (部): of a province or city too, in a story on one (甘肃…明天西部地区有小雨). */
    private static final String PART = "部";
    /** What makes 部 begin the verb 部署 (deploy): a region's name ends before it (美军在中东部署 is in 中东, not 中东部). */
    static final String DEPLOY_AFTER_PART = "署";
    /**
     * The one direction that is another place without its 部: 中东 (the Middle East). Before 部署 it is that place
     * (美军在中东部署), unless the country comes first (我国中东部署); 在西部署 is still 西部, as 西 alone says.
     */
    private static final String MIDDLE_EAST_PART = "中东" + PART;
    /** Words before a region that make it a route (经西部陆海新通道, 通过长江经济带), not a place of the fact. */
    private static final List<String> ROUTE_WORDS = List.of("经", "通过", "依托", "沿");
    /** Words before a part in its sentence that make it the country's (我国西部地区, 全国…中西部地区). */
    static final List<String> NATIONAL_BEFORE = List.of("我国", "全国", "中国");
    /** The basins of rivers, a kind of locality: known nationwide, and as weak as these (淮河流域 is no topic). */
    private static final String BASIN = "流域";
    /**
     * The strategies' regions written with 地区 or 区域 (长三角地区, 京津冀区域, 粤港澳大湾区地区): named as written, as a
     * fact of 长三角地区 is stated of that name.
     */
    private static final List<String> STRATEGY_AREAS = STRATEGY_REGIONS.stream().filter(r -> !r.contains(AREA))
        .flatMap(r -> AREA_WORDS.stream().map(word -> r + word)).toList();
    /** Every name of a macro region, longest first where one begins another. */
    private static final List<String> NAMES = Stream.of(STRATEGY_REGIONS, STRATEGY_AREAS, DIRECTION_REGIONS)
        .flatMap(List::stream).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Set<String> ALL_NAMES = Stream.concat(NAMES.stream(), DIRECTIONS.stream()).collect(Collectors.toSet());
    /** Names that are a region wherever they stand. */
    private static final LeadingScan NAMED = new LeadingScan(firstCharacters(NAMES),
        NAMES.stream().map(name -> name.endsWith(REGION_WORD) ? name + "(?!" + REGIONAL_WORDS + ")" : name)
            .collect(Collectors.joining("|")),
        MacroRegions::mayBeginName);
    /** Second characters of the names (every name has one): a name begins only before one of them. */
    private static final String NAME_SECONDS = NAMES.stream().map(name -> name.substring(1, 2)).distinct()
        .collect(Collectors.joining());
    /** The marks a clause opens after: a bare direction right after one opens its clause. */
    private static final String CLAUSE_OPENING_MARKS = "\n，。；：,;:";
    /** What the bare directions' lookbehind admits right before them: a clause's opening mark, 国 (我国/全国/中国), 在. */
    private static final String BEFORE_BARE = CLAUSE_OPENING_MARKS + "国在";
    /**
     * Bare directions, a region only where they open a clause or follow 我国/全国/在 (西部数据中心利用率…, 我国北方大部), and
     * not where they begin a name or a word (西南大学, 华中科技大学, 南方电网, 东北虎, 西部陆海新通道, 西部数据, 北方华创, 华北制药,
     * 南方基金, 南方共同市场, 东北亚, 中东部分国家) or say a direction (东北到西南, a bearing: 西南距正阳58公里, 东临), nor 中东部 where its 部 begins 部署
     * ({@link #MIDDLE_EAST_PART}).
     */
    private static final LeadingScan BARE = new LeadingScan(firstCharacters(DIRECTIONS),
        "(?<=^|[" + CLAUSE_OPENING_MARKS + "]|我国|全国|中国|在)(?:" + String.join("|", DIRECTIONS) + ")"
        + "(?!大学|科技|民族|石油|陆海|理工|师范|财经|电力|电网|航空|工业|农业|农林|林业|政法|交通|医|日报|周末|证券|基金|数据(?!中心)|华创|制药"
        + "|集团|公司|共同市场|局|战区|虎|抗联|人|话|菜|角|方向|到|至|部|分|亚|风|面|侧|向|和|、|距|临|靠|邻|接"
        + "|(?<!国" + MIDDLE_EAST_PART + ")(?<=" + MIDDLE_EAST_PART + ")" + DEPLOY_AFTER_PART + ")",
        (text, at) -> at == 0 || BEFORE_BARE.indexOf(text.charAt(at - 1)) >= 0);

    private MacroRegions() {
    }

    private static boolean mayBeginName(CharSequence text, int at) {
        return at + 1 < text.length() && NAME_SECONDS.indexOf(text.charAt(at + 1)) >= 0;
    }

    private static String firstCharacters(List<String> names) {
        return names.stream().map(name -> name.substring(0, 1)).distinct().collect(Collectors.joining());
    }

    /**
     * Whether the place is a macro region, a basin or a river's reach (长江干流). It is weaker evidence than a division:
     * the topic of no other sentence, and in its own sentence only when that names no division (…在四川成都开幕，…东北地区
     * 国产大豆等专场…，共有1.7万家展商).
     */
    static boolean isMacroRegion(Region place) {
        return place.level() == RegionLevel.LOCALITY && place.path().size() == 2 && place.code().equals(Region.CHINA_CODE)
            && (ALL_NAMES.contains(place.name()) || place.name().endsWith(BASIN)
                || LocalityKindWords.RIVER_REACHES.stream().anyMatch(reach -> place.name().endsWith(reach)));
    }

    /**
     * The end of a count of the region's cities written right after it (粤港澳大湾区内地9市, 长三角27城): the set counted is
     * the place its facts are of. The region's own end when none is.
     */
    private static int countedMembersEnd(String text, int end) {
        int k = text.startsWith(MAINLAND, end) ? end + MAINLAND.length() : end;
        int digits = k;
        while (k < text.length() && COUNT_CHARACTERS.indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        if (k == digits || k >= text.length()) {
            return end;
        }
        if (text.charAt(k) == COUNT_MEASURE && k + 1 < text.length()) {
            k++;
        }
        return MEMBER_WORDS.indexOf(text.charAt(k)) >= 0 && (k + 1 >= text.length() || !HanCharacters.isHan(text.charAt(k + 1))
            || MEMBER_WORD_CONTINUATIONS.indexOf(text.charAt(k + 1)) < 0) ? k + 1 : end;
    }

    /**
     * End of a direction's region with 地区 written at {@code start} (东北地区, 中西部地区), or {@code start} when none is:
     * a place only, unlike a strategy's region that may be the thing itself (西部陆海新通道已通达…).
     */
    static int directionRegionEnd(String text, int start) {
        if (start >= text.length() || DIRECTION_STARTS.indexOf(text.charAt(start)) < 0) {
            return start;
        }
        for (String region : DIRECTION_REGIONS) {
            if (text.startsWith(region, start)) {
                return start + region.length();
            }
        }
        return start;
    }

    /** Whether 我国, 全国 or 中国 is written before the offset in its sentence. */
    private static boolean nationalBefore(String text, int offset) {
        return Segmenter.writtenBeforeInSentence(text, offset, NATIONAL_BEFORE);
    }

    /** Whether the name is a direction's part (西部地区), not a strategy's name holding 部 (西部陆海新通道). */
    private static boolean isDirectionsPart(String name) {
        return name.contains(PART) && DIRECTIONS.stream().anyMatch(d -> name.equals(d + AREA));
    }

    /**
     * The mentions with the macro regions named where no other place is, in text order; not a corridor goods go by
     * (重庆经西部陆海新通道运输货物); in a story on a province or city, a direction's part with 地区 (西部地区) is the
     * country's only where its sentence says 我国, 全国 or 中国 before it.
     */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, Optional<Region> dominant) {
        boolean divisionStory = dominant.filter(d -> d.level() != RegionLevel.COUNTRY).isPresent();
        List<PlaceMention> found = new ArrayList<>();
        // a place read inside a strategy's region (长江 of 长江新区 in 长江经济带) is part of the region's name
        List<PlaceMention> outside = new ArrayList<>(mentions);
        for (LeadingScan scan : List.of(NAMED, BARE)) {
            Matcher m = scan.matcher(text);
            for (int from = 0; scan.find(m, text, from); from = LeadingScan.after(m)) {
                int start = m.start();
                int end = m.end();
                if (scan == NAMED) {
                    outside.removeIf(p -> p.start() >= start && p.end() <= end && p.end() - p.start() < end - start);
                }
                boolean free = outside.stream().noneMatch(p -> p.start() < end && start <= p.end())
                    && found.stream().noneMatch(p -> p.start() < end && start < p.end());
                boolean ownPart = divisionStory && scan == NAMED && isDirectionsPart(m.group()) && !nationalBefore(text, start);
                boolean route = ROUTE_WORDS.stream().anyMatch(w -> text.startsWith(w, start - w.length()));
                if (free && !ownPart && !route) {
                    int setEnd = scan == NAMED ? countedMembersEnd(text, end) : end;
                    String name = text.substring(start, setEnd);
                    found.add(new PlaceMention(start, setEnd, name, Localities.locality(ForeignCountries.china(), name)));
                }
            }
        }
        return PlaceMention.withFound(outside, found);
    }
}
