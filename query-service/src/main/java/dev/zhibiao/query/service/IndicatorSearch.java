package dev.zhibiao.query.service;

import dev.zhibiao.query.domain.Indicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Searches stored indicators in a stable order, by page number or by keyset cursor; every value is bound. */
@ApplicationScoped
public class IndicatorSearch {
    private final EntityManager em;

    public IndicatorSearch(EntityManager em) {
        this.em = em;
    }

    /**
     * @param cursor where to continue (then {@code page} is not used), or null
     * @param page   page number from 0, skipping {@code page * size} rows, when there is no cursor
     * @param count  whether to count all matches (for a filtered search without cursor within the page's statement,
     *               else by a second query)
     */
    @Transactional
    public Page<Indicator> search(IndicatorFilter filter, Sorting sorting, Cursor cursor, int page, int size,
                                  boolean count) {
        SqlWhere where = IndicatorConditions.of(filter);
        // a filtered search counts its matches in the page's own statement: one scan of them instead of two
        boolean totalWithPage = count && cursor == null && !where.isEmpty();
        Long total = count && !totalWithPage ? countMatches(where) : null;
        if (cursor != null) {
            Map<String, Object> key = new LinkedHashMap<>();
            cursor.key().forEach(v -> key.put("after" + key.size(), v));
            where.and(sorting.after(List.copyOf(key.keySet())), key);
        }
        String sql = (where.isEmpty() ? "SELECT i.* FROM indicator i"
                // the matches first, then their order: otherwise PostgreSQL may walk the whole table in sort-key order
                // hoping to meet the few matches early (2 s instead of 0.2 s on 1,000,000 rows when they are scattered)
                : "WITH matches AS MATERIALIZED (SELECT i.* FROM indicator i" + where.sql() + ") SELECT i.*"
                + (totalWithPage ? ", (SELECT count(*) FROM matches) AS total" : "") + " FROM matches i")
                + " ORDER BY " + sorting.orderBy() + " LIMIT :limit OFFSET :offset";
        List<Indicator> rows;
        if (totalWithPage) {
            List<Object[]> found = page(where, em.createNativeQuery(sql, Indicator.WITH_TOTAL), cursor, page, size);
            rows = found.stream().map(r -> (Indicator) r[0]).toList();
            // a page past the last match has no row to carry the total
            total = found.isEmpty() ? countMatches(where) : ((Number) found.get(0)[1]).longValue();
        } else {
            rows = page(where, em.createNativeQuery(sql, Indicator.class), cursor, page, size);
        }
        boolean more = rows.size() > size;
        List<Indicator> items = more ? rows.subList(0, size) : rows;
        String next = more ? Cursor.after(sorting, items.get(size - 1)).encode() : null;
        return new Page<>(List.copyOf(items), page, size, total, next);
    }

    private long countMatches(SqlWhere where) {
        return ((Number) where.bind(em.createNativeQuery("SELECT count(*) FROM indicator i" + where.sql()))
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> page(SqlWhere where, Query query, Cursor cursor, int page, int size) {
        return where.bind(query).setParameter("limit", size + 1)
                .setParameter("offset", cursor == null ? (long) page * size : 0L)
                .getResultList();
    }
}
