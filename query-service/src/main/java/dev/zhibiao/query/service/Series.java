package dev.zhibiao.query.service;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * Values of one unit (and one region, when grouped by region) over time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Series(String unit, String regionCode, String regionName, List<Point> points) {
    /**
     * @param period label of the bucket: 2021, 2021-Q3 or 2021-07
     * @param latest the value of the most recent fact in the bucket (latest date, then the last stored)
     */
    public record Point(String period, BigDecimal sum, long count, BigDecimal min, BigDecimal max, BigDecimal latest) {
    }
}
