package dev.zhibiao.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Aggregates the values of matching indicators per time bucket, per unit and optionally per region, for charts. */
@ApplicationScoped
public class SeriesQuery {
    private final EntityManager em;

    public SeriesQuery(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public List<Series> series(IndicatorFilter filter, Bucket bucket, boolean perRegion) {
        SqlWhere where = IndicatorConditions.of(filter)
                .and("i.ref_precision IN (:precisions)", "precisions", bucket.fits.stream().map(Enum::name).toList());
        // the bucket pattern and grouping columns are constants of this class; only values are bound
        // a series is named by the place's official name, the last of its path: posts write one place differently
        String region = perRegion ? "i.region_code, COALESCE(regexp_replace(i.region_path, '^.* > ', ''), i.region_name)"
                : "CAST(NULL AS text), CAST(NULL AS text)";
        String sql = """
                SELECT i.unit, %s, to_char(i.ref_date, '%s') AS period, sum(i.value), count(*), min(i.value), max(i.value),
                       (array_agg(i.value ORDER BY i.ref_date DESC, i.id DESC))[1]
                FROM indicator i%s
                GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4""".formatted(region, bucket.label, where.sql());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
        Map<List<String>, List<Series.Point>> points = new LinkedHashMap<>();
        for (Object[] r : rows) {
            List<String> key = java.util.Arrays.asList((String) r[0], (String) r[1], (String) r[2]);
            points.computeIfAbsent(key, k -> new ArrayList<>()).add(new Series.Point((String) r[3], decimal(r[4]),
                    ((Number) r[5]).longValue(), decimal(r[6]), decimal(r[7]), decimal(r[8])));
        }
        return points.entrySet().stream()
                .map(e -> new Series(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue())).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
