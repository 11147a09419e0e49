package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.region.RegionResolver;

/**
 * Places named at the start of a label (青海都兰县的枸杞, 土耳其和叙利亚): they are the fact's region, which the
 * region resolver reports, not part of what is measured. Thread-safe.
 */
final class PlaceWords {
    /** Joins places into one list (土耳其和叙利亚). */
    private static final String JOINERS = "、和及与";

    private final RegionResolver places;

    PlaceWords(RegionResolver places) {
        this.places = places;
    }

    /** The phrase without the places it starts with, nor the connectors after them (江西省也 → "", 青海都兰县枸杞 → 枸杞). */
    String withoutLeadingPlaces(String phrase) {
        int start = 0;
        for (int end = places.placeNameEnd(phrase, start); end > start; end = places.placeNameEnd(phrase, start)) {
            start = end < phrase.length() && JOINERS.indexOf(phrase.charAt(end)) >= 0 ? end + 1 : end;
        }
        return start == 0 ? phrase : Affixes.strip(phrase.substring(start));
    }
}
