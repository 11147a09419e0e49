package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.LeadingScan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Regions of China that are no division but that news states facts of: the statistical regions (西部地区, 东北地区,
 * 中西部地区), the great regions (华北, 西南), 北方 and 南方, and the regions of national strategies (长三角, 京津冀,
 * 粤港澳大湾区, 成渝地区双城经济圈, 长江经济带). Each is a locality of China named as written, so a fact of 西部 is not
 * a national one. A direction after a place (甘肃中部地区, 美国东北部) is that place's part ({@link PlaceParts}), not one.
 */
final class MacroRegions {
    /** Regions of national strategies and groups of provinces, longest first where one begins another. */
    private static final List<String> STRATEGY_REGIONS = List.of("成渝地区双城经济圈", "粤港澳大湾区", "长江三角洲", "珠江三角洲",
        "长三角", "珠三角", "京津冀", "长江经济带", "黄河流域", "长江流域", "港澳台地区", "港澳地区", "东南沿海");
    /** The direction words of the statistical and great regions, all beginning with one of {@link #DIRECTION_FIRST}. */
    private static final String DIRECTIONS = "中西部|东中部|中东部|西部|东部|中部|北方|南方|华北|华东|华南|华中|西北|西南|东北";
    private static final String DIRECTION_FIRST = "东中西北南华";
    /** Names that are a region wherever they stand. */
    private static final LeadingScan NAMED = new LeadingScan(DIRECTION_FIRST
        + STRATEGY_REGIONS.stream().map(name -> name.substring(0, 1)).distinct().collect(Collectors.joining()),
        String.join("|", STRATEGY_REGIONS) + "|中东部地区|(?:中西|东中|[东中西]|东北|西北|西南|华北|华东|华南|华中|北方|南方)(?:部)?地区");
    /**
     * Bare names, a region only where they open a clause or follow 我国/全国/在 (西部数据中心利用率…, 我国北方大部), and
     * not where they begin a name (西南大学, 华中科技大学, 南方电网, 东北虎, 西部陆海新通道) or say a direction (东北到西南).
     */
    private static final LeadingScan BARE = new LeadingScan(DIRECTION_FIRST,
        "(?<=^|[\\n，。；：,;:]|我国|全国|中国|在)(?:" + DIRECTIONS + ")"
        + "(?!大学|科技|民族|石油|陆海|理工|师范|财经|电力|电网|航空|工业|农业|林业|政法|交通|医|日报|周末|证券|集团|公司|局|战区|虎|抗联|人|话"
        + "|菜|角|方向|到|至|部|风|面|侧|向|和|、)");
    private static final Pattern BARE_NAMES = Pattern.compile(DIRECTIONS);

    private MacroRegions() {
    }

    /**
     * Whether the place is a macro region. It is weaker evidence than a division: the topic of no other sentence, and
     * in its own sentence only when that names no division (…在四川成都开幕，…东北地区国产大豆等专场…，共有1.7万家展商).
     */
    static boolean isMacroRegion(Region place) {
        return place.level() == RegionLevel.LOCALITY && place.path().size() == 2 && place.code().equals(Region.CHINA_CODE)
            && (NAMED.matcher(place.name()).matches() || BARE_NAMES.matcher(place.name()).matches());
    }

    /** The mentions with the macro regions named where no other place is, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions) {
        List<PlaceMention> found = new ArrayList<>();
        for (LeadingScan scan : List.of(NAMED, BARE)) {
            Matcher m = scan.matcher(text);
            for (int from = 0; scan.find(m, text, from); from = LeadingScan.after(m)) {
                int start = m.start();
                int end = m.end();
                boolean free = mentions.stream().noneMatch(p -> p.start() < end && start <= p.end())
                    && found.stream().noneMatch(p -> p.start() < end && start < p.end());
                if (free) {
                    found.add(new PlaceMention(start, end, m.group(), Localities.locality(ForeignCountries.china(), m.group())));
                }
            }
        }
        if (found.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions);
        out.addAll(found);
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
