package dev.zhibiao.engine.region;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Foreign countries by their Simplified Chinese names, as the JDK's locale data spells them (德国, 美国, 日本) and by
 * CLDR's short name where it has one (巴勒斯坦 for 巴勒斯坦领土), which is the name reported.
 */
final class ForeignCountries {
    /** China itself is national scope, not a place; Hong Kong, Macao and Taiwan are not foreign countries. */
    private static final Set<String> NOT_FOREIGN = Set.of(Region.CHINA_CODE, "HK", "MO", "TW");
    /**
     * Short names Chinese news uses that CLDR lists under no name (沙特 for 沙特阿拉伯, 阿联酋 for 阿拉伯联合酋长国, 波黑
     * for 波斯尼亚和黑塞哥维那, 刚果金 for 刚果（金）): by ISO code.
     */
    private static final Region CHINA = new Region(Region.CHINA_CODE, "中国", RegionLevel.COUNTRY, List.of("中国"));
    private static final Map<String, String> NEWS_SHORT_NAMES = Map.of("沙特", "SA", "阿联酋", "AE", "波黑", "BA", "刚果金", "CD",
        "刚果布", "CG", "民主刚果", "CD");
    /**
     * Names reported instead of CLDR's where China's own usage differs: 蒙古国, as the foreign ministry and the news name
     * the country, since 蒙古 alone is also a people and the short form of 内蒙古.
     */
    private static final Map<String, String> REPORTED_NAMES = Map.of("MN", "蒙古国");

    private ForeignCountries() {
    }

    /** China as a country, for the places known to lie in it but in no division of its table (东北虎豹国家公园). */
    static Region china() {
        return CHINA;
    }

    /** Country name → region (code = ISO 3166 alpha-2, level COUNTRY, path = [its short name]); built once. */
    static Map<String, Region> byName() {
        return Built.BY_NAME;
    }

    /** The country a foreign place lies in (a country is its own), by the first name of its path; empty when none is known. */
    static Optional<Region> countryOf(Region place) {
        return Optional.ofNullable(byName().get(place.path().get(0)));
    }

    /** Built on first use: the locale data is asked for every country once, not by every caller. */
    private static final class Built {
        static final Map<String, Region> BY_NAME = Collections.unmodifiableMap(build());
    }

    private static Map<String, Region> build() {
        LocaleDisplayNames shortNames = LocaleDisplayNames.getInstance(ULocale.SIMPLIFIED_CHINESE, DisplayContext.LENGTH_SHORT);
        Map<String, Region> out = new LinkedHashMap<>();
        Map<String, Region> byCode = new LinkedHashMap<>();
        for (String iso : Locale.getISOCountries()) {
            if (NOT_FOREIGN.contains(iso)) {
                continue;
            }
            String name = new Locale("", iso).getDisplayCountry(Locale.SIMPLIFIED_CHINESE);
            if (name.isEmpty() || name.equals(iso)) {
                continue;
            }
            String shortName = shortNames.regionDisplayName(iso);
            String reported = REPORTED_NAMES.getOrDefault(iso,
                shortName == null || shortName.isEmpty() || shortName.equals(iso) ? name : shortName);
            Region country = new Region(iso, reported, RegionLevel.COUNTRY, List.of(reported));
            out.put(name, country);
            out.putIfAbsent(reported, country);
            byCode.put(iso, country);
        }
        NEWS_SHORT_NAMES.forEach((name, iso) -> {
            if (byCode.containsKey(iso)) {
                out.putIfAbsent(name, byCode.get(iso));
            }
        });
        return out;
    }
}
