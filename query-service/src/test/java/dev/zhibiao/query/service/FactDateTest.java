package dev.zhibiao.query.service;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class FactDateTest {
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2022-06-09T23:30:00Z");

    @Test
    void eachPeriodFormatGivesTheStartOfItsLastUnit() {
        assertEquals(new FactDate(LocalDate.of(2021, 1, 1), FactDate.Precision.YEAR), FactDate.of("2021", PUBLISHED));
        assertEquals(new FactDate(LocalDate.of(2022, 5, 1), FactDate.Precision.MONTH), FactDate.of("2022-05", PUBLISHED));
        assertEquals(new FactDate(LocalDate.of(2021, 7, 1), FactDate.Precision.MONTH), FactDate.of("2021-01/07", PUBLISHED));
        assertEquals(new FactDate(LocalDate.of(2023, 1, 1), FactDate.Precision.QUARTER), FactDate.of("2023-Q1", PUBLISHED));
        assertEquals(new FactDate(LocalDate.of(2023, 7, 1), FactDate.Precision.QUARTER), FactDate.of("2023-Q1/Q3", PUBLISHED));
        assertEquals(new FactDate(LocalDate.of(2023, 7, 1), FactDate.Precision.HALF), FactDate.of("2023-H2", PUBLISHED));
    }

    @Test
    void withoutPeriodThePublicationDayInChina() {
        assertEquals(new FactDate(LocalDate.of(2022, 6, 10), FactDate.Precision.DAY), FactDate.of(null, PUBLISHED));
        assertNull(FactDate.of(null, null));
        assertNull(FactDate.of("去年", PUBLISHED));
    }
}
