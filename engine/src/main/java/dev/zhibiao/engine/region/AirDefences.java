package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    /** 在 before the scene of the downing (在别尔哥罗德州上空, 在红海), written between the air defence and its verb. */
    private static final char LOCATIVE = '在';
    /** Verbs of destroying: of downing what was launched, and of striking the air defence itself. */
    private static final List<String> DESTROYING = List.of("摧毁", "击毁");
    /** Verbs of downing what was launched; not 挫败 or 击退, said of attacks rather than of the things counted. */
    private static final Pattern DOWNING = Pattern.compile("击落|拦截|" + String.join("|", DESTROYING));
    /**
     * What, right before the country or army, makes its air defence no sole subject of the downing: an object's marks (部署
     * 在沙特的美国防空系统, 对乌防空系统) or a list of several (美国、英国防空部队 — which one downed what is not told).
     */
    private static final String NOT_SOLE_SUBJECT = "的了对向" + PlaceContext.LIST_JOINERS;
    /** Verbs of striking whose object the air defence is (俄军摧毁乌军防空导弹系统2套并击落无人机50架), not its shooter. */
    private static final List<String> STRIKING = Stream.concat(DESTROYING.stream(),
        Stream.of("打击", "袭击", "击中", "炸毁", "攻击", "压制", "瘫痪")).toList();

    private AirDefences() {
    }

    /**
     * The country whose air defence downs, in [from, offset), what the amount at {@code offset} counts: the country
     * named right before 防空, or the one country the post names that begins with the character written there (俄 of
     * 俄罗斯, 以 of 以色列 — a side's character stands for many countries, so only the post's own are meant). Empty when
     * that air defence is no sole shooter (摧毁乌军防空导弹系统, 美国、英国防空部队) or downs at a scene off its ground (在红海).
     */
    static Optional<Region> defenderBefore(String text, int from, int offset, List<PlaceMention> mentions) {
        int at = offset - AIR_DEFENCE.length();
        while (at > from && !text.startsWith(AIR_DEFENCE, at)) {
            at--; // the last 防空 after from, not searched for before it
        }
        if (at <= from || !DEFENCE_FORCE.matcher(text).region(at + AIR_DEFENCE.length(), offset).lookingAt()) {
            return Optional.empty();
        }
        Matcher downing = DOWNING.matcher(text).region(at + AIR_DEFENCE.length(), offset);
        if (!downing.find()) {
            return Optional.empty();
        }
        int end = text.charAt(at - 1) == ARMY && at - 1 > from ? at - 1 : at;
        Optional<PlaceMention> named = mentions.stream()
            .filter(p -> p.end() == end && p.region().level() == RegionLevel.COUNTRY).findFirst();
        int start = named.map(PlaceMention::start).orElse(end - 1);
        if (start < from || start > 0 && !isSoleSubjectAt(text, start)) {
            return Optional.empty();
        }
        Optional<Region> defender = named.map(PlaceMention::region).or(() -> sideCountry(text.charAt(end - 1), mentions));
        int scene = indexIn(text, LOCATIVE, at + AIR_DEFENCE.length(), downing.start() - 1);
        if (defender.isPresent() && scene >= 0 && mentions.stream()
                .noneMatch(p -> p.start() == scene + 1 && p.region().code().equals(defender.get().code()))) {
            return Optional.empty(); // 美国防空部队当天在红海拦截了…: downed there, not over the defender's ground
        }
        return defender;
    }

    /**
     * Whether the country or army starting at {@code start} stands as the one subject of its clause's downing, not as the
     * object of a verb (摧毁乌军防空导弹系统), of a description (部署在沙特的美国防空系统) or one of a list (美国、英国防空部队).
     */
    private static boolean isSoleSubjectAt(String text, int start) {
        if (NOT_SOLE_SUBJECT.indexOf(text.charAt(start - 1)) >= 0) {
            return false;
        }
        for (String verb : STRIKING) {
            if (text.startsWith(verb, start - verb.length())) {
                return false;
            }
        }
        return true;
    }

    /** The first index of {@code c} in [from, to) of the text, or -1. */
    private static int indexIn(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** The one country the post names that begins with a side's character (俄 of 俄罗斯), else empty. */
    private static Optional<Region> sideCountry(char side, List<PlaceMention> mentions) {
        if (!HanCharacters.isHan(side)) {
            return Optional.empty();
        }
        List<Region> countries = mentions.stream().map(PlaceMention::region)
            .filter(r -> r.level() == RegionLevel.COUNTRY && r.name().charAt(0) == side).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }
}
