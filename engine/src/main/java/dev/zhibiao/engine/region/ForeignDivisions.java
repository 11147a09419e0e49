package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * First-level divisions of foreign countries, which the national table does not hold: a name ending in 省, 州 or 邦
 * (卡赫拉曼马拉什省, 顿涅茨克州) written in a paragraph that names a foreign country before it. The division belongs
 * to that country; the name reaches back to the nearest word boundary (的, 在, 南部, a comma, the country's name).
 */
final class ForeignDivisions {
    /** 省份 is the common noun, 联邦 a federation. */
    private static final Pattern SUFFIX = Pattern.compile("(?:[省州]|(?<!联)邦)(?!份)");
    /** Characters a division name cannot start after: particles, prepositions, punctuation, 部 of 东南部, 名 of 1名. */
    private static final String BOUNDARIES = "的在于和与及以据为将向对从到自部名省州、，,。：:；;（(“\"”)）\n 其该";
    /** Japan's 省 are ministries (国土交通省); its divisions are 都道府县. */
    private static final String MINISTRY_COUNTRY = "JP";
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 8;

    private ForeignDivisions() {
    }

    /** The mentions with the foreign divisions named in the text added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, PlaceLexicon lexicon) {
        List<PlaceMention> out = new ArrayList<>(mentions);
        Matcher m = SUFFIX.matcher(text);
        while (m.find()) {
            int end = m.end();
            int start = nameStart(text, m.start(), mentions);
            if (m.start() - start < MIN_NAME || lexicon.longestNameEnd(text, start) >= end
                    || mentions.stream().anyMatch(p -> p.start() < end && start < p.end())) {
                continue;
            }
            PlaceMention country = countryBefore(text, start, mentions);
            if (country != null && !(country.region().code().equals(MINISTRY_COUNTRY) && m.group().equals("省"))) {
                Region region = country.region();
                String name = text.substring(start, end);
                out.add(new PlaceMention(start, end, name,
                        new Region(region.code(), name, RegionLevel.PROVINCE, List.of(region.name(), name))));
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    /** The country, then the division, for a division made here; the table's lineage for any other place. */
    static List<Region> lineage(Region region, DivisionTable table) {
        boolean foreignDivision = region.level() != RegionLevel.COUNTRY && region.path().size() == 2
                && !region.code().chars().allMatch(Character::isDigit);
        if (!foreignDivision) {
            return table.lineage(region);
        }
        String country = region.path().get(0);
        return List.of(new Region(region.code(), country, RegionLevel.COUNTRY, List.of(country)), region);
    }

    /** Where a name ending at {@code suffixStart} begins: at the nearest boundary before it, at most MAX_NAME back. */
    private static int nameStart(String text, int suffixStart, List<PlaceMention> mentions) {
        for (int start = suffixStart; start >= Math.max(0, suffixStart - MAX_NAME); start--) {
            if (start == 0 || isBoundary(text, start, mentions)) {
                return start;
            }
        }
        return suffixStart;
    }

    /** Whether a name may start at {@code at}: after a boundary character, a non-Chinese character or a place. */
    private static boolean isBoundary(String text, int at, List<PlaceMention> mentions) {
        char before = text.charAt(at - 1);
        return BOUNDARIES.indexOf(before) >= 0 || Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN
                || mentions.stream().anyMatch(p -> p.end() == at);
    }

    /** The latest foreign country named before the offset in its paragraph, or null. */
    private static PlaceMention countryBefore(String text, int offset, List<PlaceMention> mentions) {
        int paragraphStart = text.lastIndexOf('\n', offset - 1) + 1;
        PlaceMention country = null;
        for (PlaceMention p : mentions) {
            if (p.end() <= offset && p.start() >= paragraphStart) {
                country = p.region().level() == RegionLevel.COUNTRY ? p : null;
            }
        }
        return country;
    }
}
