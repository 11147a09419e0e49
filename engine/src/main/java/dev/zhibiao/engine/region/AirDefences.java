package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A country's air defence downing what was launched at it (俄防空部队击落乌军航空炸弹…以及541架无人机, 叙利亚防空部队拦截了
 * 以色列发射的10枚导弹): the drones and missiles counted fell over the defender's ground, whatever country launched them
 * and whoever reports it.
 */
final class AirDefences {
    /** Air defence (防空部队, 防空系统, 防空力量), written right after its country or its army (俄军防空部队). */
    static final String AIR_DEFENCE = "防空";
    /** What air defence is written with (防空部队, 防空系统), not 防空袭 of 以防空袭 (lest air raids) nor 防空警报. */
    private static final Pattern DEFENCE_FORCE = Pattern.compile("部队|系统|力量|兵|导弹|火力|体系");
    private static final char ARMY = '军';
    /** Verbs of downing what was launched; not 挫败 or 击退, said of attacks rather than of the things counted. */
    private static final Pattern DOWNING = Pattern.compile("击落|拦截|摧毁|击毁");

    private AirDefences() {
    }

    /**
     * The country whose air defence downs, in [from, offset), what the amount at {@code offset} counts: the country
     * named right before 防空, or the one country the post names that begins with the character written there (俄 of
     * 俄罗斯, 以 of 以色列 — a side's character stands for many countries, so only the post's own are meant).
     */
    static Optional<Region> defenderBefore(String text, int from, int offset, List<PlaceMention> mentions) {
        int at = text.lastIndexOf(AIR_DEFENCE, offset - AIR_DEFENCE.length());
        if (at <= from || !DEFENCE_FORCE.matcher(text).region(at + AIR_DEFENCE.length(), offset).lookingAt()
                || !DOWNING.matcher(text).region(at + AIR_DEFENCE.length(), offset).find()) {
            return Optional.empty();
        }
        int end = text.charAt(at - 1) == ARMY && at - 1 > from ? at - 1 : at;
        Optional<Region> named = mentions.stream()
            .filter(p -> p.end() == end && p.region().level() == RegionLevel.COUNTRY).map(PlaceMention::region).findFirst();
        if (named.isPresent()) {
            return named;
        }
        char side = text.charAt(end - 1);
        if (!HanCharacters.isHan(side)) {
            return Optional.empty();
        }
        List<Region> countries = mentions.stream().map(PlaceMention::region)
            .filter(r -> r.level() == RegionLevel.COUNTRY && r.name().charAt(0) == side).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }
}
