package dev.zhibiao.engine.region;

/**
 * A place named in the text at [start, end): an official name (田东县), a short form (田东), a foreign country (德国)
 * or a back reference (该县) resolved to the place it refers to.
 */
public record PlaceMention(int start, int end, String surface, Region region) {
}
