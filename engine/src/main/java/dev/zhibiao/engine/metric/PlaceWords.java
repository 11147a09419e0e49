package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.region.RegionResolver;

import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places named at the start of a label (青海都兰县的枸杞, 土耳其和叙利亚) or in a locative opening it (在米脂县15万亩的
 * 谷子): they are the fact's region, which the region resolver reports, not part of what is measured. Thread-safe.
 */
final class PlaceWords {
    /** Joins places into one list (土耳其和叙利亚). */
    private static final String JOINERS = "、和及与";
    private static final String LOCATIVE = "在";
    private static final String EXISTENTIAL = "有";
    /** Ends a village's name, which may be a kind of village too (示范村). */
    private static final char VILLAGE = '村';
    /** A short form may be written with its suffix (文山州): the suffix belongs to the place. */
    private static final String DIVISION_SUFFIXES = "省市县区州盟旗镇乡村";

    /**
     * A noun naming a kind of division (国家, 亚洲国家, 国家和地区, 省份, 城市, 行政村, 乡镇, 县市区): a word of one, maybe
     * after words saying which, or suffixes alone, maybe joined; a word only ending in a suffix names a kind of site (园区,
     * 景区, 开发区, 超市), which holds no places.
     */
    private static final Pattern KIND_OF_PLACE = Pattern.compile("\\p{IsHan}*(?:国家|地区|省份|城市|地市|行政村|自然村|社区|街道)"
        + "|[" + DIVISION_SUFFIXES + "]+(?:[和及][" + DIVISION_SUFFIXES + "]+)*");

    /**
     * An epithet naming a place by its standing (人口第一大县, 农业大省, 经济强市) right before the place's name: it says
     * which place, as the name does, and names nothing measured.
     */
    private static final Pattern EPITHET = Pattern.compile("\\p{IsHan}{0,6}?[大强][省市县区州国镇乡村]");
    private static final String EPITHET_MARKS = "大强";

    private final RegionResolver places;

    PlaceWords(RegionResolver places) {
        this.places = places;
    }

    /**
     * The phrase after the locative it opens with: after its place (在文山州已经有 → 已经有), or all of it when 有 ends
     * it and the amount names what exists there (在灾情严重的阿勒颇省就有235个避难所 → ""). The locative's other words
     * describe the place. The phrase as it is when it opens with no locative.
     *
     * @param thingNamedAfter whether a noun follows the amount (asked only of such an existential phrase)
     */
    String afterLocative(String phrase, BooleanSupplier thingNamedAfter) {
        if (!phrase.startsWith(LOCATIVE)) {
            return phrase;
        }
        if (phrase.endsWith(EXISTENTIAL) && thingNamedAfter.getAsBoolean()) {
            return "";
        }
        int end = 0;
        for (int start = LOCATIVE.length(); start < phrase.length(); start++) {
            int nameEnd = placeEnd(phrase, start);
            if (nameEnd > start) {
                end = Math.max(end, nameEnd);
            }
        }
        return end == 0 ? phrase : phrase.substring(end);
    }

    /**
     * The phrase without the places it starts with, nor the connectors after them (江西省也 → "", 青海都兰县枸杞 → 枸杞);
     * a place that names a locality with the kind word after it stays (大兴机场旅客 is what is measured).
     */
    String withoutLeadingPlaces(String phrase) {
        int start = 0;
        for (int end = placeOrEpithetEnd(phrase, start); end > start && !places.namesLocality(phrase, end);
                end = placeOrEpithetEnd(phrase, start)) {
            start = end < phrase.length() && JOINERS.indexOf(phrase.charAt(end)) >= 0 ? end + 1 : end;
        }
        return start == 0 ? phrase : Affixes.strip(phrase.substring(start));
    }

    /** End of the place name at {@code start}, or of one after an epithet there (人口第一大县鄱阳县); else {@code start}. */
    private int placeOrEpithetEnd(String phrase, int start) {
        int end = placeEnd(phrase, start);
        if (end > start || !containsAny(phrase, start, EPITHET_MARKS)) {
            return end;
        }
        Matcher epithet = EPITHET.matcher(phrase).region(start, phrase.length());
        if (!epithet.lookingAt()) {
            return start;
        }
        int nameEnd = placeEnd(phrase, epithet.end());
        return nameEnd > epithet.end() ? nameEnd : start;
    }

    /** Whether any of {@code chars} stands in the phrase from {@code from} on. */
    static boolean containsAny(String phrase, int from, String chars) {
        for (int i = from; i < phrase.length(); i++) {
            if (chars.indexOf(phrase.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the place name ending right at {@code end} starts (新光村 before 与县城), the longest; -1 when none ends there. */
    int lastPlaceStart(String phrase, int end) {
        for (int start = 0; start >= 0 && start < end; start++) {
            if (placeEnd(phrase, start) == end) {
                return start;
            }
        }
        return -1;
    }

    /** Length of the place name that ends at the first separator of the phrase (俄罗斯 in 可通达俄罗斯、德国等), or -1. */
    int firstItemLength(String phrase) {
        int separator = ExampleLists.firstItemSeparator(phrase);
        for (int start = 0; start < separator; start++) {
            if (placeEnd(phrase, start) == separator) {
                return separator - start;
            }
        }
        return -1;
    }

    /**
     * Whether a noun names a kind of division rather than one place or a kind of site (国家, 国家和地区, 省份, 乡镇, 城市,
     * 行政村; not 园区, 超市).
     */
    static boolean namesKindOfPlace(String noun) {
        return KIND_OF_PLACE.matcher(noun).matches();
    }

    /** End of the place name at {@code start} with a suffix written after it, or {@code start} when none starts there. */
    private int placeEnd(String phrase, int start) {
        // a direction's region (其中东北地区超5000万吨) is where, as a division is
        int end = Math.max(places.placeNameEnd(phrase, start), places.directionRegionEnd(phrase, start));
        if (end > start && phrase.charAt(end - 1) == VILLAGE && places.namesKindOfVillage(phrase.substring(start, end))) {
            return start; // a kind of village (示范村1000个) is what is counted, no place
        }
        // a level word's character opening the next name (陕西镇安) is that name's, not this one's suffix
        return end > start && end < phrase.length() && DIVISION_SUFFIXES.indexOf(phrase.charAt(end)) >= 0
            && places.placeNameEnd(phrase, end) <= end + 1 ? end + 1 : end;
    }
}
