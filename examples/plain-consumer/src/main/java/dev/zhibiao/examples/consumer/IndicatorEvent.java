package dev.zhibiao.examples.consumer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * The part of a dev.zhibiao.indicators.extracted.v1 payload this consumer uses. Unknown properties are ignored:
 * Zhibiao adds properties within v1, and a reader that failed on them would break on every such release.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorEvent(String eventId, Post post, List<Indicator> indicators) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Post(String id, String title) {
    }

    /** region is null when the text names no place the fact applies to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(BigDecimal value, String unit, String qualifier, String text, String metric, Region region,
                            String period) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Region(String name, String code, String level) {
    }
}
