package dev.zhibiao.query.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an indicator filter into SQL conditions on {@code indicator i}, each served by an index of V1/V2. */
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
            where.and(containsCondition("i.metric", "metric", f.metric()), "metric", contains(f.metric()));
        }
        if (f.regionCodes() != null) {
            addRegions(where, f.regionCodes(), f.includeSubregions());
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

    private static void addRegions(SqlWhere where, List<String> codes, boolean includeSubregions) {
        if (!includeSubregions) {
            where.and("i.region_code IN (:regionCodes)", "regionCodes", codes);
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
