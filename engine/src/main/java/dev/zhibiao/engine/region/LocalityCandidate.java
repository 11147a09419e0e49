package dev.zhibiao.engine.region;

/**
 * A proper name found before a locality's kind word: [start, end) with its kind; anchor = the place name right before,
 * if any.
 */
record LocalityCandidate(int start, int end, String proper, String kind, PlaceMention anchor) {
}
