package dev.zhibiao.query.service;

import java.util.List;
import java.util.stream.Collectors;

/** An order and its direction; written "value" or "-value" (descending) in requests and cursors. */
public record Sorting(IndicatorOrder order, boolean descending) {
    public static final Sorting DEFAULT = new Sorting(IndicatorOrder.POST, false);

    public String token() {
        return (descending ? "-" : "") + order.name().toLowerCase();
    }

    /** The accepted tokens, for error messages and the API description. */
    public static String allowed() {
        return java.util.Arrays.stream(IndicatorOrder.values()).map(o -> o.name().toLowerCase())
                .collect(Collectors.joining(", ")) + " (prefix - for descending)";
    }

    /** The sorting a token names, or null when it names none. */
    public static Sorting parse(String token) {
        boolean descending = token.startsWith("-");
        String name = descending ? token.substring(1) : token;
        for (IndicatorOrder o : IndicatorOrder.values()) {
            if (o.name().equalsIgnoreCase(name)) {
                return new Sorting(o, descending);
            }
        }
        return null;
    }

    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return order.key().stream().map(c -> c.sql() + direction).collect(Collectors.joining(", "));
    }

    /** The row-value comparison that selects rows after a cursor's key: (a, b) > (:k0, :k1). */
    String after(List<String> parameterNames) {
        String columns = order.key().stream().map(IndicatorOrder.KeyColumn::sql).collect(Collectors.joining(", "));
        String values = parameterNames.stream().map(p -> ":" + p).collect(Collectors.joining(", "));
        return "(" + columns + ") " + (descending ? "<" : ">") + " (" + values + ")";
    }
}
