package dev.zhibiao.query.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorConditionsTest {
    @Test
    void caselessTextUsesLikeAndLatinLettersIlike() {
        assertEquals("i.metric LIKE :metric", IndicatorConditions.containsCondition("i.metric", "metric", "集体经济"));
        assertEquals("i.metric ILIKE :metric", IndicatorConditions.containsCondition("i.metric", "metric", "gdp增速"));
        assertEquals("i.sentence LIKE :text0", IndicatorConditions.containsCondition("i.sentence", "text0", "5.2%"));
    }

    @Test
    void termsOfOneOrTwoCharactersAreShort() {
        assertTrue(IndicatorConditions.isShortTerm("收"));
        assertTrue(IndicatorConditions.isShortTerm("收入"));
        assertTrue(IndicatorConditions.isShortTerm("𠀀入"), "two characters, one outside the BMP");
        assertFalse(IndicatorConditions.isShortTerm("集体经济"));
        assertFalse(IndicatorConditions.isShortTerm(""));
        assertFalse(IndicatorConditions.isShortTerm("a\u0001"), "metric_grams loses pairs with its split mark");
    }

    @Test
    void wildcardsInTheTextAreLiteral() {
        assertEquals("%100\\%\\_a\\\\%", IndicatorConditions.contains("100%_a\\"));
    }
}
