package dev.zhibiao.engine.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Foreign countries by their Simplified Chinese names, as the JDK's locale data spells them (德国, 美国, 日本). */
final class ForeignCountries {
    /** China itself is national scope, not a place; Hong Kong, Macao and Taiwan are not foreign countries. */
    private static final Set<String> NOT_FOREIGN = Set.of("CN", "HK", "MO", "TW");

    private ForeignCountries() {
    }

    /** Country name → region (code = ISO 3166 alpha-2, level COUNTRY, path = [name]). */
    static Map<String, Region> byName() {
        Map<String, Region> out = new LinkedHashMap<>();
        for (String iso : Locale.getISOCountries()) {
            if (NOT_FOREIGN.contains(iso)) {
                continue;
            }
            String name = new Locale("", iso).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
            if (!name.isEmpty() && !name.equals(iso)) {
                out.put(name, new Region(iso, name, RegionLevel.COUNTRY, List.of(name)));
            }
        }
        return out;
    }
}
