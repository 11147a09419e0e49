package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.DictionaryWords;
import dev.zhibiao.engine.text.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** Said right after a name, 位于 gives the place it lies in (京几屯位于姜家店朝鲜族乡五星村, 公司位于柳河镇太平一区). */
    static final String LOCATED_AT = "位于";
    /** Kinds whose proper name alone later means the place (宁东 after 宁东基地, 白芨滩 after its reserve). */
    private static final Set<String> ALIAS_KINDS = Set.of("基地", "保护区", "开发区", "高新区", "经开区", "试验区", "新区",
        "林场", "农场", "牧场");
    /**
     * Spaceflight sites, whose names hold their province (海南商业航天发射场); one named by a transliteration (拜科努尔发射场)
     * lies abroad even where no country is named.
     */
    static final Set<String> SPACEFLIGHT_KINDS = Set.of("发射中心", "发射场", "着陆场", "航天港");
    /**
     * Landforms and basins a site named after them lies in (在新疆准噶尔盆地… 陆梁油田, 海河流域… 某水库): the story
     * moves into the landform, and the next site it names with no place between is inside it.
     */
    private static final Pattern LANDFORM_AT_END = Pattern.compile("(?:盆地|河谷|流域)$");
    /**
     * A highland (戈兰高地); after a common word 高地 is a figure of speech, a field a place leads in (冰雪经济高地,
     * 科技创新高地, 人才高地), which no proper name is.
     */
    private static final String HIGHLAND = "高地";
    private static final int WORD_BEFORE_HIGHLAND = 2;
    private static final String CITY = "市";
    private static final String SPECIAL_REGION = "特别行政区";

    private Localities() {
    }

    /** Whether a kind word of a locality (机场, 水库, 港) starts at this offset: {@link LocalityKindWords#kindAt}. */
    static boolean kindAt(String text, int at) {
        return LocalityKindWords.kindAt(text, at);
    }

    /**
     * @param mentions the context's mentions with the localities added, in text order; a locality's mention takes in
     *                 the place names right before it (柞木村 of 柞木村水库, 贵州锦屏 of 贵州锦屏羽毛球产业园, so that
     *                 距通化三源浦机场 stays a distance reference and the locality is the paragraph's first place)
     * @param unplaced the localities named that lie in no place known
     */
    record Found(List<PlaceMention> mentions, List<Span> unplaced) {
    }

    /**
     * The localities named in the text, placed by the places of the context.
     *
     * @param mentions the context's mentions, in text order
     * @param context  asked only where a locality's own words place it nowhere
     */
    static Found find(String text, List<PlaceMention> mentions, Supplier<PlaceContext> context, PlaceLexicon lexicon) {
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
        boolean antarctic = text.contains(StationNames.ANTARCTIC);
        LocalityContainers containers = new LocalityContainers(text, context, lexicon, mentions, startingAt);
        KnownLocalities known = new KnownLocalities();
        Map<String, PlaceMention> aliases = new LinkedHashMap<>();
        Map<String, PlaceMention> settlements = new LinkedHashMap<>();
        List<PlaceMention> found = new ArrayList<>();
        List<Span> unplaced = new ArrayList<>();
        Matcher m = LocalityKindWords.scanner(text);
        for (int at = LocalityKindWords.next(text, m, 0); at >= 0; at = LocalityKindWords.next(text, m, m.end())) {
            LocalityCandidate c = LocalityCandidates.before(text, m.start(), m.group(), antarctic, endingAt);
            if (c == null || overlaps(mentions, c.start(), m.end(), c.anchor())
                    || c.kind().equals(Settlements.VILLAGE) && !Settlements.unlistedVillage(text, c, m.end())
                    || c.kind().equals(HIGHLAND) && figurativeHighland(c.proper())
                    || sharedReach(text, c)) {
                continue;
            }
            Optional<Region> within = containers.within(c);
            boolean withAnchor = c.anchor() != null && within.isEmpty()
                && (c.start() == c.end() || ProperNames.names(lexicon, c.proper()));
            // a university's or its hospital's place is part of its name (上海交通大学, 吉林大学中日联谊医院); a
            // state abroad is only where its university lies (马萨诸塞州伍斯特州立大学)
            boolean namedByPlace = c.anchor() != null && !c.anchor().region().foreign()
                && (c.kind().equals(HospitalNames.HOSPITAL)
                    || c.kind().equals(UniversityNames.UNIVERSITY) && within.isEmpty());
            // a group's number says nothing without its village (哈尔莫墩村四组, not 四组)
            boolean numbered = Settlements.numberedGroup(c.proper(), c.kind(), c.anchor());
            int ownStart = withAnchor || namedByPlace || numbered ? c.anchor().start() : c.start();
            // a settlement's name holds no county (田东县蔡家屯 is 蔡家屯); a park's, a port's or a zone's does
            // a spaceflight site's name holds its province too (海南商业航天发射场), and a national park's when the
            // province is written short (海南热带雨林国家公园)
            boolean provinceNamed = (SPACEFLIGHT_KINDS.contains(c.kind())
                    || c.kind().equals(LocalityCandidates.NATIONAL_PARK) && c.anchor() != null
                        && !c.anchor().surface().equals(c.anchor().region().name()))
                && !withAnchor && c.anchor() != null
                && c.anchor().region().level() == RegionLevel.PROVINCE
                && !c.anchor().region().foreign();
            boolean residence = c.kind().equals(Residences.RESIDENCE);
            // 俄罗斯总统官邸: whose head of state lives there is part of a residence's name
            boolean countryNamed = residence && c.anchor() != null
                && c.anchor().region().level() == RegionLevel.COUNTRY;
            int start = provinceNamed || countryNamed ? c.anchor().start()
                // 铜官山 of 常熟铜官山: a mountain's name holds no county
                : c.kind().equals(KindsNamedAfterDivision.MOUNTAIN) ? c.start()
                : Settlements.SETTLEMENT_KINDS.contains(c.kind()) ? ownStart : cityBefore(ownStart, endingAt);
            if (residence && Residences.speaksFor(text, m.end())) {
                continue;
            }
            // the residence's own name written after it in apposition is part of it (总统官邸克里姆林宫)
            int end = residence ? Residences.nameEnd(text, m.end()) : m.end();
            // a residence's country written short (俄总统官邸) is named in full, as a title and body may write it both ways
            String name = countryNamed ? c.anchor().region().name() + text.substring(c.anchor().end(), end)
                : text.substring(start, end);
            String ownName = text.substring(ownStart, end);
            if (c.kind().equals(Settlements.GROUP)
                    && !(c.anchor() != null && c.anchor().region().level() == RegionLevel.VILLAGE
                        && (c.proper().length() >= ProperNames.MIN_NAME
                            || numbered)
                        || c.anchor() == null && known.knows(ownName))) {
                continue; // 组 names a hamlet only after its village (上洲村上屋组, 哈尔莫墩村四组), or as named so before
            }
            Optional<Region> locality = known.named(name, ownName, c)
                .or(() -> containers.containerOf(c, within, start, m.end(), found).map(r -> locality(r, name)));
            if (locality.isEmpty()) {
                unplaced.add(new Span(start, end));
                continue;
            }
            int mentionStart = c.anchor() != null ? chainStart(c.anchor(), endingAt) : start;
            PlaceMention mention = new PlaceMention(mentionStart, end, text.substring(mentionStart, end), locality.get());
            found.add(mention);
            known.add(name, ownName, c, locality.get());
            boolean remembered = ownName.length() > ProperNames.MIN_NAME
                && (Settlements.SETTLEMENT_KINDS.contains(c.kind()) || HousingEstates.ESTATE_KINDS.contains(c.kind())
                    && HousingEstates.isDistinctiveEstateName(c.proper(), lexicon));
            if (remembered) {
                // 京几屯, then 新建京几屯水泥路: the same hamlet; 香港大埔宏福苑, then “大埔宏福苑援助基金”: the same estate
                settlements.putIfAbsent(ownName, mention);
            }
            if (ALIAS_KINDS.contains(c.kind()) && c.proper().length() >= ProperNames.MIN_NAME
                    && !ProperNames.names(lexicon, c.proper())) {
                aliases.putIfAbsent(c.proper(), mention);
            }
        }
        found.addAll(ForeignSubPlaces.find(text, mentions, found));
        found.addAll(ForeignBareNames.find(text, mentions, found));
        found.addAll(NamedLocations.find(text, mentions, found, endingAt));
        aliases.forEach((alias, intro) -> found.addAll(
            LaterLocalityMentions.aliasMentions(text, alias, intro, mentions, found, endingAt)));
        settlements.forEach((name, intro) -> found.addAll(
            LaterLocalityMentions.namedAgain(text, name, intro, mentions, found)));
        found.addAll(VillagesWithoutSuffix.find(text, context, lexicon, mentions, found));
        found.addAll(RouteSections.find(text, context, lexicon, mentions, found));
        List<PlaceMention> out = new ArrayList<>(mentions.stream()
            .filter(p -> found.stream().noneMatch(l -> l.start() <= p.start() && p.end() <= l.end())).toList());
        out.addAll(found);
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return new Found(out, unplaced);
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
    static int chainStart(PlaceMention last, Map<Integer, PlaceMention> endingAt) {
        int start = last.start();
        while (endingAt.containsKey(start)) {
            start = endingAt.get(start).start();
        }
        return start;
    }

    /** Whether a village's name is a kind of village too (中心村): {@link Settlements#isCommonVillageName}. */
    static boolean isCommonVillageName(String name) {
        return Settlements.isCommonVillageName(name);
    }

    /**
     * Whether a river's reach is the last of rivers listed, which share it (长江、黄河干流水质…): the fact is all of theirs,
     * no one place's.
     */
    private static boolean sharedReach(String text, LocalityCandidate c) {
        return LocalityKindWords.RIVER_REACHES.contains(c.kind()) && c.start() > 0
            && PlaceContext.LIST_JOINERS.indexOf(text.charAt(c.start() - 1)) >= 0;
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

    /** Whether a locality is a village or hamlet the table does not list: {@link Settlements#isSettlement}. */
    static boolean isSettlement(Region r) {
        return Settlements.isSettlement(r);
    }

    /**
     * Whether a province-level place is a city (上海市 of 上海港, 澳门特别行政区 of 澳门国际机场), whose name alone names its
     * port or airport.
     */
    static boolean isCity(Region province) {
        return province.name().endsWith(CITY) || province.name().endsWith(SPECIAL_REGION);
    }

    /** Whether a locality is a named location the table lacks (太平一区): {@link NamedLocations#isNamedLocation}. */
    static boolean isNamedLocation(Region r) {
        return NamedLocations.isNamedLocation(r);
    }

    /** Whether any of the mentions but {@code except} overlaps [start, end). */
    static boolean overlaps(List<PlaceMention> mentions, int start, int end, PlaceMention except) {
        return mentions.stream().anyMatch(p -> p != except && p.start() < end && start < p.end());
    }

    static Region locality(Region container, String name) {
        List<String> path = new ArrayList<>(container.path());
        path.add(name);
        return new Region(container.code(), name, RegionLevel.LOCALITY, path);
    }
}
