package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A city by its one-character name where it hosts a meeting (世界数字教育大会今天在京开幕, 座谈会在沪召开): 京 and 沪 alone
 * are words of many names (京杭大运河, 京津冀), but after 在 and before the verb of a meeting they name 北京 and 上海.
 */
final class HostCities {
    private static final Map<Character, String> CITIES = Map.of('京', "北京市", '沪', "上海市");
    private static final Pattern HOSTED = Pattern.compile("在([京沪])(?=召开|开幕|闭幕|举行|举办|开班|会见|落幕)");

    private HostCities() {
    }

    /** The mentions with every city named so added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        Matcher m = HOSTED.matcher(text);
        List<PlaceMention> out = null;
        while (m.find()) {
            String name = CITIES.get(m.group(1).charAt(0));
            List<Region> city = lexicon.regionsNamed(name);
            if (city.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(mentions);
            }
            out.add(new PlaceMention(m.start(1), m.end(1), m.group(1), city.get(0)));
        }
        if (out == null) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
