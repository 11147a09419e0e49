package dev.zhibiao.query.rest;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Reads query parameters given as text, so that a malformed one gets a 400 naming it rather than the framework's
 * bare 404 for an unconvertible parameter.
 */
final class Params {
    private Params() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Integer integer(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name + " must be a whole number, got '" + v + "'");
        }
    }

    static Integer year(String name, String value) {
        Integer year = integer(name, value);
        if (year != null && (year < 1000 || year > 9999)) {
            throw new BadParameterException(name + " must be a four-digit year, got " + year);
        }
        return year;
    }

    static BigDecimal decimal(String name, String value) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name + " must be a number such as 1500 or 2.5, got '" + v + "'");
        }
    }

    static boolean bool(String name, String value) {
        String v = text(value);
        if (v == null || v.equalsIgnoreCase("false")) {
            return false;
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        throw new BadParameterException(name + " must be true or false, got '" + v + "'");
    }

    /** The value upper-cased when it is one of {@code allowed}; null when absent. */
    static String oneOf(String name, String value, List<String> allowed) {
        String v = text(value);
        if (v == null) {
            return null;
        }
        String upper = v.toUpperCase();
        if (!allowed.contains(upper)) {
            throw new BadParameterException(name + " must be one of " + String.join(", ", allowed) + ", got '" + v + "'");
        }
        return upper;
    }

    static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type, E fallback) {
        String v = oneOf(name, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return v == null ? fallback : Enum.valueOf(type, v);
    }
}
