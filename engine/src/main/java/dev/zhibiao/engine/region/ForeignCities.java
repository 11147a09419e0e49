package dev.zhibiao.engine.region;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Foreign cities by their Simplified Chinese names: the exemplar cities of the time-zone database as CLDR spells them
 * (索非亚, 纽约, 万象), read through ICU4J — maintained data, never typed by hand. A city is a place of level PREFECTURE
 * inside its country: code = the country's ISO 3166 code, path = [country, city].
 */
final class ForeignCities {
    /** Names this short are everyday words too (万象, 罗马, 开罗); they need their country named in the text. */
    static final int WORD_LIKE_LENGTH = 2;
    /**
     * Territories whose "cities" are research stations or atolls (Antarctica, the US minor islands); China, Hong Kong,
     * Macao and Taiwan have no country here ({@link ForeignCountries}), so their cities are left out too.
     */
    private static final Set<String> LEFT_OUT_REGIONS = Set.of("AQ", "UM");

    /**
     * Territories the news names by their region, not by the city the time-zone data knows (加沙 is only the city):
     * by ISO code of the country they belong to.
     */
    private static final Map<String, String> TERRITORIES = Map.of("加沙地带", "PS", "约旦河西岸", "PS");
    /** The territory a city of the time-zone data lies in (加沙 in 加沙地带): part of its path, as a province is. */
    private static final Map<String, String> TERRITORY_OF_ZONE = Map.of("Asia/Gaza", "加沙地带", "Asia/Hebron", "约旦河西岸");

    private static final char CITY_SUFFIX = '市';
    /** 市 ends the name unless a word begins with it (芝加哥市场, 巴黎市民). */
    private static final Pattern CITY_SUFFIX_ENDS_NAME = Pattern.compile("市(?!" + ForeignDivisions.WORDS_AFTER_CITY_SUFFIX + ")");
    private static final char TOWN_SUFFIX = '城';
    /** 城 ends the name unless a word begins with it (巴黎城市, 罗马城墙, 伦敦城区). */
    private static final Pattern TOWN_SUFFIX_ENDS_NAME = Pattern.compile("城(?![市区乡镇墙堡际郊中内外])");

    private ForeignCities() {
    }

    /**
     * City name → region, for the cities of the given countries (name → region, as {@link ForeignCountries#byName}
     * gives them); a city spelled like a country (巴林, 文莱) is the country.
     */
    static Map<String, Region> byName(Map<String, Region> countries) {
        Map<String, Region> countryByCode = new HashMap<>();
        countries.values().forEach(c -> countryByCode.put(c.code(), c));
        TimeZoneNames names = TimeZoneNames.getInstance(ULocale.SIMPLIFIED_CHINESE);
        Map<String, Region> out = new LinkedHashMap<>();
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String iso = TimeZone.getRegion(zone);
            String name = names.getExemplarLocationName(zone);
            Region country = countryByCode.get(iso);
            if (name == null || name.length() < WORD_LIKE_LENGTH || country == null || LEFT_OUT_REGIONS.contains(iso)
                    || countries.containsKey(name)) {
                continue;
            }
            String territory = TERRITORY_OF_ZONE.get(zone);
            List<String> path = territory == null ? List.of(country.name(), name) : List.of(country.name(), territory, name);
            out.putIfAbsent(name, new Region(iso, name, RegionLevel.PREFECTURE, path));
        }
        TERRITORIES.forEach((name, iso) -> {
            Region country = countryByCode.get(iso);
            if (country != null) { // the JDK's locale data may lack a country
                out.putIfAbsent(name, new Region(iso, name, RegionLevel.PREFECTURE, List.of(country.name(), name)));
            }
        });
        return out;
    }

    /**
     * The mentions with each foreign city written with 市 after it somewhere in the text (芝加哥市) named as written,
     * there and wherever else the text names it (芝加哥警方): news names the city so, and one city keeps one name. A city
     * written with 城 (加沙城) is named so there alone: elsewhere its bare name may mean the territory around it (加沙).
     */
    static List<PlaceMention> withWrittenSuffix(String text, List<PlaceMention> mentions) {
        Set<Region> suffixed = new HashSet<>();
        boolean walled = false;
        for (PlaceMention p : mentions) {
            if (isForeignCity(p.region())) {
                if (writtenWith(CITY_SUFFIX_ENDS_NAME, text, p)) {
                    suffixed.add(p.region());
                }
                walled |= writtenWith(TOWN_SUFFIX_ENDS_NAME, text, p);
            }
        }
        if (suffixed.isEmpty() && !walled) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention p : mentions) {
            if (isForeignCity(p.region()) && writtenWith(TOWN_SUFFIX_ENDS_NAME, text, p)) {
                out.add(named(p, TOWN_SUFFIX, true));
            } else if (suffixed.contains(p.region())) {
                out.add(named(p, CITY_SUFFIX, writtenWith(CITY_SUFFIX_ENDS_NAME, text, p)));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The mention with its city named with the suffix, the suffix part of the mention when written there. */
    private static PlaceMention named(PlaceMention p, char suffix, boolean written) {
        Region r = p.region();
        List<String> path = new ArrayList<>(r.path());
        path.set(path.size() - 1, r.name() + suffix);
        return new PlaceMention(p.start(), written ? p.end() + 1 : p.end(), written ? p.surface() + suffix : p.surface(),
            new Region(r.code(), r.name() + suffix, r.level(), path));
    }

    private static boolean writtenWith(Pattern suffix, String text, PlaceMention p) {
        return p.end() < text.length() && suffix.matcher(text).region(p.end(), text.length()).lookingAt();
    }

    /** Whether the region is a foreign city (a prefecture-level place abroad). */
    static boolean isForeignCity(Region region) {
        return region.level() == RegionLevel.PREFECTURE && region.foreign();
    }
}
