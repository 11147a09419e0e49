package dev.zhibiao.query.service;

import dev.zhibiao.query.domain.Indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The orders an indicator search can return, each a unique key (ties broken by id) so that keyset pagination
 * neither skips nor repeats a row.
 */
public enum IndicatorOrder {
    /** By post, then position in the post: a post's facts in text order (the default). */
    POST(List.of(new KeyColumn("i.post_id", String.class, e -> e.postId),
            new KeyColumn("i.ordinal", Integer.class, e -> e.ordinal),
            new KeyColumn("i.id", Long.class, e -> e.id))),
    /** By storage order. */
    ID(List.of(new KeyColumn("i.id", Long.class, e -> e.id))),
    VALUE(List.of(new KeyColumn("i.value", BigDecimal.class, e -> e.value),
            new KeyColumn("i.id", Long.class, e -> e.id))),
    /** By the year the fact refers to; facts without one count as year 0. */
    YEAR(List.of(new KeyColumn("COALESCE(i.year, 0)", Integer.class, e -> e.year == null ? 0 : e.year),
            new KeyColumn("i.id", Long.class, e -> e.id)));

    /** One column of the sort key: its SQL expression, Java type and value in a row. */
    public record KeyColumn(String sql, Class<?> type, Function<Indicator, Object> valueOf) {
    }

    private final List<KeyColumn> key;

    IndicatorOrder(List<KeyColumn> key) {
        this.key = key;
    }

    public List<KeyColumn> key() {
        return key;
    }
}
