package dev.zhibiao.engine.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A place named in the text at [start, end): an official name (田东县), a short form (田东), a foreign country (德国)
 * or a back reference (该县) resolved to the place it refers to.
 */
public record PlaceMention(int start, int end, String surface, Region region) {
    /** The mentions with those found added, in text order; the mentions themselves when none was found. */
    static List<PlaceMention> withFound(List<PlaceMention> mentions, List<PlaceMention> found) {
        if (found.isEmpty()) {
            return mentions;
        }
        List<PlaceMention> out = new ArrayList<>(mentions);
        out.addAll(found);
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }
}
