package dev.zhibiao.query.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndicatorConditionsTest {
    @Test
    void caselessTextUsesLikeAndLatinLettersIlike() {
        assertEquals("i.metric LIKE :metric", IndicatorConditions.containsCondition("i.metric", "metric", "集体经济"));
        assertEquals("i.metric ILIKE :metric", IndicatorConditions.containsCondition("i.metric", "metric", "gdp增速"));
        assertEquals("i.sentence LIKE :text0", IndicatorConditions.containsCondition("i.sentence", "text0", "5.2%"));
    }

    @Test
    void wildcardsInTheTextAreLiteral() {
        assertEquals("%100\\%\\_a\\\\%", IndicatorConditions.contains("100%_a\\"));
    }
}
