package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regions of China that are no division but that news states facts of: the statistical regions (西部地区, 东北地区,
 * 中西部地区), the great regions (华北, 西南), 北方 and 南方, and the regions of national strategies (长三角, 京津冀,
 * 粤港澳大湾区, 成渝地区双城经济圈, 长江经济带). Each is a locality of China named as written, so a fact of 西部 is not
 * a national one. A direction after a place (甘肃中部地区, 美国东北部) is that place's part ({@link PlaceParts}), not one.
 */
final class MacroRegions {
    /** Names that are a region wherever they stand, longest first where one begins another. */
    private static final Pattern NAMED = Pattern.compile(
        "成渝地区双城经济圈|粤港澳大湾区|长江三角洲|珠江三角洲|长三角|珠三角|京津冀|长江经济带|黄河流域|长江流域|港澳台地区|港澳地区|东南沿海"
        + "|(?:中西|东中|[东中西]|东北|西北|西南|华北|华东|华南|华中|北方|南方)(?:部)?地区");
    /**
     * Bare names, a region only where they open a clause or follow 我国/全国/在 (西部数据中心利用率…, 我国北方大部), and
     * not where they begin a name (西南大学, 华中科技大学, 南方电网, 东北虎, 西部陆海新通道) or say a direction (东北到西南).
     */
    private static final String BARE_WORDS = "中西部|东中部|西部|东部|中部|北方|南方|华北|华东|华南|华中|西北|西南|东北";
    private static final Pattern BARE_NAMES = Pattern.compile(BARE_WORDS);
    private static final Pattern BARE = Pattern.compile(
        "(?<=^|[\\n，。；：,;:]|我国|全国|中国|在)(?:" + BARE_WORDS + ")"
        + "(?!大学|科技|民族|石油|陆海|理工|师范|财经|电力|电网|航空|工业|农业|林业|政法|交通|医|日报|周末|证券|集团|公司|局|战区|虎|抗联|人|话|菜|角|方向|到|至|部|风|面|侧|向|和|、)");

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
        for (Pattern pattern : List.of(NAMED, BARE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
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
