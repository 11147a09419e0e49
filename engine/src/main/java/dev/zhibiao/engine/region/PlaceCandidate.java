package dev.zhibiao.engine.region;

/** One place a name in the text may denote; {@code shortForm} when the text used 百色 for 百色市. */
record PlaceCandidate(Region region, boolean shortForm) {
}
