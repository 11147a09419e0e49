package dev.zhibiao.engine;

import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.region.Region;
import dev.zhibiao.engine.text.Span;

/**
 * One indicator fact of a post: an amount and what, where and when it measures.
 *
 * @param quantity the amount, with offsets into the post's clean text
 * @param metric   what it measures, in the text's own words ("" when unknown)
 * @param region   the most specific place it applies to, or null
 * @param placeName the place's name as the post writes it (黔东南州), else its official name; null without a place
 * @param period   the year or as-of period it refers to ("2021", "2022-05"), or null
 * @param sentence the sentence it is stated in
 */
public record Indicator(Quantity quantity, String metric, Region region, String placeName, String period,
                        Span sentence) {
}
