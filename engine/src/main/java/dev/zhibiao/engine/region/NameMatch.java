package dev.zhibiao.engine.region;

import java.util.List;

/** A stretch of text [start, end) that is the name of one or more places. */
record NameMatch(int start, int end, String surface, List<PlaceCandidate> candidates) {
    NameMatch {
        candidates = List.copyOf(candidates);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(NameMatch other) {
        return start < other.end && other.start < end;
    }
}
