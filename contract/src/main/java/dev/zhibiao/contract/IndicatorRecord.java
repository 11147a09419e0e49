package dev.zhibiao.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/**
 * One indicator fact. The same JSON shape is used by the CLI, the Kafka event and the REST API.
 *
 * @param value     normalized to the base unit (1482万余元 → 14820000); lower bound of a range
 * @param max       upper bound of a RANGE
 * @param unit      元, %, 个, 名, 人次 … ("" for rates and prices without a unit)
 * @param qualifier EXACT, APPROX, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST or RANGE
 * @param text      the exact source span (1482万余元)
 * @param metric    what is measured, in the text's own words (村集体经济总收入)
 * @param region    the most specific place the fact applies to, or null
 * @param period    the year or as-of period the fact refers to ("2021", "2022-05"), or null
 * @param sentence  the sentence the fact is stated in
 * @param start     offset of {@code text} in the post's clean text
 * @param end       offset after {@code text}
 * @param change    INCREASE or DECREASE for a stated change
 * @param basis     YEAR_ON_YEAR or PERIOD_ON_PERIOD for a change with a stated basis
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorRecord(BigDecimal value, BigDecimal max, String unit, String qualifier, String text,
                              String metric, RegionRef region, String period, String sentence, int start, int end,
                              String change, String basis) {
}
