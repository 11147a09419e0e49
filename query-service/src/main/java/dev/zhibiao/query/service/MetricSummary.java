package dev.zhibiao.query.service;

import java.util.List;

/**
 * A metric label with how often it is stored and in which units, most frequent unit first.
 */
public record MetricSummary(String metric, long count, List<UnitCount> units) {
    public record UnitCount(String unit, long count) {
    }
}
