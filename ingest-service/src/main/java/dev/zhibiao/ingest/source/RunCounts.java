package dev.zhibiao.ingest.source;

/**
 * What one run of a source did with the items it found.
 *
 * @param published  new or changed stories written to the raw-posts topic
 * @param duplicates stories already published from another origin: only the origin was recorded
 * @param unchanged  items skipped because they were already ingested unchanged
 * @param failed     items that could not be read
 */
public record RunCounts(int published, int duplicates, int unchanged, int failed) {
    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0);
}
