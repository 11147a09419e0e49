package dev.zhibiao.query.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.zhibiao.contract.Json;
import dev.zhibiao.query.domain.Indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Where the next page of a keyset-paginated search starts: the sorting and the sort key of the last row shown.
 * Opaque to clients (URL-safe base64 of a JSON array).
 */
public record Cursor(Sorting sorting, List<Object> key) {

    public static Cursor after(Sorting sorting, Indicator last) {
        return new Cursor(sorting, sorting.order().key().stream().map(c -> c.valueOf().apply(last)).toList());
    }

    public String encode() {
        ArrayNode array = Json.mapper().createArrayNode().add(sorting.token());
        key.forEach(v -> array.add(v.toString()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a string encodes, or empty when it is not one of ours. */
    public static Optional<Cursor> decode(String encoded) {
        try {
            JsonNode array = Json.mapper().readTree(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
            Sorting sorting = array.isArray() && array.size() > 0 ? Sorting.parse(array.get(0).asText()) : null;
            if (sorting == null || array.size() != sorting.order().key().size() + 1) {
                return Optional.empty();
            }
            List<Object> key = new ArrayList<>();
            for (int n = 0; n < sorting.order().key().size(); n++) {
                key.add(parse(array.get(n + 1).asText(), sorting.order().key().get(n).type()));
            }
            return Optional.of(new Cursor(sorting, key));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static Object parse(String text, Class<?> type) {
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        return text;
    }
}
