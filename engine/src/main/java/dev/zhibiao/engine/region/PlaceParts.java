package dev.zhibiao.engine.region;

import dev.zhibiao.engine.text.HanCharacters;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part of a country, province or city named by its direction right after it (美国东北部, 四川西部, 日本中部地区), or a
 * country's home territory (法国本土): a locality of that place, named as written (a country by its full name), so
 * that a filter on the place still finds its facts. Not where the direction begins a place's name (四川南部县), nor
 * after a back reference (全省北部). A river's reach named by a division on it (松花江哈尔滨段) is a locality of that
 * division too.
 */
final class PlaceParts {
    /**
     * 东北部, 西南部, 中部地区, and the suburbs on one side (贝鲁特南郊); not 北部湾 (a gulf) nor the 部 of a longer word
     * (南部战区), nor a district or county named so (南郊区县).
     */
    private static final Pattern PART = Pattern.compile(
        "(?:东北|东南|西北|西南|[东西南北中])部(?:地区)?(?![湾战])|[东西南北]郊(?!区[县市])");
    /** A direction part ending a locality's name (河北省西北部, 四川西部地区). */
    private static final Pattern PART_AT_END = Pattern.compile("(?:" + PART.pattern() + ")$");
    /** A region with the lands beyond it (黄淮及以南地区), or those lands alone (江淮以北地区): named as written. */
    private static final Pattern BEYOND = Pattern.compile("及?以[东西南北]地区");
    /** A country's home territory (法国本土的13个大区), not the local kind of a thing (本土企业, 本土化, 本土品牌). */
    private static final Pattern HOME_TERRITORY = Pattern.compile("本土(?![化企品产市文公人作球病])");

    /** The word after a division on a river that names that river's reach (松花江哈尔滨段). */
    private static final String REACH = "段";
    private static final String RIVER_ENDS = "江河";
    private static final String WORDS_BEFORE_RIVER = "在沿对的是";
    private static final int MIN_RIVER = 2;
    private static final int MAX_RIVER = 4;

    /** The level word ending a foreign division's name (神奈川县, 得克萨斯州); a region without one (加沙地带) is whole. */
    private static final Pattern LEVEL_WORD = Pattern.compile("[省州县市区郡府道都]$");

    private PlaceParts() {
    }

    /** The mentions with each place followed by a direction part replaced by that part, in text order. */
    static List<PlaceMention> addTo(String text, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention p : mentions) {
            boolean macroRegion = MacroRegions.isMacroRegion(p.region());
            Matcher beyond = macroRegion || isWhole(p.region()) ? BEYOND.matcher(text).region(p.end(), text.length()) : null;
            if (beyond != null && !BackReferences.isReference(p) && beyond.lookingAt()) {
                // beside a macro region, the lands it names are another region of the country, not a part of it
                String name = p.surface() + text.substring(p.end(), beyond.end());
                out.add(new PlaceMention(p.start(), beyond.end(), name,
                    Localities.locality(macroRegion ? ForeignCountries.china() : p.region(), name)));
                continue;
            }
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
                // a river's reach named by the division on it (松花江哈尔滨段): a locality of that division
                String river = riverBeforeReach(text, p);
                String name = river + p.surface() + REACH;
                out.add(river.isEmpty() ? p : new PlaceMention(p.start() - river.length(), p.end() + REACH.length(), name,
                    Localities.locality(p.region(), name)));
            }
        }
        return out;
    }

    /** Whether the place is a direction part of a place of the table (河北省西北部), as {@link #addTo} names it. */
    static boolean isDirectionPart(Region region) {
        return region.level() == RegionLevel.LOCALITY && !region.foreign() && PART_AT_END.matcher(region.name()).find();
    }

    /**
     * The river written before a division that 段 follows (松花江哈尔滨段): two to four characters ending in 江 or 河 that
     * open a clause or follow 在, 沿, 对, 的 or 是; "" when there is none.
     */
    private static String riverBeforeReach(String text, PlaceMention p) {
        if (!text.startsWith(REACH, p.end()) || p.region().level() == RegionLevel.COUNTRY) {
            return "";
        }
        for (int length = MAX_RIVER; length >= MIN_RIVER; length--) {
            int start = p.start() - length;
            if (start < 0) {
                continue;
            }
            String river = text.substring(start, p.start());
            char before = start > 0 ? text.charAt(start - 1) : ' ';
            boolean opens = !HanCharacters.isHan(before) || WORDS_BEFORE_RIVER.indexOf(before) >= 0;
            if (RIVER_ENDS.indexOf(river.charAt(river.length() - 1)) >= 0 && HanCharacters.isAllHan(text, start, p.start()) && opens) {
                return river;
            }
        }
        return "";
    }

    /**
     * A country, or a province or city of the table, or a region abroad named without a level word (加沙地带西北部); a
     * foreign division's part (神奈川县西部) stays the division, which the story's later sentences go on about.
     */
    private static boolean isWhole(Region region) {
        return region.level() == RegionLevel.COUNTRY || region.foreign() && !LEVEL_WORD.matcher(region.name()).find()
            || !region.foreign()
            && (region.level() == RegionLevel.PROVINCE || region.level() == RegionLevel.PREFECTURE);
    }
}
