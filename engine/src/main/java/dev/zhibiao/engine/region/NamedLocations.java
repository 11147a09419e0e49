package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Named locations the table lacks (太平一区, 乔家店), places of a firm or site said with 位于 and a township or village
 * (公司位于柳河镇太平一区，…): localities with no kind word ending their names, unlike sites (湿地公园, 红石水库).
 */
final class NamedLocations {
    private static final int MAX_LOCATION_NAME = 4;
    private static final String LOCATION_ENDS = "，。；,;";
    /** Directions and parts, not names (东南部, 境内, 以北, 附近, 中心, 城区). */
    private static final String NOT_LOCATION_STARTS = "东西南北中以境距偏县镇乡村城";
    private static final String NOT_LOCATION_ENDS = "部内近心侧边麓处界缘";
    /** Parts, streets and offices, not places of their own (政府, 大街, 一带, 郊区, 核心区, 地段, 路口, 客运站). */
    private static final Pattern NOT_A_LOCATION =
        Pattern.compile("政府|街|路|段|带|隅|郊|城区|核心区|中心区|商业区|园区|站|口|要道|地段|委员会|机关|办公");

    private NamedLocations() {
    }

    /**
     * Where a firm or site lies, said with 位于 and a township or village and then a name closing the clause (公司位于柳河镇
     * 太平一区，… / 位于柳河镇乔家店。): that name is a place of it the table lacks, not a direction or part (东南部, 境内).
     */
    static List<PlaceMention> find(String text, List<PlaceMention> mentions, List<PlaceMention> found,
                                   Map<Integer, PlaceMention> endingAt) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention anchor : mentions) {
            RegionLevel level = anchor.region().level();
            if (level.compareTo(RegionLevel.TOWNSHIP) < 0 || level == RegionLevel.LOCALITY) {
                continue;
            }
            int chain = Localities.chainStart(anchor, endingAt); // 位于柳河县柳河镇太平一区: the county before the township
            if (!text.startsWith(Localities.LOCATED_AT, chain - Localities.LOCATED_AT.length())) {
                continue;
            }
            int end = anchor.end();
            while (end < text.length() && end - anchor.end() <= MAX_LOCATION_NAME
                    && ProperNames.isNameCharacter(text.charAt(end))) {
                end++;
            }
            int nameEnd = end;
            String name = text.substring(anchor.end(), nameEnd);
            boolean closesClause = nameEnd < text.length() && LOCATION_ENDS.indexOf(text.charAt(nameEnd)) >= 0;
            if (closesClause && name.length() >= ProperNames.MIN_NAME && name.length() <= MAX_LOCATION_NAME
                    && isLocationName(name) && Stream.concat(mentions.stream(), found.stream())
                        .noneMatch(p -> p != anchor && p.start() < nameEnd && anchor.end() < p.end())) {
                out.add(new PlaceMention(chain, nameEnd, text.substring(chain, nameEnd),
                    Localities.locality(anchor.region(), name)));
            }
        }
        return out;
    }

    /** Whether the words name a place, not a direction, part, street or office (东南部, 境内, 政府, 大街). */
    private static boolean isLocationName(String name) {
        return NOT_LOCATION_STARTS.indexOf(name.charAt(0)) < 0
            && NOT_LOCATION_ENDS.indexOf(name.charAt(name.length() - 1)) < 0 && ProperNames.isProper(name)
            && !NOT_A_LOCATION.matcher(name).find();
    }

    /**
     * Whether a locality is a named location the table lacks (太平一区, 乔家店, 埃尔金: no kind word ends its name), unlike a
     * site (湿地公园, 红石水库).
     */
    static boolean isNamedLocation(Region r) {
        return r.level() == RegionLevel.LOCALITY && !LocalityKindWords.KIND_AT_END.matcher(r.name()).find()
            && !MacroRegions.isMacroRegion(r);
    }
}
