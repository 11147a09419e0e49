package dev.zhibiao.query.service;

import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A WHERE clause of fixed SQL text and bound parameters: user input only ever goes into the parameters. */
final class SqlWhere {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition; {@code value} is bound to {@code :name}, which the condition must use. */
    SqlWhere and(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    SqlWhere and(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** " WHERE a AND b", or "" without conditions. */
    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
