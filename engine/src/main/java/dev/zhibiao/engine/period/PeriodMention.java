package dev.zhibiao.engine.period;

import java.util.Optional;

/**
 * A time expression at [start, end) of the text.
 *
 * @param period      the period it names (see {@link PeriodContext} for the format), or empty when it names no single
 *                    year: a span over several years (去年以来, 十年来) or "now" without a year (目前)
 * @param attributive it modifies only the next amount (2014年底的388.16万公里), not the rest of the sentence
 */
public record PeriodMention(int start, int end, Optional<String> period, boolean attributive) {
}
