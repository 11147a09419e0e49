package dev.zhibiao.query.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * Filters of an indicator search, all combined; null fields do not filter.
 *
 * @param post              post id
 * @param unit              exact unit (元, %, 个 …)
 * @param metric            text contained in the metric label (集体经济 finds 村集体经济总收入)
 * @param regionCodes       division codes the region must be one of (a name can name several places)
 * @param includeSubregions also match places under {@code regionCodes}
 * @param level             region level: PROVINCE … VILLAGE, COUNTRY
 * @param qualifier         EXACT, APPROX, MORE_THAN …
 * @param change            INCREASE or DECREASE
 * @param year              the year the fact refers to
 * @param fromYear          first year, inclusive
 * @param toYear            last year, inclusive
 * @param minValue          smallest value, inclusive
 * @param maxValue          largest value, inclusive
 * @param category          a category of the post
 * @param text              words that must all occur in the sentence
 */
public record IndicatorFilter(String post, String unit, String metric, List<String> regionCodes, boolean includeSubregions,
                              String level, String qualifier, String change, Integer year, Integer fromYear,
                              Integer toYear, BigDecimal minValue, BigDecimal maxValue, String category,
                              List<String> text) {
    public static IndicatorFilter none() {
        return new IndicatorFilter(null, null, null, null, false, null, null, null, null, null, null, null, null, null,
                null);
    }
}
