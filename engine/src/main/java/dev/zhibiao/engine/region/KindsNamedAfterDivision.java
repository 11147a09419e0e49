package dev.zhibiao.engine.region;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Kinds of localities named only right after the division at home they lie in (常熟铜官山脚下, 成都平原, 大埔宏福苑, 太原火车站,
 * 鹤壁市城乡一体化示范区), with the levels of division that name them: alone, their kind words end too many common words,
 * names of other things and titles.
 */
final class KindsNamedAfterDivision {
    /**
     * A mountain, a kind only before 脚下 or 麓 and right after the county or city at home it lies in (常熟铜官山脚下):
     * alone, 山 ends too many words and names (泰山脚下 is named by the table's 泰山 or by none).
     */
    static final String MOUNTAIN = "山";
    /** Railway stations, named only right after their city or county (太原火车站): alone, a kind (各地火车站). */
    private static final Set<String> RAIL_STATIONS = Set.of("火车站", "高铁站");
    /**
     * A demonstration zone, a place only when named after its city or county (鹤壁市城乡一体化示范区): a province's or a
     * policy's (浙江共同富裕示范区, 乡三级现代农业示范区) is a title, no place.
     */
    private static final String DEMONSTRATION_ZONE = "示范区";
    /**
     * A plain, named only by the city right before it (成都平原, 银川平原): the other words before 平原 are kinds of plain
     * (河谷平原, 冲积平原) or regions the division table names no place of (华北平原); a county's name before it is a
     * region's that the county shares (江汉平原, not 江汉区's; 三江平原, not 三江县's).
     */
    static final String PLAIN = "平原";
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

    private KindsNamedAfterDivision() {
    }

    /**
     * Whether a locality of this kind may be named by the words [start, end) after the place name ending at
     * {@code start}, if any: always for a kind {@link #NAMED_AFTER_DIVISION} does not hold.
     */
    static boolean mayBeNamed(String kind, String text, int start, int end, Map<Integer, PlaceMention> endingAt) {
        Set<RegionLevel> namingLevels = NAMED_AFTER_DIVISION.get(kind);
        return namingLevels == null
            || namedAfterDivision(kind, text.substring(start, end), endingAt.get(start), namingLevels);
    }

    /**
     * Whether a kind {@link #NAMED_AFTER_DIVISION} is named here: right after a division at home of a level naming it;
     * a plain by the city alone (成都平原), not a regional plain named like one (淮北平原); an estate by a name of its own
     * ({@link HousingEstates#isEstateName}).
     */
    private static boolean namedAfterDivision(String kind, String proper, PlaceMention anchor, Set<RegionLevel> levels) {
        if (anchor == null || anchor.region().foreign() || !levels.contains(cityLevel(anchor.region()))
                || BackReferences.isReference(anchor)) { // 全市现代农业示范区: the city's zones, not one named
            return false;
        }
        if (kind.equals(PLAIN)) {
            return proper.isEmpty() && !REGIONAL_PLAINS.contains(anchor.surface());
        }
        return !HousingEstates.ESTATE_KINDS.contains(kind) || HousingEstates.isEstateName(proper);
    }

    /**
     * The kinds {@link #NAMED_AFTER_DIVISION}: 山, 平原, each of {@link HousingEstates#ESTATE_KINDS} by a city or below,
     * and the {@link #RAIL_STATIONS} and the {@link #DEMONSTRATION_ZONE} by a city or county.
     */
    private static Map<String, Set<RegionLevel>> kindsNamedAfterDivision() {
        Map<String, Set<RegionLevel>> kinds = new HashMap<>();
        kinds.put(MOUNTAIN, CITY_OR_COUNTY);
        kinds.put(PLAIN, EnumSet.of(RegionLevel.PREFECTURE));
        HousingEstates.ESTATE_KINDS.forEach(kind -> kinds.put(kind, CITY_AND_BELOW));
        RAIL_STATIONS.forEach(kind -> kinds.put(kind, CITY_OR_COUNTY));
        kinds.put(DEMONSTRATION_ZONE, CITY_OR_COUNTY);
        return Map.copyOf(kinds);
    }

    /** A division's level, a province-level city's counted as a city's (上海市, 香港特别行政区). */
    private static RegionLevel cityLevel(Region r) {
        return r.level() == RegionLevel.PROVINCE && Localities.isCity(r) ? RegionLevel.PREFECTURE : r.level();
    }
}
