package dev.zhibiao.engine.region;

import java.util.List;

/** Places written as the first words of an organization's name (柳河县七棵树矿业有限公司, 柳河县景友中草药种植专业合作社). */
final class OrganizationNames {
    private static final List<String> SUFFIXES = List.of("公司", "合作社", "集团", "厂");
    /** Words and marks that end a name before any suffix is reached. */
    private static final String BREAKS = "，,。；;：:、的在和与及（(）)“”\"\n 0123456789";
    /** A Chinese numeral ends a name where it counts (三个合作社), not where it is part of it (七棵树矿业有限公司). */
    private static final String NUMERALS = "一二两三四五六七八九十";
    private static final String COUNTERS = "个家所名位座";
    private static final int MAX_NAME_AFTER_PLACE = 14;

    private OrganizationNames() {
    }

    /** Whether the place begins the name of a company, cooperative, group or factory. */
    static boolean begins(String text, PlaceMention place) {
        return suffixAt(text, place.end(), MAX_NAME_AFTER_PLACE, SUFFIXES) > place.end();
    }

    /** Whether a firm, cooperative, group or factory is named in [from, to) (…的月星集团在全国运营着). */
    static boolean namedIn(String text, int from, int to) {
        String clause = text.substring(from, to);
        return SUFFIXES.stream().anyMatch(clause::contains);
    }

    /**
     * Where the first of the suffixes stands in [from, from + reach) before any word or mark that ends a name; -1 when
     * none does.
     */
    static int suffixAt(String text, int from, int reach, List<String> suffixes) {
        int limit = Math.min(text.length(), from + reach);
        for (int k = from; k < limit; k++) {
            for (String suffix : suffixes) {
                if (text.startsWith(suffix, k)) {
                    return k;
                }
            }
            if (BREAKS.indexOf(text.charAt(k)) >= 0 || NUMERALS.indexOf(text.charAt(k)) >= 0 && k + 1 < limit
                    && COUNTERS.indexOf(text.charAt(k + 1)) >= 0) {
                return -1;
            }
        }
        return -1;
    }
}
