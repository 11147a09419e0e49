package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts a city's or county's report breaks its figures down by, named at the start of a clause: 市区 and 四县
 * in a city's communiqué (市区有学前教育机构300所…；四县有…), 城区 in a county's. Each is a locality of the post's
 * dominant place, named as written.
 */
final class CityParts {
    /**
     * 市区, 城区, 四县, 五县区, at the start of a clause; not 县域, 县级, 县城, 五县市 nor 市区县 (cities, districts and
     * counties).
     */
    private static final Pattern PART = Pattern.compile(
        // the lookahead fails fast at the positions no part starts at: the scan is over the whole post
        "(?=[市城二两三四五六七八九十])(?<=^|[\\n，。；：,;:])(?:市区|城区|[二两三四五六七八九十]县区?)(?![县域级城长委市])");
    /** A county's own report breaks down by 城区 alone: it has no counties. */
    private static final String COUNTIES = "县";

    private CityParts() {
    }

    /** The mentions with the dominant place's parts named in the text added, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions, Optional<Region> dominant) {
        if (dominant.isEmpty() || dominant.get().foreign()
                || dominant.get().level() != RegionLevel.PREFECTURE && dominant.get().level() != RegionLevel.COUNTY) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions);
        Matcher m = PART.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            boolean counties = m.group().contains(COUNTIES);
            if ((!counties || dominant.get().level() == RegionLevel.PREFECTURE)
                    && out.stream().noneMatch(p -> p.start() < end && start < p.end())) {
                out.add(new PlaceMention(start, end, m.group(), Localities.locality(dominant.get(), m.group())));
            }
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
