package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a post writes its places with: the name to give a place near a fact (黔东南州 for 黔东南苗族侗族自治州, the
 * title's 三源浦朝鲜镇 through the post, 深圳前海合作区 with its city), and whether words are all of a name it writes.
 */
final class WrittenNames {
    /** Last characters of a division's name: 省 市 州 盟 县 区 旗 乡 镇 村 and 街道's 道. */
    private static final String LEVEL_WORDS = "省市州盟县区旗乡镇村道";

    private final List<PlaceMention> mentions;
    private final int titleEnd;
    /** Per place, the mentions that name it with a name (not 该县, 当地), in text order: {@link #nameAt}'s candidates. */
    private final Map<Region, List<PlaceMention>> namingMentions = new HashMap<>();
    /** The counties and cities named, by where their mention ends: a township's name may be written after one. */
    private final Map<Integer, PlaceMention> countiesAndCitiesByEnd = new HashMap<>();
    /** The words the post writes its places with ({@link #isWrittenPlaceName}); gathered on first use. */
    private Set<String> writtenNames;

    WrittenNames(List<PlaceMention> mentions, int titleEnd) {
        this.mentions = mentions;
        this.titleEnd = titleEnd;
        for (PlaceMention m : mentions) {
            if (namesIt(m)) {
                namingMentions.computeIfAbsent(m.region(), r -> new ArrayList<>()).add(m);
            }
            if (m.region().level() == RegionLevel.PREFECTURE || m.region().level() == RegionLevel.COUNTY) {
                countiesAndCitiesByEnd.putIfAbsent(m.end(), m);
            }
        }
    }

    /** See {@link PlaceContext#nameAt}. */
    String nameAt(Region place, int offset) {
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
    static boolean namesIt(PlaceMention mention) {
        String written = mention.surface();
        Region place = mention.region();
        return written.length() >= 2 && written.charAt(0) == place.name().charAt(0) && !BackReferences.isReference(mention)
            && (place.level() == RegionLevel.COUNTRY || LEVEL_WORDS.indexOf(written.charAt(written.length() - 1)) >= 0);
    }

    /** See {@link PlaceContext#isWrittenPlaceName}. */
    boolean isWrittenPlaceName(String words) {
        if (writtenNames == null) {
            writtenNames = mentions.stream().map(PlaceMention::surface).collect(Collectors.toSet());
        }
        return writtenNames.contains(words);
    }
}
