package dev.zhibiao.query.service;

/**
 * Filters of an indicator search; null fields do not filter.
 *
 * @param post              post id
 * @param unit              exact unit (元, %, 个 …)
 * @param metric            text contained in the metric label (集体经济 finds 村集体经济总收入)
 * @param region            a division code (451022) or a place name (田东县)
 * @param includeSubregions also match places under {@code region}
 * @param year              the year the fact refers to
 */
public record IndicatorFilter(String post, String unit, String metric, String region, boolean includeSubregions,
                              Integer year) {
}
