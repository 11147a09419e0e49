package dev.zhibiao.query.rest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndicatorCsvTest {
    @Test
    void cellsAreQuotedOnlyWhenNeededAndFormulasStayText() {
        assertEquals("村集体经济收入", IndicatorCsv.cell("村集体经济收入"));
        assertEquals("\"a,b\"", IndicatorCsv.cell("a,b"));
        assertEquals("\"他说\"\"好\"\"\"", IndicatorCsv.cell("他说\"好\""));
        assertEquals("\"两行\n文字\"", IndicatorCsv.cell("两行\n文字"));
        assertEquals("'=HYPERLINK(1)", IndicatorCsv.cell("=HYPERLINK(1)"));
        assertEquals("-5.2", IndicatorCsv.cell("-5.2"));
        assertEquals("-3", IndicatorCsv.cell(new BigDecimal("-3")));
        assertEquals("", IndicatorCsv.cell(null));
    }
}
