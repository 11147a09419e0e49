package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a country, province or city named by its direction right after it (美国东北部, 四川西部, 日本中部地区), or a
 * country's home territory (法国本土): a locality of that place, named as written (a country by its full name), so
 * that a filter on the place still finds its facts. Not where the direction begins a place's name (四川南部县), nor
 * after a back reference (全省北部).
 */
final class PlaceParts {
    /** 东北部, 西南部, 中部地区; not 北部湾 (a gulf) nor the 部 of a longer word (南部战区). */
    private static final Pattern PART = Pattern.compile("(?:东北|东南|西北|西南|[东西南北中])部(?:地区)?(?![湾战])");
    /** A country's home territory (法国本土的13个大区), not the local kind of a thing (本土企业, 本土化, 本土品牌). */
    private static final Pattern HOME_TERRITORY = Pattern.compile("本土(?![化企品产市文公人作球病])");

    private PlaceParts() {
    }

    /** The mentions with each place followed by a direction part replaced by that part, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention p : mentions) {
            boolean country = p.region().level() == RegionLevel.COUNTRY;
            Matcher direction = PART.matcher(text).region(p.end(), text.length());
            Matcher m = country && !direction.lookingAt()
                ? HOME_TERRITORY.matcher(text).region(p.end(), text.length()) : direction;
            if (isWhole(p.region()) && !BackReferences.isReference(p) && m.lookingAt()
                    && mentions.stream().noneMatch(q -> q.start() >= p.end() && q.start() < m.end())) {
                // a country written short (美东北部) is named in full: the part of 美国
                String place = country ? p.region().name() : p.surface();
                String name = place + text.substring(p.end(), m.end());
                out.add(new PlaceMention(p.start(), m.end(), name, Localities.locality(p.region(), name)));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A country, or a province or city of the table; a foreign division's part (神奈川县西部) stays the division, which
     * the story's later sentences go on about.
     */
    private static boolean isWhole(Region region) {
        return region.level() == RegionLevel.COUNTRY || !region.foreign()
            && (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.PREFECTURE);
    }
}
