package dev.zhibiao.query.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an indicator filter into SQL conditions on {@code indicator i}, each served by an index of V1–V4. */
final class IndicatorConditions {
    private IndicatorConditions() {
    }

    static SqlWhere of(IndicatorFilter f) {
        SqlWhere where = new SqlWhere();
        if (f.post() != null) {
            where.and("i.post_id = :post", "post", f.post());
        }
        if (f.unit() != null) {
            where.and("i.unit = :unit", "unit", f.unit());
        }
        if (f.metric() != null) {
            addMetricContains(where, f.metric());
        }
        if (f.regionCodes() != null) {
            addRegions(where, f.regionCodes(), f.includeSubregions(), f.metric() != null && isShortTerm(f.metric()));
        }
        if (f.level() != null) {
            where.and("i.region_level = :level", "level", f.level());
        }
        if (f.qualifier() != null) {
            where.and("i.qualifier = :qualifier", "qualifier", f.qualifier());
        }
        if (f.change() != null) {
            where.and("i.change = :change", "change", f.change());
        }
        if (f.year() != null) {
            where.and("i.year = :year", "year", f.year());
        }
        if (f.fromYear() != null) {
            where.and("i.year >= :fromYear", "fromYear", f.fromYear());
        }
        if (f.toYear() != null) {
            where.and("i.year <= :toYear", "toYear", f.toYear());
        }
        if (f.minValue() != null) {
            where.and("i.value >= :minValue", "minValue", f.minValue());
        }
        if (f.maxValue() != null) {
            where.and("i.value <= :maxValue", "maxValue", f.maxValue());
        }
        if (f.category() != null) {
            where.and("EXISTS (SELECT 1 FROM post p WHERE p.id = i.post_id AND p.categories @> ARRAY[CAST(:category AS text)])",
                    "category", f.category());
        }
        if (f.text() != null) {
            for (int n = 0; n < f.text().size(); n++) {
                String word = f.text().get(n);
                where.and(containsCondition("i.sentence", "text" + n, word), "text" + n, contains(word));
            }
        }
        return where;
    }

    /**
     * The metric contains {@code text}. A term of one or two characters is also looked up in the metric-grams index
     * (V4), which the trigram index cannot do for it; LIKE stays as the exact check.
     */
    static void addMetricContains(SqlWhere where, String text) {
        where.and(containsCondition("i.metric", "metric", text), "metric", contains(text));
        if (isShortTerm(text)) {
            where.and("metric_grams(i.metric) @> ARRAY[lower(CAST(:metricGram AS text))]", "metricGram", text);
        }
    }

    /** One or two characters (metric_grams holds no pair with U+0001, its split mark). */
    static boolean isShortTerm(String text) {
        int characters = text.codePointCount(0, text.length());
        return characters >= 1 && characters <= 2 && text.indexOf('\u0001') < 0;
    }

    private static void addRegions(SqlWhere where, List<String> codes, boolean includeSubregions, boolean shortMetric) {
        if (!includeSubregions) {
            where.and("i.region_code IN (:regionCodes)", "regionCodes", codes);
            return;
        }
        if (shortMetric && codes.stream().allMatch(c -> RegionLineage.isLevelCodeLength(c.length()))) {
            // the subtrees through the metric-grams index, which also holds region code prefixes: with a LIKE here as
            // well, PostgreSQL would also scan the whole subtree's range of the region index to AND the two
            Map<String, Object> prefixes = new LinkedHashMap<>();
            for (String code : codes) {
                prefixes.put("region" + prefixes.size(), code);
            }
            where.and("region_prefixes(i.region_code) && ARRAY[" + String.join(", ",
                    prefixes.keySet().stream().map(p -> "CAST(:" + p + " AS text)").toList()) + "]", prefixes);
            return;
        }
        // one prefix range per place: LIKE 'code%' with a constant prefix is an index range scan
        Map<String, Object> prefixes = new LinkedHashMap<>();
        for (String code : codes) {
            prefixes.put("region" + prefixes.size(), likeEscaped(code) + "%");
        }
        where.and("(" + String.join(" OR ", prefixes.keySet().stream().map(p -> "i.region_code LIKE :" + p).toList()) + ")",
                prefixes);
    }

    /**
     * "column LIKE :parameter", or ILIKE when the text has letters with case: both use the trigram index, but ILIKE
     * lower-cases every candidate row, which costs more than the rest of the filter; Chinese has no case.
     */
    static String containsCondition(String column, String parameter, String text) {
        boolean cased = text.codePoints().anyMatch(c -> Character.toLowerCase(c) != Character.toUpperCase(c));
        return column + (cased ? " ILIKE :" : " LIKE :") + parameter;
    }

    static String contains(String text) {
        return "%" + likeEscaped(text) + "%";
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
