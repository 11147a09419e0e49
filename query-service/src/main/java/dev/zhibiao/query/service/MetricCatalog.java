package dev.zhibiao.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metric labels of stored indicators, most frequent first. */
@ApplicationScoped
public class MetricCatalog {
    private final EntityManager em;

    public MetricCatalog(EntityManager em) {
        this.em = em;
    }

    /** @param text text the label contains, or null for all labels */
    @Transactional
    public List<MetricSummary> top(String text, int limit) {
        SqlWhere where = new SqlWhere();
        if (text != null) {
            IndicatorConditions.addMetricContains(where, text);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("""
                WITH m AS (SELECT i.metric, count(*) AS n FROM indicator i %s GROUP BY i.metric
                           ORDER BY n DESC, i.metric LIMIT :limit)
                SELECT m.metric, m.n, i.unit, count(*) AS u FROM m JOIN indicator i ON i.metric = m.metric
                GROUP BY m.metric, m.n, i.unit ORDER BY m.n DESC, m.metric, u DESC, i.unit""".formatted(where.sql())))
                .setParameter("limit", limit).getResultList();
        Map<String, List<MetricSummary.UnitCount>> units = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            String metric = (String) r[0];
            counts.put(metric, ((Number) r[1]).longValue());
            units.computeIfAbsent(metric, m -> new ArrayList<>())
                    .add(new MetricSummary.UnitCount((String) r[2], ((Number) r[3]).longValue()));
        }
        return counts.entrySet().stream().map(e -> new MetricSummary(e.getKey(), e.getValue(), units.get(e.getKey())))
                .sorted(Comparator.comparingLong(MetricSummary::count).reversed()).toList();
    }
}
