package dev.zhibiao.engine.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the localities of one post lie: in the place name inside or before a locality's name, else where it is said
 * to lie (位于…), in Antarctica for a station, else in the place its clause or context names, narrowed to a landform
 * or a county named before; a short name of one county or city (大兴机场) names that division, and a kind known
 * nationwide (塔里木油田) lies in China where the post names no foreign place around it.
 */
final class LocalityContainers {
    /**
     * The kinds of localities whose names are known nationwide without their province (东北虎豹国家公园, 塔里木油田,
     * 常熟博物馆): named where no place is, in a paragraph and under a title naming no foreign place, they lie in China.
     * Not the kinds a common noun also names (羽毛球产业园, 生产基地, 国际陆港), nor 港 and 湖, whose foreign namesakes
     * news often writes alone (鹿特丹港, 贝加尔湖). The spaceflight sites too (东风着陆场, 海阳东方航天港): a site abroad is
     * written in a story abroad (拜科努尔航天发射场), which a foreign place names.
     */
    private static final Set<String> KNOWN_NATIONWIDE = Stream.concat(Stream.of("国家公园", "油田", "机场", "航空港", "口岸",
            "保护区", "水库", "遗址", "博物馆", "纪念馆", "自贸区", "自贸试验区", "蓄滞洪区", "流域", "枢纽", "空间站", "气田", "储气库群",
            "储气库", "船闸", "核电站", "水电站", "广场", "医院", "大学", "发射中心", "发射场", "着陆场", "航天港"),
        LocalityKindWords.RIVER_REACHES.stream()).collect(Collectors.toUnmodifiableSet());
    /** A landform holds the sites named in its paragraph or the next one, not farther on. */
    private static final int LANDFORM_REACH_PARAGRAPHS = 1;

    private final String text;
    private final Supplier<PlaceContext> context;
    private final PlaceLexicon lexicon;
    private final List<PlaceMention> mentions;
    private final List<PlaceMention> foreign;
    private final Map<Integer, PlaceMention> startingAt;

    /**
     * @param mentions   the context's mentions, in text order
     * @param startingAt the mention starting at each offset, the longest where several do
     */
    LocalityContainers(String text, Supplier<PlaceContext> context, PlaceLexicon lexicon, List<PlaceMention> mentions,
                       Map<Integer, PlaceMention> startingAt) {
        this.text = text;
        this.context = context;
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.foreign = mentions.stream().filter(p -> p.region().foreign()).toList();
        this.startingAt = startingAt;
    }

    /** The place the candidate's proper name names inside its anchor's (泉州 in 福建 of 福建泉州港), if any. */
    Optional<Region> within(LocalityCandidate c) {
        return c.anchor() == null ? Optional.empty()
            : lexicon.regionsNamed(c.proper()).stream().filter(r -> contains(c.anchor().region(), r)).findFirst();
    }

    /**
     * Where a locality named at [start, kindEnd) lies, {@code within} its anchor's place if its name names one, with
     * the localities {@code found} before it; empty when no place known holds it.
     */
    Optional<Region> containerOf(LocalityCandidate c, Optional<Region> within, int start, int kindEnd,
                                 List<PlaceMention> found) {
        return container(c, within, start, locatedAfter(kindEnd))
            .map(r -> c.anchor() == null ? landformBefore(found, start, r).orElse(r) : r)
            .map(r -> c.anchor() == null && c.kind().equals(Settlements.VILLAGE)
                ? countyBefore(start, r).orElse(r) : r)
            .or(() -> namedDivision(c))
            .or(() -> c.anchor() == null && !foreignNamedAround(start)
                && KNOWN_NATIONWIDE.contains(c.kind()) && !c.proper().equals(StationNames.INTERNATIONAL)
                && !(Localities.SPACEFLIGHT_KINDS.contains(c.kind()) && ForeignBareNames.isTransliteration(c.proper()))
                ? Optional.of(ForeignCountries.china()) : Optional.empty());
    }

    /**
     * Whether a foreign place is named in the title (the first line) or in the paragraph at {@code at}: a story abroad;
     * another item of a bulletin (尼泊尔 two paragraphs before 温吉桑储气库群) says nothing of it.
     */
    private boolean foreignNamedAround(int at) {
        int titleEnd = text.indexOf('\n');
        int paragraphStart = text.lastIndexOf('\n', at) + 1;
        int paragraphEnd = text.indexOf('\n', at);
        int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
        return foreign.stream()
            .anyMatch(p -> titleEnd < 0 || p.start() < titleEnd || p.start() >= paragraphStart && p.start() < end);
    }

    /**
     * The one county or city whose short name a kind named after places is written with (大兴机场 → 大兴区, 萧山机场 →
     * 萧山区), where the context places it nowhere; empty when the name is no such short name or several share it.
     */
    private Optional<Region> namedDivision(LocalityCandidate c) {
        if (c.anchor() != null || !LocalityCandidates.BARE_KINDS.contains(c.kind())) {
            return Optional.empty();
        }
        List<Region> divisions = lexicon.regionsNamed(c.proper()).stream()
            .filter(r -> r.level() == RegionLevel.COUNTY || r.level() == RegionLevel.PREFECTURE)
            .distinct().toList();
        return divisions.size() == 1 ? Optional.of(divisions.get(0)) : Optional.empty();
    }

    /** Where a locality lies: in the place name inside or before it, in Antarctica for a station, else by context. */
    private Optional<Region> container(LocalityCandidate c, Optional<Region> within, int start,
                                       Optional<Region> locatedAfter) {
        if (c.anchor() != null) {
            return within.or(() -> Optional.of(c.anchor().region()));
        }
        return c.kind().equals(StationNames.STATION) ? StationNames.ANTARCTICA
            : locatedAfter.or(() -> containerAt(context.get(), start));
    }

    /**
     * The landform named last before a site standing alone (准噶尔盆地 before 陆梁油田), inside the place the context
     * gives the site, with no other place named between and at most one paragraph break: the site lies in it.
     */
    private Optional<Region> landformBefore(List<PlaceMention> found, int start, Region container) {
        PlaceMention last = null;
        for (PlaceMention p : found) {
            if (p.end() <= start) {
                last = p;
            }
        }
        if (last == null || !Localities.isLandform(last.region())) {
            return Optional.empty();
        }
        int from = last.end();
        boolean between = mentions.stream().anyMatch(p -> p.start() >= from && p.end() <= start);
        int breaks = 0;
        for (int k = text.indexOf('\n', from); k >= 0 && k < start && breaks <= LANDFORM_REACH_PARAGRAPHS;
                k = text.indexOf('\n', k + 1)) {
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
    private Optional<Region> countyBefore(int start, Region container) {
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
    private Optional<Region> locatedAfter(int end) {
        if (!text.startsWith(Localities.LOCATED_AT, end)) {
            return Optional.empty();
        }
        PlaceMention p = startingAt.get(end + Localities.LOCATED_AT.length());
        while (p != null && startingAt.containsKey(p.end())) {
            p = startingAt.get(p.end());
        }
        return Optional.ofNullable(p).map(PlaceMention::region)
            .filter(r -> !r.foreign() || r.level() != RegionLevel.LOCALITY);
    }

    /**
     * Where a name standing alone lies: the place its clause names before it, else the place its context names,
     * widened to the post's dominant place when that contains it; nowhere in a national context.
     */
    static Optional<Region> containerAt(PlaceContext context, int offset) {
        return context.clausePlaceAt(offset).or(() -> context.placeAt(offset)
            .map(place -> context.dominantPlace().filter(d -> contains(d, place)).orElse(place)));
    }

    private static boolean contains(Region outer, Region inner) {
        return outer.equals(inner)
            || PlaceDisambiguator.related(outer, inner) && outer.level().compareTo(inner.level()) < 0;
    }
}
