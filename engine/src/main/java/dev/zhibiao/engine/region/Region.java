package dev.zhibiao.engine.region;

import java.util.List;

/**
 * A resolved place.
 *
 * @param code  national administrative-division code (451022 for 田东县), or the ISO 3166 code of a foreign country
 *              (for a place abroad, its country's), or CN for a place in China in no one division
 * @param name  the official name (田东县, 立新村)
 * @param level its level
 * @param path  official names from the top level down to this place, inclusive (广西壮族自治区, 百色市, 田东县)
 */
public record Region(String code, String name, RegionLevel level, List<String> path) {
    /** China's ISO code: a place coded so is at home. */
    static final String CHINA_CODE = "CN";

    public Region {
        path = List.copyOf(path);
    }

    /**
     * Whether the place is abroad: a foreign country or a place in one, coded by its country's letters; a place coded
     * CN (东北虎豹国家公园, in no one division) is at home.
     */
    public boolean foreign() {
        return !code.isEmpty() && !Character.isDigit(code.charAt(0)) && !code.equals(CHINA_CODE);
    }

    /** The path joined with " > ", for display. */
    public String fullName() {
        return String.join(" > ", path);
    }
}
