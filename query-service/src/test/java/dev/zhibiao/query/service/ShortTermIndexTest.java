package dev.zhibiao.query.service;

import dev.zhibiao.query.rest.SampleData;
import dev.zhibiao.testinfra.KafkaTestResource;
import dev.zhibiao.testinfra.PostgresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static dev.zhibiao.query.IndicatorEvents.event;
import static dev.zhibiao.query.IndicatorEvents.indicator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The functions of the metric-grams index (V4) over every stored indicator: the index conditions IndicatorConditions
 * writes may only narrow the candidates, never lose a row that LIKE matches.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ShortTermIndexTest {
    @Inject
    AgroalDataSource db;
    @Inject
    BatchWriter writer;

    @BeforeEach
    void stored() {
        SampleData.ensureStored();
        // a metric with letters of both cases: the grams are lower-cased, LIKE and ILIKE must both find it
        writer.store(List.of(event("grams-" + UUID.randomUUID(), "g", "1.0.0",
                List.of(indicator("6.1%", "6.1", "%", "GDP增速", null, "2023")))));
    }

    @Test
    void everyOneOrTwoCharacterPieceOfAStoredMetricIsAmongItsGrams() throws SQLException {
        long[] checkedAndMissed = query("""
                SELECT count(*), count(*) FILTER (WHERE NOT metric_grams(m.metric) @> ARRAY[lower(substr(m.metric, i, n))])
                FROM (SELECT DISTINCT metric FROM indicator) m, generate_series(1, char_length(m.metric)) i,
                     generate_series(1, 2) n
                WHERE i + n - 1 <= char_length(m.metric)""");
        assertTrue(checkedAndMissed[0] > 100, "pieces checked: " + checkedAndMissed[0]);
        assertEquals(0, checkedAndMissed[1], "pieces missing from metric_grams");
    }

    @Test
    void regionPrefixesAgreeWithLikeForEveryCodeOfADivisionLevel() throws SQLException {
        long[] checkedAndDiffering = query("""
                SELECT count(*), count(*) FILTER (WHERE (region_prefixes(c.code) @> ARRAY[r.code]) <> (c.code LIKE r.code || '%'))
                FROM (SELECT DISTINCT region_code AS code FROM indicator WHERE region_code IS NOT NULL) c,
                     (SELECT CAST(code AS text) AS code FROM region WHERE length(code) IN (2, 4, 6, 9, 12)) r""");
        assertTrue(checkedAndDiffering[0] > 10, "pairs checked: " + checkedAndDiffering[0]);
        assertEquals(0, checkedAndDiffering[1], "pairs where region_prefixes and LIKE disagree");
    }

    private long[] query(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
