package dev.zhibiao.engine.region;

import java.util.Optional;
import java.util.Set;

/**
 * Stations that are places: a polar station in a post on the Antarctic (中山站, 长城站), which lies in Antarctica, and
 * China's or the International Space Station (天宫空间站, 国际空间站), each named by the two characters before its kind.
 */
final class StationNames {
    /** A station is a place only in a post on the Antarctic (中山站, 长城站), where its name has two characters. */
    static final String STATION = "站";
    /**
     * China's space station, named with two characters whatever the words before (会师中国空间站, 天宫空间站); not 入驻空间站,
     * and the International Space Station ({@link #INTERNATIONAL}) placed by its context.
     */
    static final String SPACE_STATION = "空间站";
    private static final Set<String> SPACE_STATION_NAMES = Set.of("中国", "天宫");
    /**
     * The International Space Station (国际空间站), a site where a story abroad happens (滞留国际空间站的两名美国宇航员):
     * placed by its context as any site, never at home when the context names no place.
     */
    static final String INTERNATIONAL = "国际";
    static final String ANTARCTIC = "南极";
    static final Optional<Region> ANTARCTICA =
        ForeignCountries.byName().values().stream().filter(r -> r.code().equals("AQ")).findFirst();
    private static final int STATION_NAME = 2;

    private StationNames() {
    }

    /** The two characters before 站 in a post on the Antarctic (中山站, 长城站), unless a common noun (补给站). */
    static LocalityCandidate station(String text, int kindStart, String kind) {
        int start = kindStart - STATION_NAME;
        if (start < 0
                || !text.substring(start, kindStart).chars().allMatch(c -> ProperNames.isNameCharacter((char) c))) {
            return null;
        }
        String proper = text.substring(start, kindStart);
        return ProperNames.isProper(proper) ? new LocalityCandidate(start, kindStart, proper, kind, null) : null;
    }

    static LocalityCandidate chinasSpaceStation(String text, int kindStart) {
        LocalityCandidate c = station(text, kindStart, SPACE_STATION);
        return c != null && (SPACE_STATION_NAMES.contains(c.proper()) || c.proper().equals(INTERNATIONAL)) ? c : null;
    }
}
